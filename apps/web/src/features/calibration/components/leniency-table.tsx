import { InterviewerCalibration } from '@calibrate/contracts';
import { Badge, Table, Text } from '@mantine/core';

import {
  formatInterval,
  formatLeniency,
  formatPlain,
  formatSigned,
  formatWithMargin,
} from '../model/format';
import {
  largestCategory,
  RankedInterviewer,
  readingLabels,
  readLeniency,
  UnrankedInterviewer,
} from '../model/leniency';

/** The chart's figures as a table, with the diagnostics the chart leaves out; those apart last. */
export function LeniencyTable({
  rows,
  apart,
}: {
  rows: RankedInterviewer[];
  apart: UnrankedInterviewer[];
}) {
  const inView = [...rows, ...apart.map((row) => row.interviewer)].some(
    (row) => row.scorecardsInScope !== null,
  );
  return (
    <>
      <Table.ScrollContainer minWidth={inView ? 1080 : 980}>
        <Table aria-label="Leniency per interviewer" verticalSpacing={6} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Interviewer</Table.Th>
              <Table.Th ta="right">Leniency ± 95%</Table.Th>
              <Table.Th>Reading</Table.Th>
              <Table.Th>Largest by category</Table.Th>
              <Table.Th ta="right">Linked scorecards</Table.Th>
              {inView && <Table.Th ta="right">Scorecards in this view</Table.Th>}
              <Table.Th ta="right">Spread ratio</Table.Th>
              <Table.Th ta="right">Agreement (MAD)</Table.Th>
              <Table.Th ta="right">Halo excess</Table.Th>
              <Table.Th miw={150}>Calibrated</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.interviewerId}>
                <Table.Th scope="row" fw={400}>
                  {row.interviewerName}
                </Table.Th>
                <Table.Td ta="right">
                  <Text
                    size="sm"
                    ff="monospace"
                    style={{ whiteSpace: 'nowrap' }}
                    title={`95% interval ${formatInterval(row.lower, row.upper)}`}
                  >
                    {formatWithMargin(row.leniency, row.lower, row.upper)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{readingLabels[readLeniency(row)]}</Text>
                </Table.Td>
                <Table.Td>
                  <LargestCategory row={row} />
                </Table.Td>
                <Diagnostics row={row} inView={inView} />
                <Table.Td>
                  {row.calibrated ? (
                    <Text size="sm">Yes</Text>
                  ) : (
                    <Badge size="sm" variant="light" color="orange" c="dark.7">
                      Not yet calibrated
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {apart.map(({ interviewer }) => (
              <Table.Tr key={interviewer.interviewerId}>
                <Table.Th scope="row" fw={400}>
                  {interviewer.interviewerName}
                </Table.Th>
                <Table.Td ta="right">—</Table.Td>
                <Table.Td>
                  <Text size="sm">Not comparable</Text>
                </Table.Td>
                <Table.Td>—</Table.Td>
                <Diagnostics row={interviewer} inView={inView} />
                <Table.Td>
                  <Text size="sm">No</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        Largest by category: the category where their leniency is largest either way. Linked
        scorecards: of candidates someone else also scored (of all their scorecards in the fit).
        {inView &&
          ' Scorecards in this view: submitted scorecards that match the filters now (the fit’s figures use them all).'}{' '}
        Spread ratio: how much of the scale they use against the median interviewer (below 1: less).
        Agreement (MAD): mean distance in rating points from the rest of the panel on the same
        candidate and category (lower agrees more). Halo excess: how much more their category scores
        move together than the median interviewer’s (above 0: one impression colours every
        category).
      </Text>
    </>
  );
}

function LargestCategory({ row }: { row: InterviewerCalibration }) {
  const largest = largestCategory(row);
  if (!largest) return <Text size="sm">—</Text>;
  return (
    <Text size="sm">
      <Text span size="sm" ff="monospace">
        {formatLeniency(largest.leniency)}
      </Text>{' '}
      {largest.name}
    </Text>
  );
}

function Diagnostics({ row, inView }: { row: InterviewerCalibration; inView: boolean }) {
  return (
    <>
      <Table.Td ta="right">
        <Text size="sm" ff="monospace">
          {row.linkedScorecards}
          <Text span size="xs" c="dimmed">
            {' '}
            of {row.scorecards}
          </Text>
        </Text>
      </Table.Td>
      {inView && (
        <Table.Td ta="right">
          <Text size="sm" ff="monospace">
            {row.scorecardsInScope ?? '—'}
          </Text>
        </Table.Td>
      )}
      <Table.Td ta="right">
        <Text size="sm" ff="monospace">
          {row.spreadRatio === null ? '—' : `${formatPlain(row.spreadRatio)}×`}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" ff="monospace">
          {formatPlain(row.agreementMad)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" ff="monospace">
          {formatSigned(row.haloExcess)}
        </Text>
      </Table.Td>
    </>
  );
}
