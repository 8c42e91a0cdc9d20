import { z } from 'zod';

import { candidateStageSchema } from '../candidates/candidates.schema';
import { idListSchema } from '../common/id-list.schema';
import { knockOutSchema } from '../knock-outs/knock-outs.schema';
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
  /** The `key` of the round group (plan round and rubric) the question was asked in. */
  roundGroup: z.string(),
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

/**
 * A round of the job's interview plan with its rubric (lineage): what comparisons and exports group
 * categories by, so one rubric's "General" never sits among another's "Greeting and opening".
 */
export const roundGroupSchema = z.object({
  /** Stable across candidates, jobs and exports: the rubric and the round's name. */
  key: z.string(),
  /** The plan round's name ("Mock call"). */
  name: z.string(),
  rubricId: z.uuid(),
  rubricName: z.string(),
  /** In the job's plan now; a round outside it (renamed, or its rubric changed) follows the plan's. */
  planned: z.boolean(),
  /** Its categories scored for any of the candidates, in rubric order. */
  categories: z.array(z.string()),
});
export type RoundGroup = z.infer<typeof roundGroupSchema>;

/**
 * A candidate's figures for one round group: the overall's definitions over that group's rounds
 * (subtotal = mean of its scored rounds' weighted 0–100 scores, raw and corrected).
 */
export const roundGroupScoreSchema = overallScoreSchema
  .pick({ weightedScore100: true, correctedScore100: true, scoredRounds: true, categories: true })
  .extend({ key: z.string() });
export type RoundGroupScore = z.infer<typeof roundGroupScoreSchema>;

/**
 * How a group is named in headers and exports: the round's name, with its rubric when another
 * group has the same name ("Mock call (Mock call 2025)").
 */
export function roundGroupLabel(
  group: Pick<RoundGroup, 'key' | 'name' | 'rubricName'>,
  groups: Pick<RoundGroup, 'key' | 'name'>[],
): string {
  const namesake = groups.some(
    (other) => other.key !== group.key && other.name.toLowerCase() === group.name.toLowerCase(),
  );
  return namesake ? `${group.name} (${group.rubricName})` : group.name;
}

export const comparisonSchema = z.object({
  jobId: z.uuid(),
  jobTitle: z.string(),
  /**
   * Every category scored for any of the candidates, in rubric order, categories of different
   * rubrics meeting by name (as `overall.categories`); `roundGroups` keeps them apart.
   */
  categories: z.array(z.string()),
  /** The rounds the candidates had, grouped by plan round and rubric, in plan order. */
  roundGroups: z.array(roundGroupSchema),
  candidates: z.array(
    z.object({
      candidateId: z.uuid(),
      name: z.string(),
      stage: candidateStageSchema,
      /** The knock-out rules the candidate misses (as the candidate's `knockOuts`). */
      knockOuts: z.array(knockOutSchema),
      overall: overallScoreSchema,
      /** One per `roundGroups`, in its order: the group's categories and subtotal. */
      roundGroups: z.array(roundGroupScoreSchema),
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
