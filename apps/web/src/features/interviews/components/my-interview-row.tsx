import { MyInterview } from '@calibrate/contracts';
import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { formatRelativeDate } from '@/lib/format-date';

import { sameDay } from '../model/group-my-interviews';
import { InterviewStatusBadge } from './interview-status';
import { RoundActions } from './round-actions';
import { StartInterviewButton } from './start-interview-button';

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
});

function whenLabel(iso: string, now: Date): string {
  const date = new Date(iso);
  if (sameDay(date, now)) return `Today ${timeFormat.format(date)}`;
  return `${dayFormat.format(date)}, ${timeFormat.format(date)}`;
}

/** One of my rounds: when, who, progress, status, and what I can do about it. */
export function MyInterviewRow({
  item,
  now,
  finished,
}: {
  item: MyInterview;
  now: Date;
  finished: boolean;
}) {
  const percent = item.questions === 0 ? 0 : Math.round((item.answered / item.questions) * 100);
  const scoring = !finished && item.scorecardStatus === 'draft';
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{whenLabel(item.scheduledAt, now)}</Text>
        {item.overdue && (
          <Text size="xs" c="red.8">
            held {formatRelativeDate(item.scheduledAt, now)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {item.candidateName}
        </Text>
        <Text size="xs" c="dimmed">
          {item.jobTitle}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.roundName}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="xs">
            {item.answered} of {item.questions} answered
          </Text>
          <Progress value={percent} size="sm" aria-hidden />
        </Stack>
      </Table.Td>
      <Table.Td>
        <InterviewStatusBadge item={item} />
        {item.declinedReason && (
          <Text size="xs" c="dimmed" lineClamp={1} title={item.declinedReason}>
            {item.declinedReason}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {scoring ? (
            <>
              <StartInterviewButton item={item} now={now} />
              <RoundActions
                startsAt={item.scheduledAt}
                roundId={item.roundId}
                scorecardId={item.scorecardId}
                candidateName={item.candidateName}
              />
            </>
          ) : item.scorecardStatus === 'submitted' ? (
            <Anchor component={Link} to={`/interviews/${item.scorecardId}`} size="sm">
              View results
            </Anchor>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
