import { Group, Text, Title } from '@mantine/core';
import { ReactNode } from 'react';

/** A screen's title, what it shows in one line, and its main action on the right. */
export function PageHeader({
  title,
  description,
  action,
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </div>
      {action}
    </Group>
  );
}
