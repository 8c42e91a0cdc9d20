import { z } from 'zod';

import { candidateStageSchema } from '../candidates/candidates.schema';
import { idListSchema } from '../common/id-list.schema';
import { interviewerResultSchema, overallScoreSchema } from './candidate-summary.schema';

export const comparisonQuerySchema = z.object({
  candidateIds: idListSchema(
    z
      .array(z.uuid())
      .min(2, 'Compare at least 2 candidates.')
      .max(8, 'Compare at most 8 candidates.')
      .refine((ids) => new Set(ids).size === ids.length, 'Each candidate once.'),
  ),
});

export const comparisonWarningSchema = z.object({
  code: z.enum([
    'different_rubric_versions',
    'single_interviewer',
    'not_scored',
    'interviewer_not_calibrated',
    'outside_main_group',
    'corrected_order_differs',
  ]),
  message: z.string(),
  candidateIds: z.array(z.uuid()),
});
export type ComparisonWarning = z.infer<typeof comparisonWarningSchema>;

/** Ratings differing by this much within one round's panel mark where a debrief should start. */
export const DISAGREEMENT_SPREAD = 2;

/**
 * A round's panel split when its recommendations are two or more steps apart, or when at least
 * this share (and at least two) of the questions two or more of them rated are DISAGREEMENT_SPREAD
 * apart: one question apart is common noise (half the demo's rounds), a third of them is not.
 */
export const PANEL_SPLIT_QUESTION_SHARE = 1 / 3;

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
          /** The panel's weighted score with the panel's mean leniency taken out. */
          correctedScore100: z.number().nullable(),
          /** The panel split: see the candidate summary's round. */
          panelSplit: z.boolean(),
          /**
           * Who submitted a scorecard, with their leniency (others' leniency only for those who
           * may see Calibration, as in the candidate summary).
           */
          interviewers: z.array(interviewerResultSchema),
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
