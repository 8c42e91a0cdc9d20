import { RubricVersion } from '@calibrate/contracts';
import { Anchor, Badge, Group, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Breadcrumbs, "<rubric>, version N" and whether it is a draft, published, or the current one. */
export function VersionTitle({
  version,
  isCurrent,
}: {
  version: RubricVersion;
  isCurrent: boolean;
}) {
  return (
    <div>
      <Group gap="xs">
        <Anchor component={Link} to="/rubrics" size="sm">
          Rubrics
        </Anchor>
        <Text size="sm" c="dimmed">
          /
        </Text>
        <Anchor component={Link} to={`/rubrics/${version.rubricId}`} size="sm">
          {version.rubricName}
        </Anchor>
      </Group>
      <Group gap="sm">
        <Title order={1} size="h2">
          {version.rubricName}, version {version.version}
        </Title>
        {version.status === 'published' ? (
          <Badge
            variant="light"
            color={isCurrent ? 'teal' : 'gray'}
            c="dark.8"
            leftSection={<IconLock size={12} />}
          >
            {isCurrent ? 'Published · current' : 'Published'}
          </Badge>
        ) : (
          <Badge variant="light" color="yellow" c="dark.8">
            Draft
          </Badge>
        )}
      </Group>
    </div>
  );
}
