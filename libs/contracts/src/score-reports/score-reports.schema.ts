import { z } from 'zod';

import { candidateStageSchema } from '../candidates/candidates.schema';
import {
  roundStatusSchema,
  scorecardStatusSchema,
} from '../interview-rounds/interview-rounds.schema';
import { recommendationSchema, scoreSummarySchema } from '../scorecards/scorecards.schema';

export const recommendationCountsSchema = z.object({
  strong_no: z.number().int(),
  no: z.number().int(),
  yes: z.number().int(),
  strong_yes: z.number().int(),
});
export type RecommendationCounts = z.infer<typeof recommendationCountsSchema>;

/** One interviewer on a round. Scores and recommendation only once submitted: drafts are private. */
export const interviewerResultSchema = z.object({
  scorecardId: z.uuid(),
  interviewerId: z.uuid(),
  interviewerName: z.string(),
  status: scorecardStatusSchema,
  recommendation: recommendationSchema.nullable(),
  weightedScore100: z.number().nullable(),
});

export const roundSummarySchema = z.object({
  roundId: z.uuid(),
  jobId: z.uuid(),
  name: z.string(),
  status: roundStatusSchema,
  scheduledAt: z.iso.datetime({ offset: true }),
  rubricVersionId: z.uuid(),
  rubricName: z.string(),
  rubricVersion: z.number().int(),
  /** The panel's scores: answers of the submitted scorecards pooled per category. */
  scores: scoreSummarySchema,
  interviewers: z.array(interviewerResultSchema),
  recommendations: recommendationCountsSchema,
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const overallScoreSchema = z.object({
  /** Mean of the scored rounds' weighted 0–100 scores. */
  weightedScore100: z.number().nullable(),
  scoredRounds: z.number().int(),
  /** Distinct interviewers with a submitted scorecard. */
  interviewers: z.number().int(),
  recommendations: recommendationCountsSchema,
  /** Per category name, the mean of the rounds' category scores (1–5) and on 0–100. */
  categories: z.array(
    z.object({ name: z.string(), score: z.number().nullable(), score100: z.number().nullable() }),
  ),
});
export type OverallScore = z.infer<typeof overallScoreSchema>;

export const candidateSummarySchema = z.object({
  candidateId: z.uuid(),
  candidateName: z.string(),
  stage: candidateStageSchema,
  overall: overallScoreSchema,
  rounds: z.array(roundSummarySchema),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

export const comparisonQuerySchema = z.object({
  candidateIds: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.uuid())
        .min(2, 'Compare at least 2 candidates.')
        .max(8, 'Compare at most 8 candidates.')
        .refine((ids) => new Set(ids).size === ids.length, 'Each candidate once.'),
    ),
});

export const comparisonWarningSchema = z.object({
  code: z.enum(['different_rubric_versions', 'single_interviewer', 'not_scored']),
  message: z.string(),
  candidateIds: z.array(z.uuid()),
});
export type ComparisonWarning = z.infer<typeof comparisonWarningSchema>;

/** Ratings differing by this much within one round's panel mark where a debrief should start. */
export const DISAGREEMENT_SPREAD = 2;

export const comparisonRatingSchema = z.object({
  roundId: z.uuid(),
  roundName: z.string(),
  interviewerName: z.string(),
  /** 1–5, or null when the question was not asked. */
  rating: z.number().int().nullable(),
  note: z.string(),
});

export const comparisonQuestionSchema = z.object({
  category: z.string(),
  text: z.string(),
  candidates: z.array(
    z.object({
      candidateId: z.uuid(),
      /** Mean of the asked ratings, 1–5. */
      mean: z.number().nullable(),
      /** Some round's panel rated this question DISAGREEMENT_SPREAD or more apart. */
      disagreement: z.boolean(),
      ratings: z.array(comparisonRatingSchema),
    }),
  ),
});
export type ComparisonQuestion = z.infer<typeof comparisonQuestionSchema>;

export const comparisonSchema = z.object({
  jobId: z.uuid(),
  jobTitle: z.string(),
  /** Every category scored for any of the candidates, in rubric order. */
  categories: z.array(z.string()),
  candidates: z.array(
    z.object({
      candidateId: z.uuid(),
      name: z.string(),
      stage: candidateStageSchema,
      overall: overallScoreSchema,
      rounds: z.array(
        z.object({
          roundId: z.uuid(),
          name: z.string(),
          rubricVersionId: z.uuid(),
          rubricVersion: z.number().int(),
          weightedScore100: z.number().nullable(),
        }),
      ),
    }),
  ),
  warnings: z.array(comparisonWarningSchema),
  /**
   * Each question asked of any compared candidate (questions of different rubric versions meet by
   * category and text), with every submitted rating the viewer may see.
   */
  questions: z.array(comparisonQuestionSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const feedbackWindows = [7, 30, 90] as const;

export const feedbackOwedQuerySchema = z.object({
  jobId: z.uuid().optional(),
  /** The per-job figures cover rounds of the last this many days. */
  days: z.coerce
    .number()
    .int()
    .refine((days) => (feedbackWindows as readonly number[]).includes(days), {
      message: 'Choose 7, 30 or 90 days.',
    })
    .default(30),
});
export type FeedbackOwedQuery = z.output<typeof feedbackOwedQuerySchema>;

export const owedScorecardSchema = z.object({
  scorecardId: z.uuid(),
  roundId: z.uuid(),
  roundName: z.string(),
  scheduledAt: z.iso.datetime({ offset: true }),
  dueAt: z.iso.datetime({ offset: true }),
  /** Hours past due; negative while it is not due yet. */
  overdueHours: z.number(),
  candidateId: z.uuid(),
  candidateName: z.string(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  interviewerId: z.uuid(),
  interviewerName: z.string(),
});
export type OwedScorecard = z.infer<typeof owedScorecardSchema>;

export const feedbackOwedSchema = z.object({
  /** Unsubmitted scorecards (declined ones excluded) of rounds that have started, oldest first. */
  owed: z.array(owedScorecardSchema),
  /** How many are owed in all; `owed` holds the worst 100. */
  owedTotal: z.number().int(),
  byInterviewer: z.array(
    z.object({
      interviewerId: z.uuid(),
      interviewerName: z.string(),
      owed: z.number().int(),
      overdue: z.number().int(),
      worstOverdueHours: z.number(),
    }),
  ),
  jobs: z.array(
    z.object({
      jobId: z.uuid(),
      jobTitle: z.string(),
      /** Scorecards of held rounds, declined ones excluded. */
      expected: z.number().int(),
      received: z.number().int(),
      /** Median hours from the round's start to a submitted scorecard. */
      medianHoursToFeedback: z.number().nullable(),
      roundsHeld: z.number().int(),
      noShows: z.number().int(),
      /** Held / (held + no-shows); null without either. */
      showRate: z.number().nullable(),
    }),
  ),
  days: z.number().int(),
});
export type FeedbackOwed = z.infer<typeof feedbackOwedSchema>;
