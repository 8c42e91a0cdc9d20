import { Estimate, outcomeDefinitions, OutcomeKey } from '@calibrate/contracts';
import { Table, Text } from '@mantine/core';

import { formatR, formatRInterval } from '../model/format';
import { ValidityRow } from '../model/report';
import { VerdictBadge } from './verdict-badge';

/**
 * For one outcome, how each interview score relates to it among hires: the overall score, each
 * category (bold) and its questions (indented under it). On a phone the table scrolls sideways
 * inside its own container, the score names first.
 */
export function ValidityTable({
  rows,
  outcome,
  minN,
}: {
  rows: ValidityRow[];
  outcome: OutcomeKey;
  minN: number;
}) {
  const definition = outcomeDefinitions[outcome];
  const binary = definition.kind === 'binary';
  return (
    <Table.ScrollContainer minWidth={binary ? 780 : 640}>
      <Table verticalSpacing={6} striped captionSide="top">
        <Table.Caption ta="left">
          {definition.label}: how each interview score relates to it among hires
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Interview score</Table.Th>
            <Table.Th ta="right">
              <abbr title="Hires scored on it with this outcome recorded">n</abbr>
            </Table.Th>
            <Table.Th ta="right">Observed r (95%)</Table.Th>
            <Table.Th ta="right">Corrected r (95%)</Table.Th>
            {binary && <Table.Th ta="right">AUC (95%)</Table.Th>}
            <Table.Th>Verdict</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ predictor, cell }) => (
            <Table.Tr key={predictor.key}>
              <Table.Th
                scope="row"
                fw={predictor.kind === 'question' ? 400 : 700}
                pl={predictor.kind === 'question' ? 'xl' : undefined}
                miw={180}
              >
                {predictor.kind === 'overall' ? 'Overall score' : predictor.label}
              </Table.Th>
              <Table.Td ta="right">
                <Text size="sm" ff="monospace">
                  {cell?.n ?? 0}
                </Text>
              </Table.Td>
              <EstimateCell estimate={cell?.observed ?? null} />
              <EstimateCell
                estimate={cell?.corrected ?? null}
                headline
                note={cell && cell.correction === null ? 'not corrected' : undefined}
              />
              {binary && <EstimateCell estimate={cell?.auc ?? null} />}
              {/* As wide as its longest badge: never "Predicts no…". */}
              <Table.Td miw={170} style={{ whiteSpace: 'nowrap' }}>
                <VerdictBadge verdict={cell?.verdict ?? 'too_few'} minN={minN} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A figure over its 95% interval: "0.38" / "0.21 to 0.55" (and a note, if any). */
function EstimateCell({
  estimate,
  headline,
  note,
}: {
  estimate: Estimate | null;
  headline?: boolean;
  note?: string;
}) {
  const value = formatR(estimate?.value ?? null);
  const interval = estimate ? formatRInterval(estimate.lower, estimate.upper) : '—';
  return (
    <Table.Td ta="right">
      <Text size="sm" ff="monospace" fw={headline ? 700 : undefined}>
        {value}
      </Text>
      {value !== '—' && interval !== '—' && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {interval}
        </Text>
      )}
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Table.Td>
  );
}
