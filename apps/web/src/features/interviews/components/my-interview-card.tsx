import { MyInterview } from '@calibrate/contracts';
import { Group, Paper, Stack, Text } from '@mantine/core';

import { InterviewStatusBadge } from './interview-status';
import {
  hasRowActions,
  InterviewProgress,
  InterviewRowActions,
  InterviewWhen,
} from './my-interview-row';

/**
 * One of my rounds on a phone: the same facts and actions as a table row, stacked so nothing
 * scrolls sideways. Who first (the name an interviewer looks for), then when and the round.
 */
export function MyInterviewCard({
  item,
  now,
  finished,
}: {
  item: MyInterview;
  now: Date;
  finished: boolean;
}) {
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-label={`${item.candidateName}, ${item.roundName}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} lineClamp={2}>
              {item.candidateName}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {item.jobTitle}
            </Text>
          </div>
          <div style={{ flex: 'none' }}>
            <InterviewStatusBadge item={item} />
          </div>
        </Group>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Text size="sm">{item.roundName}</Text>
            {item.declinedReason && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {item.declinedReason}
              </Text>
            )}
          </div>
          <div style={{ textAlign: 'right', flex: 'none' }}>
            <InterviewWhen item={item} now={now} />
          </div>
        </Group>
        <InterviewProgress item={item} />
        {hasRowActions(item, finished) && (
          <Group gap="xs" wrap="nowrap">
            <InterviewRowActions item={item} now={now} finished={finished} size="md" />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
