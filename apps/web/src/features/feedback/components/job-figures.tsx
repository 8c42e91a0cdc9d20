import { FeedbackOwed } from '@calibrate/contracts';
import { Anchor, Group, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { formatHours } from '../model/durations';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** Per job over the window: scorecards received of expected, time to feedback, show rate. */
export function JobFigures({ report }: { report: FeedbackOwed }) {
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
