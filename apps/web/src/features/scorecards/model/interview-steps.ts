import {
  isAnswered,
  needsEvidence,
  RubricCategory,
  RubricQuestion,
  RubricVersion,
} from '@calibrate/contracts';

import { AnswerValue, WrapUpValue } from '../autosave/write-targets';

export type InterviewStep =
  | {
      kind: 'question';
      question: RubricQuestion;
      category: RubricCategory;
      /** 1-based position among all questions. */
      number: number;
    }
  | { kind: 'wrap-up' };

/** Every question in rubric order, then the wrap-up (recommendation and summary). */
export function interviewSteps(rubric: RubricVersion): InterviewStep[] {
  const steps: InterviewStep[] = [];
  for (const category of rubric.categories)
    for (const question of category.questions)
      steps.push({ kind: 'question', question, category, number: steps.length + 1 });
  steps.push({ kind: 'wrap-up' });
  return steps;
}

export interface MissingItem {
  stepIndex: number;
  /** What the interviewer must do there: rate, write evidence, or recommend. */
  kind: 'unanswered' | 'evidence' | 'recommendation';
  message: string;
}

/** What stops a submit, in the order the interviewer meets it: the same rules the API applies. */
export function missingForSubmit(
  steps: InterviewStep[],
  answerOf: (questionId: string) => AnswerValue,
  wrapUp: WrapUpValue,
): MissingItem[] {
  const missing: MissingItem[] = [];
  steps.forEach((step, stepIndex) => {
    if (step.kind === 'wrap-up') {
      if (!wrapUp.recommendation)
        missing.push({ stepIndex, kind: 'recommendation', message: 'Choose a recommendation.' });
      return;
    }
    const answer = answerOf(step.question.id);
    if (!isAnswered(answer))
      missing.push({
        stepIndex,
        kind: 'unanswered',
        message: `Q${step.number}: rate or mark not asked — ${step.question.text}`,
      });
    else if (needsEvidence(answer))
      missing.push({
        stepIndex,
        kind: 'evidence',
        message: `Q${step.number}: a ${answer.rating} needs a note as evidence — ${step.question.text}`,
      });
  });
  return missing;
}

/** Where to open: the first question without an answer, or the wrap-up when all are answered. */
export function firstOpenStep(
  steps: InterviewStep[],
  answerOf: (questionId: string) => AnswerValue,
): number {
  const index = steps.findIndex(
    (step) => step.kind === 'question' && !isAnswered(answerOf(step.question.id)),
  );
  return index === -1 ? steps.length - 1 : index;
}
