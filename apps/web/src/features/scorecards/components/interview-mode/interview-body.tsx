import { Box, Button, Group, Paper, Switch } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';

import { InterviewDraft } from '../../autosave/interview-draft';
import { InterviewStep } from '../../model/interview-steps';
import { AllQuestionsView } from '../all-questions-view';
import { QuestionCard } from '../question-card';
import { QuestionTimer } from '../timers';
import { WrapUpStep } from '../wrap-up-step';
import { EvidencePrompt } from './evidence-prompt';
import { InterviewFocus, InterviewNavigation } from './use-interview-navigation';

/** The current step (a question, every question, or the wrap-up) with Previous and Next. */
export function InterviewBody({
  nav,
  focus: { cardRef, noteRef },
  draft,
  steps,
  onSubmit,
}: {
  nav: InterviewNavigation;
  focus: InterviewFocus;
  draft: InterviewDraft;
  steps: InterviewStep[];
  onSubmit: () => void;
}) {
  const { current, step, questionCount, view, timing } = nav;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      ref={cardRef}
      tabIndex={-1}
      aria-label={
        step?.kind === 'question' ? `Question ${step.number} of ${questionCount}` : 'Wrap-up'
      }
      style={{ outline: 'none' }}
    >
      {view === 'all' && step?.kind === 'question' ? (
        <AllQuestionsView
          draft={draft}
          steps={steps}
          current={current}
          onSelect={nav.select}
          onRate={nav.rate}
          onNotAsked={nav.markNotAsked}
        />
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
      <Group justify="space-between" mt="md">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} />}
          disabled={current === 0}
          onClick={() => nav.goTo(current - 1)}
        >
          Previous
        </Button>
        <Switch
          size="sm"
          label="Stay on the question after rating"
          checked={nav.stay}
          onChange={(event) => nav.setStay(event.currentTarget.checked)}
        />
        {step?.kind === 'question' ? (
          <Button rightSection={<IconArrowRight size={16} />} onClick={() => nav.goTo(current + 1)}>
            {current === questionCount - 1 ? 'Wrap-up' : 'Next'}
          </Button>
        ) : (
          <Box w={90} />
        )}
      </Group>
    </Paper>
  );
}
