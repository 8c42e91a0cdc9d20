import { z } from 'zod';

import { text } from '../common/text.schema';
import { scorecardStatusSchema } from '../interviews/interviews.schema';

export const recommendations = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export const recommendationSchema = z.enum(recommendations);
export const recommendationLabels: Record<(typeof recommendations)[number], string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};
export type Recommendation = z.infer<typeof recommendationSchema>;

export const ratingSchema = z.number().int().min(1).max(5);

/** One answer: the unit of autosave. A rating, or "not asked" (which never counts as zero). */
export const saveAnswerSchema = z
  .object({
    rating: ratingSchema.nullable(),
    notAsked: z.boolean().default(false),
    note: text().max(5000).default(''),
  })
  .refine((answer) => !(answer.notAsked && answer.rating !== null), {
    message: 'A question marked not asked has no rating.',
    path: ['notAsked'],
  });
export type SaveAnswerInput = z.input<typeof saveAnswerSchema>;
export type SaveAnswer = z.output<typeof saveAnswerSchema>;

export const answerSchema = z.object({
  questionId: z.uuid(),
  rating: ratingSchema.nullable(),
  notAsked: z.boolean(),
  note: z.string(),
  /** Bumped on every save; send it back in If-Match. A never-saved answer is version 0. */
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Answer = z.infer<typeof answerSchema>;

export const categoryScoreSchema = z.object({
  categoryId: z.uuid(),
  name: z.string(),
  weight: z.number(),
  /** Mean of the answered ratings (1–5); null when none of its questions was rated. */
  score: z.number().nullable(),
  answered: z.number().int(),
  questions: z.number().int(),
});
export type CategoryScore = z.infer<typeof categoryScoreSchema>;

export const scoreSummarySchema = z.object({
  categories: z.array(categoryScoreSchema),
  /** Category scores weighted by the rubric, empty categories left out and weights renormalised. */
  weightedScore: z.number().nullable(),
  /** The weighted score on 0–100: (score − 1) / 4 × 100. */
  weightedScore100: z.number().nullable(),
});
export type ScoreSummary = z.infer<typeof scoreSummarySchema>;

export const scorecardSchema = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  /** The round's candidate, so a screen can load the candidate beside the scorecard. */
  candidateId: z.uuid(),
  rubricVersionId: z.uuid(),
  interviewerId: z.uuid(),
  interviewerName: z.string(),
  status: scorecardStatusSchema,
  recommendation: recommendationSchema.nullable(),
  summary: z.string(),
  declinedReason: z.string().nullable(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  version: z.number().int(),
  answers: z.array(answerSchema),
  scores: scoreSummarySchema,
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const updateScorecardSchema = z
  .object({ recommendation: recommendationSchema.nullable(), summary: text().max(10000) })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field.');
export type UpdateScorecard = z.output<typeof updateScorecardSchema>;

export const declineScorecardSchema = z.object({
  reason: text().trim().min(1, 'Say why you are declining.').max(500),
});

const amendedAnswerSchema = z.object({
  questionId: z.uuid(),
  rating: ratingSchema.nullable(),
  notAsked: z.boolean().default(false),
  note: text().max(5000).default(''),
});

/**
 * A change to a submitted scorecard: answers, the recommendation or the summary (any of them, at
 * least one), always with a reason. Sent with If-Match (the scorecard's version).
 */
export const amendScorecardSchema = z
  .object({
    reason: text().trim().min(1, 'Say why the submitted scorecard changes.').max(1000),
    scores: z.array(amendedAnswerSchema).max(200).default([]),
    recommendation: recommendationSchema.optional(),
    summary: text().max(10000).optional(),
  })
  .refine(
    (amendment) =>
      amendment.scores.length > 0 ||
      amendment.recommendation !== undefined ||
      amendment.summary !== undefined,
    { message: 'Change at least one answer, the recommendation or the summary.', path: ['scores'] },
  );
export type AmendScorecardInput = z.input<typeof amendScorecardSchema>;
export type AmendScorecard = z.output<typeof amendScorecardSchema>;

/** An answer as it stood before or after an amendment. */
export const amendedAnswerValueSchema = z.object({
  rating: ratingSchema.nullable(),
  notAsked: z.boolean(),
  note: z.string(),
});
export type AmendedAnswerValue = z.infer<typeof amendedAnswerValueSchema>;

/** One amendment of a submitted scorecard, read back from its audit event. */
export const scorecardAmendmentSchema = z.object({
  id: z.string(),
  amendedAt: z.iso.datetime({ offset: true }),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  reason: z.string(),
  answers: z.array(
    z.object({
      questionId: z.uuid(),
      /** Null when the question had no answer before (cannot happen once submitted, kept honest). */
      before: amendedAnswerValueSchema.nullable(),
      after: amendedAnswerValueSchema,
    }),
  ),
  recommendation: z
    .object({ before: recommendationSchema.nullable(), after: recommendationSchema.nullable() })
    .nullable(),
  summary: z.object({ before: z.string(), after: z.string() }).nullable(),
});
export type ScorecardAmendment = z.infer<typeof scorecardAmendmentSchema>;

/** `GET /scorecards/:scorecardId/amendments`: oldest first. */
export const scorecardAmendmentListSchema = z.object({ items: z.array(scorecardAmendmentSchema) });
export type ScorecardAmendmentList = z.infer<typeof scorecardAmendmentListSchema>;

/**
 * `GET /interview-rounds/:roundId/answers`: a round's panel, question by question. Only
 * submitted scorecards' answers, recommendations and summaries are in it; the route refuses a
 * viewer whose own scorecard on the round is a draft (independence).
 */
export const roundAnswersSchema = z.object({
  roundId: z.uuid(),
  rubricVersionId: z.uuid(),
  interviewers: z.array(
    z.object({
      scorecardId: z.uuid(),
      interviewerId: z.uuid(),
      interviewerName: z.string(),
      status: scorecardStatusSchema,
      /** Null until submitted. */
      recommendation: recommendationSchema.nullable(),
      summary: z.string(),
      submittedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  categories: z.array(
    z.object({
      categoryId: z.uuid(),
      name: z.string(),
      questions: z.array(
        z.object({
          questionId: z.uuid(),
          text: z.string(),
          /** One per submitted scorecard that answered it, in the interviewers' order. */
          answers: z.array(
            z.object({
              scorecardId: z.uuid(),
              rating: ratingSchema.nullable(),
              notAsked: z.boolean(),
              note: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type RoundAnswers = z.infer<typeof roundAnswersSchema>;

export const scorecardIdParamsSchema = z.object({ scorecardId: z.uuid() });
export const answerParamsSchema = z.object({ scorecardId: z.uuid(), questionId: z.uuid() });
