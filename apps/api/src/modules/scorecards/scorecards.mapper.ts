import {
  AmendedAnswerValue,
  Answer,
  recommendationSchema,
  RoundAnswers,
  Scorecard,
  ScorecardAmendment,
  ScoreSummary,
} from '@calibrate/contracts';
import { z } from 'zod';

import {
  AmendmentEventRow,
  AnswerRow,
  PanelAnswerRow,
  PanelMemberRow,
  ScorecardRow,
} from './scorecards.repository';

export function toAnswer(row: AnswerRow): Answer {
  return {
    questionId: row.question_id,
    rating: row.rating,
    notAsked: row.not_asked,
    note: row.note,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toScorecard(
  row: ScorecardRow,
  answers: AnswerRow[],
  scores: ScoreSummary,
): Scorecard {
  return {
    id: row.id,
    roundId: row.round_id,
    candidateId: row.candidate_id,
    rubricVersionId: row.rubric_version_id,
    interviewerId: row.interviewer_id,
    interviewerName: row.interviewer_name,
    status: row.status,
    recommendation: row.recommendation,
    summary: row.summary,
    declinedReason: row.declined_reason,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    version: row.version,
    answers: answers.map(toAnswer),
    scores,
  };
}

/**
 * The panel, question by question. Only submitted scorecards carry their recommendation and
 * summary; the answer rows come from submitted scorecards only (the repository's filter), and
 * are put in the interviewers' order.
 */
export function toRoundAnswers(
  roundId: string,
  rubricVersionId: string,
  panel: PanelMemberRow[],
  rows: PanelAnswerRow[],
): RoundAnswers {
  const order = new Map(panel.map((member, index) => [member.id, index]));
  const categories: RoundAnswers['categories'] = [];
  const questions = new Map<string, RoundAnswers['categories'][number]['questions'][number]>();
  for (const row of rows) {
    let category = categories.at(-1);
    if (category?.categoryId !== row.category_id) {
      category = { categoryId: row.category_id, name: row.category_name, questions: [] };
      categories.push(category);
    }
    let question = questions.get(row.question_id);
    if (!question) {
      question = { questionId: row.question_id, text: row.text, answers: [] };
      questions.set(row.question_id, question);
      category.questions.push(question);
    }
    if (row.scorecard_id !== null) {
      question.answers.push({
        scorecardId: row.scorecard_id,
        rating: row.rating,
        notAsked: row.not_asked ?? false,
        note: row.note ?? '',
      });
    }
  }
  for (const question of questions.values()) {
    question.answers.sort(
      (a, b) => (order.get(a.scorecardId) ?? 0) - (order.get(b.scorecardId) ?? 0),
    );
  }
  return {
    roundId,
    rubricVersionId,
    interviewers: panel.map((member) => {
      const submitted = member.status === 'submitted';
      return {
        scorecardId: member.id,
        interviewerId: member.interviewer_id,
        interviewerName: member.interviewer_name,
        status: member.status,
        recommendation: submitted ? member.recommendation : null,
        summary: submitted ? member.summary : '',
        submittedAt: submitted ? (member.submitted_at?.toISOString() ?? null) : null,
      };
    }),
    categories,
  };
}

/* What `ScorecardsService.amend` writes into an amendment's audit event, read back leniently. */
const storedAnswer = z.object({
  questionId: z.string(),
  rating: z.number().nullable().catch(null),
  notAsked: z.boolean().catch(false),
  note: z.string().catch(''),
});
const storedBefore = z.object({
  answers: z.array(storedAnswer).catch([]),
  recommendation: recommendationSchema.nullable().optional().catch(undefined),
  summary: z.string().optional().catch(undefined),
});
const storedAfter = storedBefore.extend({ reason: z.string().catch('') });

const value = (answer: z.infer<typeof storedAnswer>): AmendedAnswerValue => ({
  rating: answer.rating,
  notAsked: answer.notAsked,
  note: answer.note,
});

export function toAmendment(row: AmendmentEventRow): ScorecardAmendment {
  const before = storedBefore.catch({ answers: [] }).parse(row.before ?? {});
  const after = storedAfter.catch({ answers: [], reason: '' }).parse(row.after ?? {});
  return {
    id: row.id,
    amendedAt: row.created_at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    reason: after.reason,
    answers: after.answers.map((answer) => {
      const previous = before.answers.find((b) => b.questionId === answer.questionId);
      return {
        questionId: answer.questionId,
        before: previous ? value(previous) : null,
        after: value(answer),
      };
    }),
    recommendation:
      after.recommendation === undefined
        ? null
        : { before: before.recommendation ?? null, after: after.recommendation },
    summary:
      after.summary === undefined ? null : { before: before.summary ?? '', after: after.summary },
  };
}
