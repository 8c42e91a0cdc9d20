import { ScorecardAmendment } from '@calibrate/contracts';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';

import { InterviewSession } from '../../api/scorecards';
import {
  AmendTarget,
  anchorText,
  ratingText,
  ReadOnlyQuestion,
  recommendationText,
  scorecardSections,
} from '../../model/submitted-scorecard';
import classes from './submitted.module.css';

export const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The interviewer's own submitted scorecard, read-only and printable: the recommendation and
 * summary, then every question in rubric order with its rating (or "not asked") and note.
 */
export function OwnScorecard({
  session,
  amendments,
  onAmend,
}: {
  session: InterviewSession;
  amendments: ScorecardAmendment[];
  onAmend: (target: AmendTarget) => void;
}) {
  const { scorecard, rubric } = session;
  const sections = useMemo(
    () => scorecardSections(rubric, scorecard, amendments),
    [rubric, scorecard, amendments],
  );
  const wrapUpAmended = amendments.some((a) => a.recommendation || a.summary);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            Your scorecard
          </Title>
          <Text size="sm" c="dimmed">
            {scorecard.interviewerName}
            {scorecard.submittedAt &&
              ` · submitted ${dateTime.format(new Date(scorecard.submittedAt))}`}
            {scorecard.scores.weightedScore100 !== null &&
              ` · weighted score ${Math.round(scorecard.scores.weightedScore100)} / 100`}
            {` · ${rubric.rubricName} v${rubric.version}`}
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
          data-print-hide
        >
          Print
        </Button>
      </Group>

      <Paper component="section" withBorder radius="md" p="md" aria-labelledby="own-wrap-up">
        <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
          <Title order={3} size="h4" id="own-wrap-up">
            Recommendation and summary
          </Title>
          <AmendButton
            label="Amend the recommendation and summary"
            onClick={() => onAmend({ kind: 'wrap-up' })}
          />
        </Group>
        <Text size="sm" component="div">
          Recommendation: <b>{recommendationText(scorecard.recommendation)}</b>{' '}
          {wrapUpAmended && <AmendedBadge />}
        </Text>
        <Text size="sm" mt={4} className={classes.note}>
          {scorecard.summary.trim() || (
            <Text span size="sm" c="dimmed">
              No summary written.
            </Text>
          )}
        </Text>
      </Paper>

      {sections.map(({ category, score, questions }) => (
        <Paper
          key={category.id}
          component="section"
          withBorder
          radius="md"
          p="md"
          aria-labelledby={`own-category-${category.id}`}
        >
          <Group justify="space-between" align="baseline" mb="xs">
            <Title order={3} size="h4" id={`own-category-${category.id}`}>
              {category.name}
            </Title>
            <Text size="sm">
              You: <b>{score?.score === null || !score ? '—' : score.score.toFixed(1)}</b> / 5 ·{' '}
              {score?.answered ?? 0} of {questions.length} rated
            </Text>
          </Group>
          <Stack gap="sm">
            {questions.map((item) => (
              <QuestionRow
                key={item.question.id}
                item={item}
                onAmend={() => onAmend({ kind: 'question', questionId: item.question.id })}
              />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function QuestionRow({ item, onAmend }: { item: ReadOnlyQuestion; onAmend: () => void }) {
  const { question, number, answer } = item;
  const anchor = answer && !answer.notAsked ? anchorText(question, answer.rating) : undefined;
  return (
    <div className={classes.question} data-testid={`own-question-${number}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600}>
          {number}. {question.text}
        </Text>
        <AmendButton label={`Amend question ${number}`} onClick={onAmend} />
      </Group>
      <Group gap="sm" align="flex-start" wrap="nowrap" mt={2}>
        <div className={classes.rating}>
          <Text size="sm" fw={700}>
            {ratingText(answer)}
          </Text>
          {item.amendments > 0 && <AmendedBadge />}
        </div>
        {anchor && (
          <Text size="sm" c="dimmed">
            {anchor}
          </Text>
        )}
      </Group>
      <Text size="sm" mt={2} className={classes.note}>
        {answer?.note.trim() ? (
          answer.note
        ) : (
          <Text span size="sm" c="dimmed">
            No note.
          </Text>
        )}
      </Text>
    </div>
  );
}

function AmendButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconPencil size={14} aria-hidden />}
      aria-label={label}
      onClick={onClick}
      data-print-hide
      // Never squeezed by a long question beside it.
      style={{ flex: 'none' }}
    >
      Amend
    </Button>
  );
}

function AmendedBadge() {
  return (
    <Badge variant="outline" color="dark" size="sm" style={{ flex: 'none' }}>
      Amended
    </Badge>
  );
}
