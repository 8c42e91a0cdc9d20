import {
  AmendedAnswerValue,
  AmendScorecardInput,
  AnswerLike,
  CategoryScore,
  evidenceMessage,
  isAnswered,
  needsEvidence,
  Recommendation,
  recommendationLabels,
  RubricCategory,
  RubricQuestion,
  RubricVersion,
  Scorecard,
  ScorecardAmendment,
} from '@calibrate/contracts';

/** One question of a submitted scorecard, as the read-only copy shows it. */
export interface ReadOnlyQuestion {
  question: RubricQuestion;
  /** 1-based across the whole rubric, as interview mode numbers them. */
  number: number;
  answer: AmendedAnswerValue | undefined;
  /** How often it was amended since submission. */
  amendments: number;
}

export interface ReadOnlyCategory {
  category: RubricCategory;
  score: CategoryScore | undefined;
  questions: ReadOnlyQuestion[];
}

/** The rubric in its order, each question with this scorecard's answer. */
export function scorecardSections(
  rubric: RubricVersion,
  scorecard: Scorecard,
  amendments: ScorecardAmendment[] = [],
): ReadOnlyCategory[] {
  const answers = new Map(scorecard.answers.map((answer) => [answer.questionId, answer]));
  const amended = new Map<string, number>();
  for (const amendment of amendments)
    for (const change of amendment.answers)
      amended.set(change.questionId, (amended.get(change.questionId) ?? 0) + 1);
  let number = 0;
  return rubric.categories.map((category) => ({
    category,
    score: scorecard.scores.categories.find((c) => c.categoryId === category.id),
    questions: category.questions.map((question) => {
      const answer = answers.get(question.id);
      number += 1;
      return {
        question,
        number,
        answer: answer && {
          rating: answer.rating,
          notAsked: answer.notAsked,
          note: answer.note,
        },
        amendments: amended.get(question.id) ?? 0,
      };
    }),
  }));
}

/** "4 of 5", "Not asked" or "Not answered": a rating as words. */
export function ratingText(answer: Pick<AnswerLike, 'rating' | 'notAsked'> | undefined): string {
  if (answer?.notAsked) return 'Not asked';
  if (answer?.rating === null || answer?.rating === undefined) return 'Not answered';
  return `${answer.rating} of 5`;
}

/** The anchor the rating points at, for reading a rating back without the rubric open. */
export function anchorText(question: RubricQuestion, rating: number | null): string | undefined {
  return rating === null ? undefined : question.anchors[rating - 1] || undefined;
}

export const recommendationText = (value: Recommendation | null | undefined): string =>
  value ? recommendationLabels[value] : 'No recommendation';

/** Panel ratings two or more apart: where a debrief starts ("Split"). */
export function isSplit(ratings: (number | null)[]): boolean {
  const rated = ratings.filter((rating): rating is number => rating !== null);
  return rated.length > 1 && Math.max(...rated) - Math.min(...rated) >= 2;
}

/* Amending */

export type AmendTarget = { kind: 'question'; questionId: string } | { kind: 'wrap-up' };

/** What the amend dialog edits: an answer, or the recommendation and summary. */
export type AmendDraft =
  | { kind: 'question'; questionId: string; answer: AmendedAnswerValue; reason: string }
  | { kind: 'wrap-up'; recommendation: Recommendation | null; summary: string; reason: string };

export function startAmendment(scorecard: Scorecard, target: AmendTarget): AmendDraft {
  if (target.kind === 'wrap-up')
    return {
      kind: 'wrap-up',
      recommendation: scorecard.recommendation,
      summary: scorecard.summary,
      reason: '',
    };
  const answer = scorecard.answers.find((a) => a.questionId === target.questionId);
  return {
    kind: 'question',
    questionId: target.questionId,
    answer: {
      rating: answer?.rating ?? null,
      notAsked: answer?.notAsked ?? false,
      note: answer?.note ?? '',
    },
    reason: '',
  };
}

/** One line of the before → after preview. */
export interface AmendChange {
  field: string;
  before: string;
  after: string;
}

/** What the amendment changes, field by field (empty: nothing yet). */
export function amendChanges(scorecard: Scorecard, draft: AmendDraft): AmendChange[] {
  const changes: AmendChange[] = [];
  const push = (field: string, before: string, after: string) => {
    if (before !== after) changes.push({ field, before, after });
  };
  if (draft.kind === 'wrap-up') {
    push(
      'Recommendation',
      recommendationText(scorecard.recommendation),
      recommendationText(draft.recommendation),
    );
    push('Summary', scorecard.summary.trim(), draft.summary.trim());
    return changes;
  }
  const before = scorecard.answers.find((a) => a.questionId === draft.questionId);
  push('Rating', ratingText(before), ratingText(draft.answer));
  push('Note', (before?.note ?? '').trim(), draft.answer.note.trim());
  return changes;
}

export interface AmendProblems {
  change?: string;
  rating?: string;
  note?: string;
  recommendation?: string;
  reason?: string;
}

/** What stops this amendment, with the same rules as the API (contracts' answer rules). */
export function amendProblems(scorecard: Scorecard, draft: AmendDraft): AmendProblems {
  const problems: AmendProblems = {};
  if (amendChanges(scorecard, draft).length === 0)
    problems.change = 'Change something first: the amendment would change nothing.';
  if (draft.reason.trim() === '')
    problems.reason = 'Say why the submitted scorecard changes: the reason is kept with it.';
  if (draft.kind === 'question') {
    if (!isAnswered(draft.answer))
      problems.rating = 'A submitted scorecard keeps every question rated or marked not asked.';
    if (needsEvidence(draft.answer) && draft.answer.rating !== null)
      problems.note = evidenceMessage(draft.answer.rating);
  } else if (draft.recommendation === null) {
    problems.recommendation = 'Choose a recommendation.';
  }
  return problems;
}

export const hasProblems = (problems: AmendProblems) => Object.keys(problems).length > 0;

/** The request body; only what changed is sent. */
export function amendmentBody(scorecard: Scorecard, draft: AmendDraft): AmendScorecardInput {
  if (draft.kind === 'question')
    return {
      reason: draft.reason.trim(),
      scores: [
        {
          questionId: draft.questionId,
          rating: draft.answer.notAsked ? null : draft.answer.rating,
          notAsked: draft.answer.notAsked,
          note: draft.answer.note,
        },
      ],
    };
  const body: AmendScorecardInput = { reason: draft.reason.trim() };
  if (draft.recommendation !== null && draft.recommendation !== scorecard.recommendation)
    body.recommendation = draft.recommendation;
  if (draft.summary.trim() !== scorecard.summary.trim()) body.summary = draft.summary;
  return body;
}
