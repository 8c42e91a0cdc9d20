import { Comparison } from '@calibrate/contracts';
import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { KnockOutBadge } from '@/components/ui/knock-out-badge';
import { PanelSplitBadge } from '@/components/ui/panel-split-badge';

import { candidateLabel, groupScoresOf, labelledGroups } from '../model/comparison-view';
import { ScaleMode } from '../model/heat-scale';
import { LeniencyLookup } from '../model/leniency';
import { rankCandidates, rankLabel, ScoreBasis } from '../model/score-basis';
import { CategoryRows } from './category-rows';
import classes from './comparison.module.css';
import { HeatLegend } from './heat-legend';
import { TotalCell } from './total-cell';

/**
 * Categories × candidates, grouped by round (plan round and rubric, in plan order): a header row
 * names the round and its rubric, its categories follow, then its subtotal; the overall comes
 * last. One colour scale, values printed in every cell. A category opens to its questions with
 * each interviewer's rating and note; where a panel split by 2 or more, the cell says so in words
 * and with an icon: that is where the debrief starts. Totals, subtotals, the rank and the
 * categories follow the chosen basis (raw or corrected); question ratings are always as given.
 */
export function HeatMap({
  comparison,
  blind,
  scale,
  basis,
  leniency,
}: {
  comparison: Comparison;
  blind: boolean;
  scale: ScaleMode;
  basis: ScoreBasis;
  /** Each rating's interviewer's leniency. */
  leniency: LeniencyLookup;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const names = comparison.candidates.map((c, index) => candidateLabel(c.name, index, blind));
  const ranked = rankCandidates(comparison.candidates, basis);
  const groups = labelledGroups(comparison);
  const columns = comparison.candidates.length + 1;
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Stack gap={0}>
      <Table.ScrollContainer minWidth={240 + comparison.candidates.length * 130}>
        <Table
          aria-label="Scores by category"
          className={classes.heatTable}
          withColumnBorders
          verticalSpacing={6}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={280}>Category</Table.Th>
              {names.map((name, index) => (
                <Table.Th key={comparison.candidates[index]?.candidateId} ta="center">
                  {name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          {groups.map((group) => (
            <Table.Tbody key={group.key} className={classes.roundGroup}>
              <Table.Tr className={classes.groupRow}>
                <Table.Th scope="rowgroup" colSpan={columns}>
                  {group.name}
                  <Text span size="xs" fw={500} className={classes.groupRubric}>
                    {' '}
                    · {group.rubricName}
                    {!group.planned && ' · not in the job’s current plan'}
                  </Text>
                </Table.Th>
              </Table.Tr>
              {group.categories.map((category) => {
                const key = `${group.key}\u0000${category}`;
                return (
                  <CategoryRows
                    key={key}
                    comparison={comparison}
                    group={group}
                    category={category}
                    names={names}
                    scale={scale}
                    basis={basis}
                    expanded={open.has(key)}
                    onToggle={() => toggle(key)}
                    leniency={leniency}
                  />
                );
              })}
              <Table.Tr className={classes.subtotalRow}>
                <Table.Th scope="row">{group.label} subtotal</Table.Th>
                {comparison.candidates.map((candidate, index) => (
                  <TotalCell
                    key={candidate.candidateId}
                    totals={groupScoresOf(candidate, group.key)}
                    basis={basis}
                    scale={scale}
                    label={`${names[index]}, ${group.label} subtotal`}
                  />
                ))}
              </Table.Tr>
            </Table.Tbody>
          ))}
          <Table.Tbody className={classes.roundGroup}>
            <Table.Tr className={classes.groupRow}>
              <Table.Th scope="rowgroup" colSpan={columns}>
                Overall
                <Text span size="xs" fw={500} className={classes.groupRubric}>
                  {' '}
                  · every round
                </Text>
              </Table.Th>
            </Table.Tr>
            <Table.Tr className={classes.subtotalRow}>
              <Table.Th scope="row">Weighted total</Table.Th>
              {comparison.candidates.map((candidate, index) => (
                <TotalCell
                  key={candidate.candidateId}
                  totals={candidate.overall}
                  basis={basis}
                  scale={scale}
                  label={`${names[index]}, weighted total`}
                />
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Rank, {basis}</Table.Th>
              {comparison.candidates.map((candidate, index) => {
                const place = ranked.find((r) => r.index === index);
                return (
                  <Table.Td key={candidate.candidateId} ta="center" fw={600}>
                    {place ? rankLabel(place, ranked) : '—'}
                  </Table.Td>
                );
              })}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Knock-out</Table.Th>
              {comparison.candidates.map((candidate) => (
                <Table.Td key={candidate.candidateId} ta="center">
                  {candidate.knockOuts.length > 0 ? (
                    <KnockOutBadge knockOuts={candidate.knockOuts} size="xs" />
                  ) : (
                    <Text size="xs" c="dimmed">
                      None
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Panel</Table.Th>
              {comparison.candidates.map((candidate) => (
                <Table.Td key={candidate.candidateId} ta="center">
                  {candidate.rounds.some((round) => round.panelSplit) ? (
                    <PanelSplitBadge size="xs" />
                  ) : (
                    <Text size="xs" c="dimmed">
                      {candidate.overall.scoredRounds > 0 ? 'No split' : '—'}
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Interviewers</Table.Th>
              {comparison.candidates.map((candidate) => (
                <Table.Td key={candidate.candidateId} ta="center">
                  {candidate.overall.interviewers}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Scored rounds</Table.Th>
              {comparison.candidates.map((candidate) => (
                <Table.Td key={candidate.candidateId} ta="center">
                  {candidate.overall.scoredRounds}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <HeatLegend scale={scale} />
      <Text size="xs" c="dimmed" px="sm" pb={basis === 'corrected' ? 4 : 'sm'}>
        A round&apos;s subtotal is the mean of its scored rounds&apos; weighted totals; the overall,
        of every scored round.
      </Text>
      {basis === 'corrected' && (
        <Text size="xs" c="dimmed" px="sm" pb="sm">
          Corrected categories: each round&apos;s category score less its panel&apos;s mean
          leniency. Question ratings are shown as given.
        </Text>
      )}
    </Stack>
  );
}
