import { FeedbackOwed } from '@calibrate/contracts';
import { Paper, Table, Text, Title } from '@mantine/core';

import { formatOverdue } from '../model/durations';

/** Who owes how many scorecards, how many are overdue, and the oldest. */
export function ByInterviewer({ report }: { report: FeedbackOwed }) {
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
