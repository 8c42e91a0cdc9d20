import { ComparisonQuestion } from '@calibrate/contracts';
import { Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconGitFork } from '@tabler/icons-react';

import { formatMean, heatColour, ScaleMode, to100 } from '../model/heat-scale';
import { leniencyKey, LeniencyLookup, leniencySuffix } from '../model/leniency';
import classes from './comparison.module.css';

/**
 * One question of an opened category: per candidate the mean, a split panel, every rating with
 * the interviewer's leniency beside their name ("Ivy (leniency +0.4): 5").
 */
export function QuestionRow({
  question,
  names,
  scale,
  leniency,
}: {
  question: ComparisonQuestion;
  names: string[];
  scale: ScaleMode;
  leniency: LeniencyLookup;
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
        const value = formatMean(cell.mean, scale);
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
                <Text size="xs" fw={700} className={classes.split}>
                  <IconGitFork size={12} aria-hidden /> Split
                </Text>
              )}
            </Group>
            <Stack gap={2} mt={4}>
              {cell.ratings.map((rating) => {
                const suffix = leniencySuffix(
                  leniency.get(leniencyKey(rating.roundId, rating.interviewerName)),
                );
                return (
                  <Tooltip
                    key={`${rating.roundId}-${rating.interviewerName}`}
                    label={rating.note}
                    disabled={!rating.note}
                    multiline
                    w={280}
                  >
                    <Text size="xs" c="dimmed" lineClamp={2} className={classes.ratingLine}>
                      {rating.interviewerName}
                      {suffix && ` (${suffix})`}: <b>{rating.rating ?? 'not asked'}</b>
                      {rating.note ? ` · ${rating.note}` : ''}
                    </Text>
                  </Tooltip>
                );
              })}
            </Stack>
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}
