import { FEEDBACK_DUE_HOURS, FeedbackOwed, feedbackWindows } from '@calibrate/contracts';
import {
  Anchor,
  Badge,
  EmptyState,
  Grid,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';

import { useFeedbackOwed } from '../api/get-feedback-owed';
import { formatHours, formatOverdue } from '../model/durations';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** Who still owes scorecards, and how each job's panels keep up. Job and window live in the URL. */
export function FeedbackOwedPage({ jobs }: { jobs: { id: string; title: string }[] }) {
  const [params, setParams] = useSearchParams();
  const jobId = params.get('jobId') ?? undefined;
  const daysParam = Number(params.get('days'));
  const days = (feedbackWindows as readonly number[]).includes(daysParam) ? daysParam : 30;
  const report = useFeedbackOwed({ jobId, days });
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Feedback owed"
        description={`Scorecards are due ${FEEDBACK_DUE_HOURS} hours after the interview starts. Oldest first.`}
        action={
          <Group gap="sm" align="flex-end">
            <Select
              aria-label="Job"
              placeholder="All jobs"
              data={jobs.map((job) => ({ value: job.id, label: job.title }))}
              value={jobId ?? null}
              onChange={(value) => set('jobId', value)}
              searchable
              clearable
              w={240}
            />
            <SegmentedControl
              aria-label="Period for job figures"
              value={String(days)}
              onChange={(value) => set('days', value === '30' ? null : value)}
              data={feedbackWindows.map((d) => ({ value: String(d), label: `${d} days` }))}
            />
          </Group>
        }
      />
      {report.isPending ? (
        <Skeleton height={400} aria-label="Loading feedback owed" />
      ) : report.isError ? (
        <ErrorAlert
          title="Feedback owed could not be loaded"
          message={report.error.message}
          onAction={() => void report.refetch()}
        />
      ) : (
        <>
          <JobFigures report={report.data} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <ByInterviewer report={report.data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <OwedScorecards report={report.data} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}

function JobFigures({ report }: { report: FeedbackOwed }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Jobs">
      <Title order={2} size="h4" mb="sm">
        Jobs, last {report.days} days
      </Title>
      {report.jobs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No interviews in this period.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Feedback by job" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Scorecards received</Table.Th>
                <Table.Th ta="right">Median time to feedback</Table.Th>
                <Table.Th ta="right">Show rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.jobs.map((job) => {
                const ratio = job.expected === 0 ? null : job.received / job.expected;
                return (
                  <Table.Tr key={job.jobId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/candidates?jobId=${job.jobId}`} size="sm">
                        {job.jobTitle}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Progress
                          value={(ratio ?? 0) * 100}
                          w={120}
                          color={ratio !== null && ratio < 0.8 ? 'orange' : 'teal'}
                          aria-label={`${job.received} of ${job.expected} received`}
                        />
                        <Text size="sm" ff="monospace">
                          {job.received}/{job.expected} ({percent(ratio)})
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">
                        {job.medianHoursToFeedback === null
                          ? '—'
                          : formatHours(job.medianHoursToFeedback)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" title={`${job.roundsHeld} held, ${job.noShows} no-shows`}>
                        {percent(job.showRate)}{' '}
                        <Text span size="xs" c="dimmed">
                          ({job.roundsHeld} held, {job.noShows} no-show
                          {job.noShows === 1 ? '' : 's'})
                        </Text>
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function ByInterviewer({ report }: { report: FeedbackOwed }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="By interviewer">
      <Title order={2} size="h4" mb="sm">
        By interviewer
      </Title>
      {report.byInterviewer.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody owes feedback.
        </Text>
      ) : (
        <Table aria-label="Feedback owed by interviewer" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Interviewer</Table.Th>
              <Table.Th ta="right">Owed</Table.Th>
              <Table.Th ta="right">Oldest</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byInterviewer.map((row) => (
              <Table.Tr key={row.interviewerId}>
                <Table.Td>
                  <Text size="sm">{row.interviewerName}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">
                    {row.owed}
                    {row.overdue > 0 && (
                      <Text span size="xs" c="red.8" fw={600}>
                        {' '}
                        ({row.overdue} overdue)
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="xs" c={row.worstOverdueHours > 0 ? 'red.8' : 'dimmed'}>
                    {formatOverdue(row.worstOverdueHours)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function OwedScorecards({ report }: { report: FeedbackOwed }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Owed scorecards">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Owed scorecards
        </Title>
        <Text size="sm" c="dimmed">
          {report.owedTotal > report.owed.length
            ? `The ${report.owed.length} oldest of ${report.owedTotal.toLocaleString('en')}`
            : `${report.owedTotal} in all`}
        </Text>
      </Group>
      {report.owed.length === 0 ? (
        <EmptyState
          py={32}
          icon={<IconCircleCheck size={28} />}
          title="All feedback is in"
          description="Every interview that has started has its scorecards submitted or declined."
        />
      ) : (
        <Table.ScrollContainer minWidth={620}>
          <Table aria-label="Owed scorecards" verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Interviewer</Table.Th>
                <Table.Th>Candidate</Table.Th>
                <Table.Th>Round</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th ta="right">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.owed.map((row) => (
                <Table.Tr key={row.scorecardId}>
                  <Table.Td>
                    <Text size="sm">{row.interviewerName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/candidates/${row.candidateId}`} size="sm">
                      {row.candidateName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {row.jobTitle}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.roundName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{when.format(new Date(row.scheduledAt))}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Badge
                      variant={row.overdueHours > 0 ? 'filled' : 'light'}
                      color={row.overdueHours > 0 ? 'red' : 'gray'}
                      miw="max-content"
                      tt="none"
                    >
                      {formatOverdue(row.overdueHours)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
