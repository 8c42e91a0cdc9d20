import { FeedbackOwed } from '@calibrate/contracts';
import { Anchor, Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/query-state';

import { useJobFeedbackOwed } from '../../api/job-overview';
import { formatOverdue, formatRoundTime } from '../../model/job-labels';
import { Panel } from './panel';

/** How many of the worst (oldest) owed scorecards the panel names. */
const WORST_SHOWN = 3;

/** Scorecards still owed on this job's rounds, the worst few named; Feedback owed has the rest. */
export function OwedPanel({ jobId }: { jobId: string }) {
  const owed = useJobFeedbackOwed(jobId);
  return (
    <Panel
      title="Scorecards owed"
      action={
        <Anchor component={Link} to={`/feedback?jobId=${jobId}`} size="sm">
          Open Feedback owed
        </Anchor>
      }
    >
      <QueryState
        query={owed}
        loading={<Skeleton height={96} aria-label="Loading the scorecards owed" />}
        errorTitle="The scorecards owed could not be loaded"
        errorMessage={owed.error?.message}
        isEmpty={(data) => data.owedTotal === 0}
        empty={
          <Group gap={6}>
            <IconCircleCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden />
            <Text size="sm">Every scorecard of this job is in.</Text>
          </Group>
        }
      >
        {(data) => <OwedSummary data={data} />}
      </QueryState>
    </Panel>
  );
}

function OwedSummary({ data }: { data: FeedbackOwed }) {
  const overdue = data.byInterviewer.reduce((sum, row) => sum + row.overdue, 0);
  const worst = data.owed.slice(0, WORST_SHOWN);
  return (
    <Stack gap="xs">
      <Group gap="xs" align="baseline">
        <Text size="xl" fw={700} lh={1}>
          {data.owedTotal}
        </Text>
        <Text size="sm">{data.owedTotal === 1 ? 'scorecard owed' : 'scorecards owed'}</Text>
        {overdue > 0 && (
          <Badge color="red" variant="light" c="red.9">
            {overdue} overdue
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        Oldest first. A scorecard is due 24 hours after the round starts.
      </Text>
      <Stack
        component="ul"
        gap={6}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label="Oldest scorecards owed"
      >
        {worst.map((row) => (
          <li key={row.scorecardId}>
            <Text size="sm" fw={500}>
              {row.interviewerName}
              <Text span size="sm" fw={400}>
                {' owes '}
                <Anchor component={Link} to={`/candidates/${row.candidateId}`} size="sm">
                  {row.candidateName}
                </Anchor>
                {` · ${row.roundName}`}
              </Text>
            </Text>
            <Text size="xs" c={row.overdueHours > 0 ? 'red.9' : 'dimmed'}>
              {formatOverdue(row.overdueHours)} · held {formatRoundTime(row.scheduledAt)}
            </Text>
          </li>
        ))}
      </Stack>
      {data.owedTotal > worst.length && (
        <Text size="xs" c="dimmed">
          and {data.owedTotal - worst.length} more in Feedback owed
        </Text>
      )}
    </Stack>
  );
}
