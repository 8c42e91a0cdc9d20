import { InterviewerCalibration } from '@calibrate/contracts';
import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';

import { formatMonth } from '../model/filters';
import { formatInterval, formatLeniency } from '../model/format';
import { describeTrend, FEW_LINKED_IN_MONTH, trendCells, trendMonths } from '../model/trend';
import { TrendSparkline } from './trend-sparkline';

/** Rows shown before "Show all": a floor of hundreds of interviewers would bury the page. */
const FIRST_ROWS = 25;

/**
 * Leniency by month: a row per interviewer, a column per month of the period, each figure
 * printed with its linked scorecards, and a sparkline of the months. Only those with a figure.
 */
export function TrendSection({ interviewers }: { interviewers: InterviewerCalibration[] }) {
  const rows = useMemo(
    () => interviewers.filter((row) => row.comparable && row.trend.length > 0),
    [interviewers],
  );
  const months = useMemo(() => trendMonths(rows), [rows]);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="trend-title">
      <Title order={2} size="h4" id="trend-title">
        Leniency by month
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each interviewer’s leniency in each month they interviewed (UTC), in rating points against
        the average interviewer on the same candidates, from the same fit as the overall figure.
        Under each figure: linked scorecards that month. A month with few of them is pulled toward 0
        and printed grey (under {FEW_LINKED_IN_MONTH}): a change of a few tenths there is not a
        trend.
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No monthly figures in this view.
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={260 + months.length * 84}>
            <Table aria-label="Leniency by month" verticalSpacing={4} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Interviewer</Table.Th>
                  <Table.Th>Trend</Table.Th>
                  {months.map((month) => (
                    <Table.Th key={month} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatMonth(month)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row) => {
                  const cells = trendCells(row, months);
                  return (
                    <Table.Tr key={row.interviewerId}>
                      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                        {row.interviewerName}
                        {!row.calibrated && (
                          <Text size="xs" c="dimmed">
                            Not yet calibrated: held near 0
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>
                        <TrendSparkline cells={cells} />
                        <Text size="xs" c="dimmed">
                          {describeTrend(cells)}
                        </Text>
                      </Table.Td>
                      {cells.map((cell, index) => (
                        <Table.Td key={months[index]} ta="right">
                          {cell ? (
                            <>
                              <Text
                                size="sm"
                                ff="monospace"
                                c={
                                  cell.linkedScorecards < FEW_LINKED_IN_MONTH ? 'dimmed' : undefined
                                }
                                title={`95% interval ${formatInterval(cell.lower, cell.upper)}`}
                              >
                                {formatLeniency(cell.leniency)}
                              </Text>
                              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                                {cell.linkedScorecards} linked
                              </Text>
                            </>
                          ) : (
                            <Text size="sm" c="dimmed" aria-label="No scorecards">
                              —
                            </Text>
                          )}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {rows.length > FIRST_ROWS && (
            <Button variant="subtle" mt="xs" onClick={() => setShowAll((all) => !all)}>
              {showAll ? 'Show fewer' : `Show all ${rows.length} interviewers`}
            </Button>
          )}
        </>
      )}
    </Paper>
  );
}
