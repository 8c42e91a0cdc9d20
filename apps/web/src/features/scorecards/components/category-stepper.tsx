import { isAnswered, RubricVersion } from '@calibrate/contracts';
import { Group, NavLink, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconFlag } from '@tabler/icons-react';

import { InterviewDraft, useDraftDerived } from '../autosave/interview-draft';
import { InterviewStep } from '../model/interview-steps';

/**
 * The rubric's categories with how many of their questions are answered. It re-renders when a count
 * changes, not on every keystroke of a note.
 */
export function CategoryStepper({
  draft,
  rubric,
  steps,
  current,
  onJump,
  title = 'Progress',
  touch = false,
}: {
  /** Rows a finger can hit (44 px): the stepper in the phone's Progress drawer. */
  touch?: boolean;
  /** The heading over the bar: "Answered" inside the Progress drawer, which says "Progress". */
  title?: string;
  draft: InterviewDraft;
  rubric: RubricVersion;
  steps: InterviewStep[];
  current: number;
  onJump: (index: number) => void;
}) {
  const counts = useDraftDerived(draft, (answerOf) =>
    rubric.categories
      .map((category) => category.questions.filter((q) => isAnswered(answerOf(q.id))).length)
      .join(','),
  )
    .split(',')
    .map(Number);
  const total = steps.length - 1;
  const answered = counts.reduce((sum, count) => sum + count, 0);
  const currentStep = steps[current];
  const currentCategory = currentStep?.kind === 'question' ? currentStep.category.id : null;

  return (
    <Stack gap="xs">
      <div>
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="sm" c="dimmed">
            {answered} of {total}
          </Text>
        </Group>
        <Progress
          value={total ? (answered / total) * 100 : 0}
          aria-label={`${answered} of ${total} questions answered`}
        />
      </div>
      <nav aria-label="Categories">
        {rubric.categories.map((category, index) => {
          const done = counts[index] ?? 0;
          const complete = done === category.questions.length && category.questions.length > 0;
          const first = steps.findIndex(
            (step) => step.kind === 'question' && step.category.id === category.id,
          );
          return (
            <NavLink
              key={category.id}
              component="button"
              active={currentCategory === category.id}
              aria-current={currentCategory === category.id ? 'step' : undefined}
              label={category.name}
              rightSection={
                <Text size="xs" c="dimmed">
                  {done}/{category.questions.length}
                  <VisuallyHidden> answered</VisuallyHidden>
                </Text>
              }
              py={touch ? 10 : 4}
              leftSection={
                complete ? (
                  <IconCircleCheck size={18} aria-label="complete" />
                ) : (
                  <IconCircleDashed size={18} aria-hidden />
                )
              }
              onClick={() => first >= 0 && onJump(first)}
            />
          );
        })}
        <NavLink
          component="button"
          active={currentStep?.kind === 'wrap-up'}
          aria-current={currentStep?.kind === 'wrap-up' ? 'step' : undefined}
          label="Wrap-up"
          py={touch ? 10 : 4}
          leftSection={<IconFlag size={18} aria-hidden />}
          onClick={() => onJump(steps.length - 1)}
        />
      </nav>
    </Stack>
  );
}
