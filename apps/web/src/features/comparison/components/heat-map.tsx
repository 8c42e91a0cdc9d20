import { Comparison, ComparisonQuestion } from '@calibrate/contracts';
import { Group, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconGitFork } from '@tabler/icons-react';
import { Fragment, useState } from 'react';

import { candidateLabel } from '../model/comparison-view';
import { heatColour, heatLegend, to100 } from '../model/heat-scale';
import classes from './comparison.module.css';

export type ScaleMode = '5' | '100';

/** A score as the chosen scale prints it; the colour always comes from its 0–100 value. */
function ScoreCell({
  score100,
  scale,
  label,
}: {
  score100: number | null;
  scale: ScaleMode;
  label: string;
}) {
  const colour = heatColour(score100);
  const text =
    score100 === null
      ? '—'
      : scale === '100'
        ? score100.toFixed(0)
        : (1 + (score100 / 100) * 4).toFixed(1);
  return (
    <Table.Td
      className={classes.heatCell}
      style={{ background: colour.background, color: colour.text }}
      aria-label={score100 === null ? `${label}: not scored` : `${label}: ${text}`}
      data-score100={score100 === null ? undefined : score100.toFixed(2)}
    >
      {text}
    </Table.Td>
  );
}

/**
 * Categories × candidates, one colour scale, values printed in every cell. A category opens to
 * its questions with each interviewer's rating and note; where a panel split by 2 or more, the
 * cell says so in words and with an icon: that is where the debrief starts.
 */
export function HeatMap({
  comparison,
  blind,
  scale,
}: {
  comparison: Comparison;
  blind: boolean;
  scale: ScaleMode;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const names = comparison.candidates.map((c, index) => candidateLabel(c.name, index, blind));
  const toggle = (category: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  const questionsOf = (category: string) =>
    comparison.questions.filter((question) => question.category === category);

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
            <Table.Tr className={classes.totalRow}>
              <Table.Th scope="row">Weighted total</Table.Th>
              {comparison.candidates.map((candidate, index) => (
                <ScoreCell
                  key={candidate.candidateId}
                  score100={candidate.overall.weightedScore100}
                  scale={scale}
                  label={`${names[index]}, weighted total`}
                />
              ))}
            </Table.Tr>
            {comparison.categories.map((category) => {
              const questions = questionsOf(category);
              const expanded = open.has(category);
              const splits = questions.filter((q) => q.candidates.some((c) => c.disagreement));
              return (
                <Fragment key={category}>
                  <Table.Tr>
                    <Table.Th scope="row">
                      <UnstyledButton
                        onClick={() => toggle(category)}
                        aria-expanded={expanded}
                        disabled={questions.length === 0}
                        className={classes.categoryButton}
                      >
                        <Group gap={6} wrap="nowrap">
                          {expanded ? (
                            <IconChevronDown size={14} aria-hidden />
                          ) : (
                            <IconChevronRight size={14} aria-hidden />
                          )}
                          <Text size="sm" fw={600}>
                            {category}
                          </Text>
                          {splits.length > 0 && (
                            <Text
                              span
                              size="xs"
                              fw={700}
                              c="orange.9"
                              className={classes.split}
                              title="Questions where a panel's ratings differ by 2 or more"
                            >
                              <IconGitFork size={12} aria-hidden /> {splits.length} split
                            </Text>
                          )}
                        </Group>
                      </UnstyledButton>
                    </Table.Th>
                    {comparison.candidates.map((candidate, index) => (
                      <ScoreCell
                        key={candidate.candidateId}
                        score100={
                          candidate.overall.categories.find((c) => c.name === category)?.score100 ??
                          null
                        }
                        scale={scale}
                        label={`${names[index]}, ${category}`}
                      />
                    ))}
                  </Table.Tr>
                  {expanded &&
                    questions.map((question) => (
                      <QuestionRow
                        key={question.text}
                        question={question}
                        names={names}
                        scale={scale}
                      />
                    ))}
                </Fragment>
              );
            })}
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
      <Group gap="xs" p="sm" aria-label="Colour scale">
        <Text size="xs" c="dimmed">
          Scale ({scale === '100' ? '0–100' : '1–5'}):
        </Text>
        {heatLegend().map((step) => (
          <Group key={step.from} gap={4} wrap="nowrap">
            <span className={classes.swatch} style={{ background: step.colour }} aria-hidden />
            <Text size="xs">
              {scale === '100'
                ? `${step.from}–${step.to}`
                : `${(1 + step.from / 25).toFixed(1)}–${(1 + step.to / 25).toFixed(1)}`}
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}

function QuestionRow({
  question,
  names,
  scale,
}: {
  question: ComparisonQuestion;
  names: string[];
  scale: ScaleMode;
}) {
  return (
    <Table.Tr className={classes.questionRow}>
      <Table.Th scope="row" fw={400}>
        <Text size="xs" pl={20}>
          {question.text}
        </Text>
      </Table.Th>
      {question.candidates.map((cell, index) => {
        const colour = heatColour(to100(cell.mean));
        const value =
          cell.mean === null
            ? '—'
            : scale === '100'
              ? (to100(cell.mean) ?? 0).toFixed(0)
              : cell.mean.toFixed(1);
        return (
          <Table.Td
            key={cell.candidateId}
            className={classes.questionCell}
            data-disagreement={cell.disagreement || undefined}
            aria-label={`${names[index]}, ${question.text}: ${value}${cell.disagreement ? ', panel split by 2 or more' : ''}`}
          >
            <Group justify="space-between" gap={4} wrap="nowrap">
              <span
                className={classes.meanChip}
                style={{ background: colour.background, color: colour.text }}
              >
                {value}
              </span>
              {cell.disagreement && (
                <Text size="xs" fw={700} c="orange.9" className={classes.split}>
                  <IconGitFork size={12} aria-hidden /> Split
                </Text>
              )}
            </Group>
            <Stack gap={2} mt={4}>
              {cell.ratings.map((rating) => (
                <Tooltip
                  key={`${rating.roundId}-${rating.interviewerName}`}
                  label={rating.note}
                  disabled={!rating.note}
                  multiline
                  w={280}
                >
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {rating.interviewerName}: <b>{rating.rating ?? 'not asked'}</b>
                    {rating.note ? ` · ${rating.note}` : ''}
                  </Text>
                </Tooltip>
              ))}
            </Stack>
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}
