import { CalibrationReport, Estimate } from '@calibrate/contracts';
import { Table, Text } from '@mantine/core';

import {
  categoriesWithoutFigures,
  formatEstimateInterval,
  formatReliability,
  panelAlphaOf,
  reliabilityRows,
} from '../model/reliability';

/** Reliability per category: one interviewer before and after leniency, the cost, and the panel. */
export function ReliabilityTable({ report }: { report: CalibrationReport }) {
  const rows = reliabilityRows(report);
  const without = categoriesWithoutFigures(report);
  const panel = report.panelSize === null ? '' : ` of ${Math.round(report.panelSize * 10) / 10}`;
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="Reliability by category" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              <Table.Th ta="right">One interviewer</Table.Th>
              <Table.Th ta="right">Leniency taken out</Table.Th>
              <Table.Th ta="right">Lost to leniency</Table.Th>
              <Table.Th ta="right">Panel{panel}</Table.Th>
              <Table.Th ta="right">Panel agreement (α)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={row.key === 'overall' ? 700 : 400}>
                  {row.name}
                </Table.Th>
                <Cell estimate={row.reliability.absolute} />
                <Cell estimate={row.reliability.consistency} />
                <Table.Td ta="right">
                  <Text size="sm" ff="monospace">
                    {formatReliability(row.cost)}
                  </Text>
                </Table.Td>
                <Cell estimate={row.reliability.absoluteK} />
                <Cell estimate={panelAlphaOf(report, row.key)} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {without.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          Too few shared scorecards for a figure yet: {without.join(', ')}.
        </Text>
      )}
    </>
  );
}

function Cell({ estimate }: { estimate: Estimate | null }) {
  if (!estimate)
    return (
      <Table.Td ta="right">
        <Text size="sm" ff="monospace">
          —
        </Text>
      </Table.Td>
    );
  const interval = formatEstimateInterval(estimate);
  return (
    <Table.Td ta="right">
      <Text size="sm" ff="monospace">
        {formatReliability(estimate.value)}
      </Text>
      {interval && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {interval}
        </Text>
      )}
    </Table.Td>
  );
}
