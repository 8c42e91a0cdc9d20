import { FeedbackOwed } from '@calibrate/contracts';
import { Anchor, Badge, EmptyState, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';

import { useRemindScorecard } from '../api/remind';
import { formatOverdue } from '../model/durations';
import { RemindButton } from './remind-button';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Every scorecard still owed, oldest first (the worst 100 when there are more). */
export function OwedScorecards({ report }: { report: FeedbackOwed }) {
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
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label="Owed scorecards" verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Interviewer</Table.Th>
                <Table.Th>Candidate</Table.Th>
                <Table.Th>Round</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th ta="right">Status</Table.Th>
                <Table.Th ta="right">Reminder</Table.Th>
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
                  <Table.Td ta="right">
                    <RemindOne row={row} />
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

/** "Remind" for one owed scorecard, each row with its own pending and error state. */
function RemindOne({ row }: { row: FeedbackOwed['owed'][number] }) {
  const remind = useRemindScorecard();
  return (
    <RemindButton
      label="Remind"
      description={`Remind ${row.interviewerName} about ${row.candidateName}, ${row.roundName}`}
      lastRemindedAt={remind.data?.remindedAt ?? row.lastRemindedAt ?? null}
      pending={remind.isPending}
      error={remind.error}
      onRemind={() => remind.mutate(row.scorecardId)}
    />
  );
}
