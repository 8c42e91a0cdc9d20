import { List, Stack, Text, Title } from '@mantine/core';

import { plural } from '../model/format';
import { UnrankedInterviewer } from '../model/leniency';

/** Interviewers without a comparable figure, each with the reason. */
export function NotComparable({ apart }: { apart: UnrankedInterviewer[] }) {
  if (apart.length === 0) return null;
  return (
    <Stack gap={4} mt="md" component="section" aria-labelledby="not-comparable-title">
      <Title order={3} size="h5" id="not-comparable-title">
        Not comparable ({apart.length})
      </Title>
      <Text size="sm" c="dimmed">
        No leniency is shown for these interviewers, and their scores are not corrected.
      </Text>
      <List size="sm" spacing={4}>
        {apart.map(({ interviewer, reason }) => (
          <List.Item key={interviewer.interviewerId}>
            <Text span size="sm" fw={600}>
              {interviewer.interviewerName}
            </Text>{' '}
            <Text span size="sm">
              ({plural(interviewer.scorecards, 'scorecard')}): {reason}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
