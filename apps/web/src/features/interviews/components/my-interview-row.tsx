import { MyInterview } from '@calibrate/contracts';
import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { formatRelativeDate } from '@/lib/format-date';

import { sameDay } from '../model/group-my-interviews';
import { isUnderWay } from '../model/panel-progress';
import { InterviewStatusBadge } from './interview-status';
import { OthersOnPanel } from './panel-progress';
import { RoundActions } from './round-actions';
import { StartInterviewButton } from './start-interview-button';

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
});

export function whenLabel(iso: string, now: Date): string {
  const date = new Date(iso);
  if (sameDay(date, now)) return `Today ${timeFormat.format(date)}`;
  return `${dayFormat.format(date)}, ${timeFormat.format(date)}`;
}

/** "3 of 38 answered" over a bar. */
export function InterviewProgress({ item }: { item: MyInterview }) {
  const percent = item.questions === 0 ? 0 : Math.round((item.answered / item.questions) * 100);
  return (
    <Stack gap={2}>
      <Text size="xs">
        {item.answered} of {item.questions} answered
      </Text>
      <Progress value={percent} size="sm" aria-hidden />
    </Stack>
  );
}

/** When the round is, and how long ago an overdue one took place. */
export function InterviewWhen({ item, now }: { item: MyInterview; now: Date }) {
  return (
    <>
      <Text size="sm">{whenLabel(item.scheduledAt, now)}</Text>
      {item.overdue && (
        <Text size="xs" c="red.8">
          held {formatRelativeDate(item.scheduledAt, now)}
        </Text>
      )}
    </>
  );
}

/** Whether a round has anything to do in its actions cell. */
export function hasRowActions(item: MyInterview, finished: boolean): boolean {
  return item.scorecardStatus === 'submitted' || (!finished && item.scorecardStatus === 'draft');
}

/** What I can do about a round: start or continue it (and its other actions), or see results. */
export function InterviewRowActions({
  item,
  now,
  finished,
  size = 'xs',
}: {
  item: MyInterview;
  now: Date;
  finished: boolean;
  /** "md" on a phone: a wide button a thumb finds. */
  size?: 'xs' | 'md';
}) {
  const scoring = !finished && item.scorecardStatus === 'draft';
  if (scoring)
    return (
      <>
        <StartInterviewButton item={item} now={now} size={size} grow={size === 'md'} />
        <RoundActions
          startsAt={item.scheduledAt}
          roundId={item.roundId}
          scorecardId={item.scorecardId}
          candidateName={item.candidateName}
          size={size}
        />
      </>
    );
  if (item.scorecardStatus === 'submitted')
    return (
      <Anchor
        component={Link}
        to={`/interviews/${item.scorecardId}`}
        size="sm"
        aria-label={`View results: ${item.candidateName}, ${item.roundName}`}
      >
        View results
      </Anchor>
    );
  return null;
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
  return (
    <Table.Tr>
      <Table.Td>
        <InterviewWhen item={item} now={now} />
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
        <InterviewProgress item={item} />
        {/* The rest of the panel, live: how far each is, never their ratings. */}
        {isUnderWay(item, now) && (
          <OthersOnPanel roundId={item.roundId} myScorecardId={item.scorecardId} />
        )}
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
          <InterviewRowActions item={item} now={now} finished={finished} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
