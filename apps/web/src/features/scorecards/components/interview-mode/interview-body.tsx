import { Box, Button, Group, Paper, Stack, Switch } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';

import { InterviewDraft } from '../../autosave/interview-draft';
import { InterviewStep } from '../../model/interview-steps';
import { AllQuestionsView } from '../all-questions-view';
import { QuestionCard } from '../question-card';
import { QuestionTimer } from '../timers';
import { WrapUpStep } from '../wrap-up-step';
import { EvidencePrompt } from './evidence-prompt';
import { InterviewFocus, InterviewNavigation } from './use-interview-navigation';

/**
 * The current step (a question, or the wrap-up) with Previous and Next. In the all-questions layout
 * every question is listed with the wrap-up below them, so the layout switch works on any step.
 */
export function InterviewBody({
  nav,
  focus: { cardRef, noteRef },
  draft,
  steps,
  compact,
  onSubmit,
}: {
  nav: InterviewNavigation;
  focus: InterviewFocus;
  draft: InterviewDraft;
  steps: InterviewStep[];
  compact: boolean;
  onSubmit: () => void;
}) {
  const { current, step, questionCount, view, timing } = nav;
  const wrapUpIndex = steps.length - 1;
  const previous = (
    <Button
      variant="default"
      size={compact ? 'md' : 'sm'}
      leftSection={<IconArrowLeft size={16} />}
      disabled={current === 0}
      onClick={() => nav.goTo(current - 1)}
    >
      Previous
    </Button>
  );
  const next =
    step?.kind === 'question' ? (
      <Button
        size={compact ? 'md' : 'sm'}
        rightSection={<IconArrowRight size={16} />}
        onClick={() => nav.goTo(current + 1)}
      >
        {current === questionCount - 1 ? 'Wrap-up' : 'Next'}
      </Button>
    ) : (
      <Box w={90} />
    );
  const stay = (
    <Switch
      size="sm"
      label="Stay on the question after rating"
      checked={nav.stay}
      onChange={(event) => nav.setStay(event.currentTarget.checked)}
    />
  );
  return (
    <Paper
      withBorder
      radius="md"
      p={compact ? 'sm' : 'md'}
      ref={cardRef}
      tabIndex={-1}
      aria-label={
        step?.kind === 'question' ? `Question ${step.number} of ${questionCount}` : 'Wrap-up'
      }
      style={{ outline: 'none' }}
    >
      {view === 'all' ? (
        <>
          <AllQuestionsView
            draft={draft}
            steps={steps}
            current={current}
            onSelect={nav.select}
            onRate={nav.rate}
            onNotAsked={nav.markNotAsked}
          />
          <Box
            mt="lg"
            p="sm"
            data-question-row={wrapUpIndex}
            aria-current={step?.kind === 'wrap-up' ? 'step' : undefined}
          >
            <WrapUpStep
              ref={step?.kind === 'wrap-up' ? noteRef : undefined}
              draft={draft}
              onSubmit={onSubmit}
            />
          </Box>
        </>
      ) : step?.kind === 'question' ? (
        <QuestionCard
          ref={noteRef}
          draft={draft}
          question={step.question}
          category={step.category}
          number={step.number}
          total={questionCount}
          timer={
            <QuestionTimer
              key={step.question.id}
              spentBefore={timing.spentBefore}
              since={timing.enteredAt}
            />
          }
          onRate={(rating) => nav.rate(current, rating)}
          onNotAsked={() => nav.markNotAsked(current)}
        />
      ) : (
        <WrapUpStep ref={noteRef} draft={draft} onSubmit={onSubmit} />
      )}
      {step?.kind === 'question' && view === 'one' && (
        <EvidencePrompt draft={draft} questionId={step.question.id} />
      )}
      {compact ? (
        <Stack gap="sm" mt="md">
          <Group justify="space-between" grow>
            {previous}
            {step?.kind === 'question' && next}
          </Group>
          {stay}
        </Stack>
      ) : (
        <Group justify="space-between" mt="md">
          {previous}
          {stay}
          {next}
        </Group>
      )}
    </Paper>
  );
}
