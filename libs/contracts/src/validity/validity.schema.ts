import { z } from 'zod';

import { estimateSchema } from '../calibration/calibration.schema';
import { text } from '../common/text.schema';

/**
 * What happened after the hire, per hired candidate: the figures a BPO floor already keeps for
 * each agent after nesting (the supervised first weeks on live calls). Each is optional: a site
 * records what it measures, and an agent who left before nesting ended has no QA score.
 */
export const outcomeKeys = [
  'nestingQaScore',
  'averageHandleTimeSeconds',
  'firstContactResolutionPercent',
  'csatPercent',
  'employedAt30Days',
  'employedAt90Days',
] as const;
export const outcomeKeySchema = z.enum(outcomeKeys);
export type OutcomeKey = z.infer<typeof outcomeKeySchema>;

export interface OutcomeDefinition {
  label: string;
  /** Continuous figures are correlated; binary ones also get an AUC. */
  kind: 'continuous' | 'binary';
  /** Average handle time: shorter is better, so a good predictor correlates negatively. */
  higherIsBetter: boolean;
  unit: string;
}

/** One table for the API's report, the web's labels and the CSV import's columns. */
export const outcomeDefinitions: Record<OutcomeKey, OutcomeDefinition> = {
  nestingQaScore: {
    label: 'Nesting QA score',
    kind: 'continuous',
    higherIsBetter: true,
    unit: '0–100',
  },
  averageHandleTimeSeconds: {
    label: 'Average handle time',
    kind: 'continuous',
    higherIsBetter: false,
    unit: 'seconds',
  },
  firstContactResolutionPercent: {
    label: 'First-contact resolution',
    kind: 'continuous',
    higherIsBetter: true,
    unit: '%',
  },
  csatPercent: { label: 'CSAT', kind: 'continuous', higherIsBetter: true, unit: '%' },
  employedAt30Days: {
    label: 'Still employed at 30 days',
    kind: 'binary',
    higherIsBetter: true,
    unit: 'yes/no',
  },
  employedAt90Days: {
    label: 'Still employed at 90 days',
    kind: 'binary',
    higherIsBetter: true,
    unit: 'yes/no',
  },
};

const percent = () => z.number().min(0).max(100);

/** PUT body: the whole record; a figure left out or null is "not recorded". */
export const recordOutcomesSchema = z.strictObject({
  nestingQaScore: percent()
    .nullish()
    .transform((value) => value ?? null),
  averageHandleTimeSeconds: z
    .number()
    .int()
    .min(1)
    .max(7200)
    .nullish()
    .transform((value) => value ?? null),
  firstContactResolutionPercent: percent()
    .nullish()
    .transform((value) => value ?? null),
  csatPercent: percent()
    .nullish()
    .transform((value) => value ?? null),
  employedAt30Days: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
  employedAt90Days: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
});
export type RecordOutcomes = z.output<typeof recordOutcomesSchema>;

