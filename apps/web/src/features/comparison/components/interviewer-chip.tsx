import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { leniencyView } from '../model/leniency';

/** An interviewer with their leniency ("Ivy +0.4") and, in words, what to be careful about. */
export function InterviewerChip({
  name,
  leniency,
  calibrated,
}: {
  name: string;
  leniency: number | null;
  calibrated: boolean | null;
}) {
  const view = leniencyView({ leniency, calibrated });
  return (
    <Group gap={4} wrap="nowrap" title={view.description}>
      <Text span size="sm">
        {name}
        {view.value !== null && (
          <Text span size="sm" fw={700} ff="monospace">
            {' '}
            {view.value}
          </Text>
        )}
      </Text>
      {view.flags.map((flag) => (
        <Badge
          key={flag}
          variant="default"
          size="sm"
          radius="sm"
          tt="none"
          leftSection={<IconAlertTriangle size={11} aria-hidden />}
        >
          {flag}
        </Badge>
      ))}
    </Group>
  );
}
