import { MyInterview } from '@calibrate/contracts';
import {
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCalendarOff, IconPlayerPlay } from '@tabler/icons-react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { formatRelativeDate } from '@/lib/format-date';

import { useMyInterviews } from '../api/interviews';
import { InterviewStatusBadge } from './interview-status';
import { RoundActions } from './round-actions';

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
});

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

function whenLabel(iso: string, now: Date): string {
  const date = new Date(iso);
  if (sameDay(date, now)) return `Today ${timeFormat.format(date)}`;
  return `${dayFormat.format(date)}, ${timeFormat.format(date)}`;
}

/** Owed first: past rounds still to score (overdue ones lead), then today, then later. */
export function groupMyInterviews(open: MyInterview[], now = new Date()) {
  const past = open.filter((item) => new Date(item.scheduledAt) <= now);
  const future = open.filter((item) => new Date(item.scheduledAt) > now);
  return {
    toScore: past,
    today: future.filter((item) => sameDay(new Date(item.scheduledAt), now)),
    upcoming: future.filter((item) => !sameDay(new Date(item.scheduledAt), now)),
  };
}

export function MyInterviewsPage() {
  const interviews = useMyInterviews();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          My interviews
        </Title>
        <Text c="dimmed" size="sm">
          Rounds you sit on. Scorecards you still owe come first.
        </Text>
      </div>
      {interviews.isPending ? (
        <Paper withBorder radius="md" p="md" aria-busy="true" aria-label="Loading interviews">
          <Stack gap="sm">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} height={20} />
            ))}
          </Stack>
        </Paper>
      ) : interviews.isError ? (
        <ErrorAlert
          title="Your interviews could not be loaded"
          message={interviews.error.message}
          onAction={() => void interviews.refetch()}
        />
      ) : interviews.data.open.length === 0 && interviews.data.recent.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap="xs">
            <IconCalendarOff size={32} stroke={1.5} aria-hidden />
            <Text fw={600}>No interviews assigned to you</Text>
            <Text c="dimmed" size="sm" ta="center" maw={420}>
              When a recruiter or hiring manager puts you on a round’s panel, it shows here with a
              button to start scoring.
            </Text>
          </Stack>
        </Paper>
      ) : (
        <MyInterviewSections
          open={interviews.data.open}
          openTotal={interviews.data.openTotal}
          recent={interviews.data.recent}
        />
      )}
    </Stack>
  );
}

function MyInterviewSections({
  open,
  openTotal,
  recent,
}: {
  open: MyInterview[];
  openTotal: number;
  recent: MyInterview[];
}) {
  const now = new Date();
  const groups = groupMyInterviews(open, now);
  const overdue = groups.toScore.filter((item) => item.overdue).length;
  return (
    <>
      <InterviewSection
        title="To score"
        description={
          overdue > 0
            ? `${overdue} overdue: the round was more than a day ago.`
            : 'Rounds that took place: your scorecard is still a draft.'
        }
        items={groups.toScore}
        now={now}
        empty="Nothing owed. Every round that took place has your scorecard."
      />
      <InterviewSection
        title="Today"
        items={groups.today}
        now={now}
        empty="No more interviews today."
      />
      <InterviewSection
        title="Upcoming"
        items={groups.upcoming}
        now={now}
        empty="Nothing scheduled after today."
      />
      {openTotal > open.length && (
        <Text size="sm" c="dimmed">
          Showing the first {open.length} of {openTotal} open scorecards.
        </Text>
      )}
      {recent.length > 0 && (
        <InterviewSection
          title="Recently finished"
          description="The last two weeks."
          items={recent}
          now={now}
          empty=""
          finished
        />
      )}
    </>
  );
}

function InterviewSection({
  title,
  description,
  items,
  now,
  empty,
  finished = false,
}: {
  title: string;
  description?: string;
  items: MyInterview[];
  now: Date;
  empty: string;
  finished?: boolean;
}) {
  const headingId = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" mb={4} align="baseline">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {items.length}
          {description ? ` · ${description}` : ''}
        </Text>
      </Group>
      <Paper withBorder radius="md" p={0}>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {empty}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>When</Table.Th>
                  <Table.Th>Candidate</Table.Th>
                  <Table.Th>Round</Table.Th>
                  <Table.Th w={150}>Progress</Table.Th>
                  <Table.Th w={120}>Status</Table.Th>
                  <Table.Th w={170}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <InterviewRow key={item.scorecardId} item={item} now={now} finished={finished} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </section>
  );
}

function InterviewRow({
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
  const action = item.answered > 0 ? 'Continue' : 'Start interview';
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
              <Button
                component={Link}
                to={`/interviews/${item.scorecardId}`}
                size="xs"
                leftSection={<IconPlayerPlay size={14} />}
                aria-label={`${action}: ${item.candidateName}, ${item.roundName}`}
              >
                {action}
              </Button>
              <RoundActions
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
