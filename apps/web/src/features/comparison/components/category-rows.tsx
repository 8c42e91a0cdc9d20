import { Comparison } from '@calibrate/contracts';
import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconGitFork } from '@tabler/icons-react';

import { groupCategoryOf } from '../model/comparison-view';
import { ScaleMode } from '../model/heat-scale';
import { LeniencyLookup } from '../model/leniency';
import { chosenCategory, ScoreBasis } from '../model/score-basis';
import classes from './comparison.module.css';
import { QuestionRow } from './question-row';
import { ScoreCell } from './score-cell';

/**
 * A category of one round group: its row of scores; opened, its questions below it (their notes
 * print too). Where a panel split by 2 or more, the row says how often, in words and with an icon.
 */
export function CategoryRows({
  comparison,
  group,
  category,
  names,
  scale,
  basis,
  expanded,
  onToggle,
  leniency,
}: {
  comparison: Comparison;
  /** The round group's key and label ("Mock call"). */
  group: { key: string; label: string };
  category: string;
  names: string[];
  scale: ScaleMode;
  basis: ScoreBasis;
  expanded: boolean;
  onToggle: () => void;
  leniency: LeniencyLookup;
}) {
  const questions = comparison.questions.filter(
    (question) => question.roundGroup === group.key && question.category === category,
  );
  const splits = questions.filter((q) => q.candidates.some((c) => c.disagreement));
  return (
    <>
      <Table.Tr data-expanded={expanded || undefined}>
        <Table.Th scope="row">
          <UnstyledButton
            onClick={onToggle}
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
              chosenCategory(groupCategoryOf(candidate, group.key, category), basis).score100
            }
            scale={scale}
            label={`${names[index]}, ${group.label}, ${category}`}
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
            leniency={leniency}
          />
        ))}
    </>
  );
}