export const candidateOutcomesSchema = z.object({
  candidateId: z.uuid(),
  nestingQaScore: z.number().nullable(),
  averageHandleTimeSeconds: z.number().int().nullable(),
  firstContactResolutionPercent: z.number().nullable(),
  csatPercent: z.number().nullable(),
  employedAt30Days: z.boolean().nullable(),
  employedAt90Days: z.boolean().nullable(),
  /** Null until someone records them. */
  recordedAt: z.iso.datetime({ offset: true }).nullable(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type CandidateOutcomes = z.infer<typeof candidateOutcomesSchema>;

/** Which candidates a validity report looks at. */
export const validityFiltersSchema = z.object({
  /** Candidates of this job. */
  jobId: z.uuid().optional(),
  /** Candidates of jobs at this site. */
  site: text().trim().min(1).max(200).optional(),
  /** Whose rounds were scored with this rubric (any version); the most used one when left out. */
  rubricId: z.uuid().optional(),
});
export type ValidityFilters = z.output<typeof validityFiltersSchema>;

/**
 * - predicts: the hires' own 95% interval and the corrected one both lie on the side of better
 *   outcomes, and the corrected r is at least VALIDITY_MIN_USEFUL_R;
 * - predicts_nothing: either interval includes no relation, or the relation is too small to use;
 * - backwards: higher scores go with worse outcomes (the same conditions, the other side);
 * - too_few: fewer hired candidates with this outcome than `minN`: no verdict.
 */
export const validityVerdictSchema = z.enum([
  'predicts',
  'predicts_nothing',
  'backwards',
  'too_few',
]);
export type ValidityVerdict = z.infer<typeof validityVerdictSchema>;

export const validityPredictorSchema = z.object({
  /** "overall", or the category's or question's lineage id (stable across rubric versions). */
  key: z.string(),
  kind: z.enum(['overall', 'category', 'question']),
  /** The text in the rubric's latest version. */
  label: z.string(),
  /** A question's category key. */
  categoryKey: z.string().nullable(),
  /** Applicants in scope scored on it. */
  scored: z.number().int(),
  /** Of which hired with outcomes. */
  hiredScored: z.number().int(),
});
export type ValidityPredictor = z.infer<typeof validityPredictorSchema>;

export const validityCellSchema = z.object({
  predictor: z.string(),
  outcome: outcomeKeySchema,
  /** Hired candidates scored on the predictor with this outcome recorded. */
  n: z.number().int(),
  /** Pearson correlation among them, with its 95% interval (Fisher z). */
  observed: estimateSchema,
  /**
   * The same, corrected for range restriction: Thorndike case II for the overall score (hires
   * were picked on it), case III through the overall score for categories and questions.
   */
  corrected: estimateSchema,
  /**
   * Applicants' SD over the hires' SD (u), of the overall score: how much hiring narrowed it.
   * Null when undefined (then corrected = observed).
   */
  sdRatio: z.number().nullable(),
  correction: z.enum(['direct', 'indirect']).nullable(),
  /** Binary outcomes: how often a candidate with the outcome outscores one without (0.5 = chance). */
  auc: estimateSchema.nullable(),
  verdict: validityVerdictSchema,
});
export type ValidityCell = z.infer<typeof validityCellSchema>;

export const validityReportSchema = z.object({
  scope: z.object({
    jobId: z.uuid().nullable(),
    site: z.string().nullable(),
    rubricId: z.uuid().nullable(),
    rubricName: z.string().nullable(),
  }),
  /**
   * When the interview figures were summed: after the latest calibration fit, with its leniency.
   * Scorecards submitted and candidates hired since count from the next fit; outcomes are read
   * as they are now. Null before the first fit (no applicants then).
   */
  aggregatedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Candidates in scope with a submitted scorecard on the rubric. */
  applicants: z.number().int(),
  /** Of which hired with at least one outcome recorded. */
  hiredWithOutcomes: z.number().int(),
  /** Below this many pairs a cell gets no verdict. */
  minN: z.number().int(),
  outcomes: z.array(z.object({ key: outcomeKeySchema, recorded: z.number().int() })),
  predictors: z.array(validityPredictorSchema),
  cells: z.array(validityCellSchema),
  /** What the viewer may narrow the report to (hiring managers: their jobs). */
  options: z.object({
    jobs: z.array(z.object({ id: z.uuid(), title: z.string(), site: z.string() })),
    sites: z.array(z.string()),
    rubrics: z.array(z.object({ id: z.uuid(), name: z.string() })),
  }),
});
export type ValidityReport = z.infer<typeof validityReportSchema>;

/** Below this many hired candidates with an outcome, a correlation is not worth a verdict. */
export const VALIDITY_MIN_N = 30;

/** The smallest corrected correlation called a prediction (Cohen's "small" effect). */
export const VALIDITY_MIN_USEFUL_R = 0.1;
