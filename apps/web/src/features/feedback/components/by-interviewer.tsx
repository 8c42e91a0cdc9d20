import { FeedbackOwed } from '@calibrate/contracts';
import { Paper, Table, Text, Title } from '@mantine/core';

import { useRemindInterviewer } from '../api/remind';
import { formatOverdue } from '../model/durations';
import { RemindButton } from './remind-button';

type InterviewerRow = FeedbackOwed['byInterviewer'][number];

/**
 * Who owes how many scorecards, how many are overdue, and the oldest; "Remind all overdue" for
 * those with overdue ones (of the job on screen, when one is chosen).
 */
export function ByInterviewer({ report, jobId }: { report: FeedbackOwed; jobId?: string }) {
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
        <Table.ScrollContainer minWidth={520}>
          <Table aria-label="Feedback owed by interviewer" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Interviewer</Table.Th>
                <Table.Th ta="right">Owed</Table.Th>
                <Table.Th ta="right">Oldest</Table.Th>
                <Table.Th ta="right">Reminder</Table.Th>
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
                  <Table.Td ta="right">
                    {row.overdue > 0 && <RemindAll row={row} jobId={jobId} />}
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

function RemindAll({ row, jobId }: { row: InterviewerRow; jobId?: string }) {
  const remind = useRemindInterviewer();
  return (
    <RemindButton
      label="Remind all overdue"
      // Starts with the visible text (axe: label-content-name-mismatch).
      description={`Remind all overdue: ${row.interviewerName}, ${row.overdue} scorecard${row.overdue === 1 ? '' : 's'}`}
      lastRemindedAt={remind.data?.remindedAt ?? row.lastRemindedAt ?? null}
      pending={remind.isPending}
      error={remind.error}
      onRemind={() => remind.mutate({ interviewerId: row.interviewerId, jobId })}
    />
  );
}
