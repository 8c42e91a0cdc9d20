import { Comparison } from '@calibrate/contracts';
import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { PanelSplitBadge } from '@/components/ui/panel-split-badge';

import { candidateLabel } from '../model/comparison-view';
import { ScaleMode } from '../model/heat-scale';
import { LeniencyLookup } from '../model/leniency';
import { rankCandidates, rankLabel, ScoreBasis } from '../model/score-basis';
import { CategoryRows } from './category-rows';
import classes from './comparison.module.css';
import { HeatLegend } from './heat-legend';
import { TotalCell } from './total-cell';

/**
 * Categories × candidates, one colour scale, values printed in every cell. A category opens to
 * its questions with each interviewer's rating and note; where a panel split by 2 or more, the
 * cell says so in words and with an icon: that is where the debrief starts. The weighted total,
 * the rank and the categories follow the chosen basis (raw or corrected); question ratings are
 * always as given.
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
  const toggle = (category: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(category)) next.delete(category);
      else next.add(category);
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
          <Table.Tbody>
            <Table.Tr>
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
            <Table.Tr className={classes.totalRow}>
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
            {comparison.categories.map((category) => (
              <CategoryRows
                key={category}
                comparison={comparison}
                category={category}
                names={names}
                scale={scale}
                basis={basis}
                expanded={open.has(category)}
                onToggle={() => toggle(category)}
                leniency={leniency}
              />
            ))}
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
      {basis === 'corrected' && (
        <Text size="xs" c="dimmed" px="sm" pb="sm">
          Corrected categories: each round&apos;s category score less its panel&apos;s mean
          leniency. Question ratings are shown as given.
        </Text>
      )}
    </Stack>
  );
}
