import { needsEvidence, RubricQuestion } from '@calibrate/contracts';
import { Group, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { memo } from 'react';

import { InterviewDraft, useAnswer } from '../autosave/interview-draft';
import { InterviewStep } from '../model/interview-steps';
import classes from './all-questions-view.module.css';
import { RatingGroup, RatingOption } from './rating-group';

const compactOptions: RatingOption<number | 'n'>[] = [
  ...[1, 2, 3, 4, 5].map((level) => ({ value: level, key: String(level), label: String(level) })),
  { value: 'n', key: '0', label: 'N/A', ariaLabel: 'Not asked' },
];

/** Every question on one page, one row each: for interviewers who score from memory after a call. */
export function AllQuestionsView({
  draft,
  steps,
  current,
  onSelect,
  onRate,
  onNotAsked,
}: {
  draft: InterviewDraft;
  steps: InterviewStep[];
  current: number;
  onSelect: (index: number) => void;
  onRate: (index: number, rating: number) => void;
  onNotAsked: (index: number) => void;
}) {
  const categoryStarts = new Set(
    steps.flatMap((step, index) =>
      step.kind === 'question' && step.category.questions[0]?.id === step.question.id
        ? [index]
        : [],
    ),
  );
  return (
    <Stack gap={0}>
      {steps.map((step, index) => {
        if (step.kind !== 'question') return null;
        const heading = categoryStarts.has(index) ? step.category.name : null;
        return (
          <div key={step.question.id}>
            {heading && (
              <Text fw={700} size="sm" mt="md" mb={4}>
                {heading}
              </Text>
            )}
            <QuestionRow
              draft={draft}
              question={step.question}
              number={step.number}
              active={index === current}
              index={index}
              onSelect={onSelect}
              onRate={onRate}
              onNotAsked={onNotAsked}
            />
          </div>
        );
      })}
    </Stack>
  );
}

const QuestionRow = memo(function QuestionRow({
  draft,
  question,
  number,
  active,
  index,
  onSelect,
  onRate,
  onNotAsked,
}: {
  draft: InterviewDraft;
  question: RubricQuestion;
  number: number;
  active: boolean;
  index: number;
  onSelect: (index: number) => void;
  onRate: (index: number, rating: number) => void;
  onNotAsked: (index: number) => void;
}) {
  const answer = useAnswer(draft, question.id);
  const value = answer.notAsked ? 'n' : answer.rating;
  return (
    <div
      className={classes.row}
      data-active={active || undefined}
      data-question-row={index}
      aria-current={active ? 'step' : undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm" className={classes.line}>
        <UnstyledButton className={classes.text} onClick={() => onSelect(index)}>
          <Text size="sm">
            <Text span c="dimmed" mr={6}>
              {number}.
            </Text>
            {question.text}
          </Text>
        </UnstyledButton>
        <RatingGroup
          compact
          label={`Rating for question ${number}`}
          options={compactOptions}
          value={value}
          onChange={(next) => (next === 'n' ? onNotAsked(index) : onRate(index, next))}
        />
      </Group>
      <Textarea
        mt={4}
        size="xs"
        aria-label={`Note for question ${number}`}
        placeholder={needsEvidence(answer) ? 'A 1 or a 5 needs evidence' : 'Note'}
        error={needsEvidence(answer) || undefined}
        autosize
        minRows={1}
        maxRows={5}
        value={answer.note}
        onFocus={() => onSelect(index)}
        onChange={(event) => draft.setAnswer(question.id, { note: event.currentTarget.value })}
      />
    </div>
  );
});
