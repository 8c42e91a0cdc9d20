import { z } from 'zod';

/** Below this many linked scorecards an interviewer is "not yet calibrated" (and barely corrected). */
export const CALIBRATED_MIN_LINKED = 30;

/** Published benchmarks of interview reliability (Huffcutt, Culbertson & Weyhrauch, 2013). */
export const RELIABILITY_BENCHMARKS = { panel: 0.74, separate: 0.44 } as const;

export const estimateSchema = z.object({
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});
export type Estimate = z.infer<typeof estimateSchema>;

export const reliabilitySchema = z.object({
  /** One interviewer's rating, absolute agreement: what a candidate's score is worth when the interviewer is drawn at random. */
  absolute: estimateSchema,
  /** One interviewer's rating, consistency: the same once each interviewer's leniency is taken out. */
  consistency: estimateSchema,
  /** The mean of a panel of `panelSize` interviewers, absolute agreement. */
  absoluteK: estimateSchema,
  consistencyK: estimateSchema,
});
export type Reliability = z.infer<typeof reliabilitySchema>;

export const calibrationFitStatusSchema = z.enum(['running', 'succeeded', 'failed']);
export const calibrationTriggerSchema = z.enum(['manual', 'submissions', 'nightly']);

export const calibrationFitSchema = z.object({
  id: z.string(),
  trigger: calibrationTriggerSchema,
  status: calibrationFitStatusSchema,
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  scorecards: z.number().int(),
  candidates: z.number().int(),
  interviewers: z.number().int(),
  error: z.string().nullable(),
});
export type CalibrationFit = z.infer<typeof calibrationFitSchema>;

export const interviewerCalibrationSchema = z.object({
  interviewerId: z.uuid(),
  interviewerName: z.string(),
  /** Rating points above (+) or below (−) the average interviewer; null when not comparable. */
  leniency: z.number().nullable(),
  standardError: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  scorecards: z.number().int(),
  /** Scorecards of candidates someone else also scored: what links this interviewer to the others. */
  linkedScorecards: z.number().int(),
  /** At least CALIBRATED_MIN_LINKED linked scorecards; below that the correction is shrunk to almost nothing. */
  calibrated: z.boolean(),
  /** In the main connected group of interviewers; leniency elsewhere has no common reference. */
  comparable: z.boolean(),
  /** Their spread of ratings against the median interviewer's: below 1 uses less of the scale. */
  spreadRatio: z.number().nullable(),
  /** Mean distance, in rating points, from the rest of the panel on the same candidate and category. */
  agreementMad: z.number().nullable(),
  agreementCorrelation: z.number().nullable(),
  /** How much more their category scores move together than the median interviewer's. */
  haloExcess: z.number().nullable(),
  categories: z.array(
    z.object({
      lineageId: z.uuid(),
      name: z.string(),
      leniency: z.number().nullable(),
      standardError: z.number().nullable(),
    }),
  ),
});
export type InterviewerCalibration = z.infer<typeof interviewerCalibrationSchema>;

export const categoryReliabilitySchema = z.object({
  lineageId: z.uuid(),
  name: z.string(),
  reliability: reliabilitySchema,
});

export const calibrationReportSchema = z.object({
  /** The fit the figures come from; null before the first one. */
  fit: calibrationFitSchema.nullable(),
  /** A fit started and not yet finished. */
  running: calibrationFitSchema.nullable(),
  panelSize: z.number().nullable(),
  reliability: reliabilitySchema.nullable(),
  categories: z.array(categoryReliabilitySchema),
  varianceComponents: z
    .object({
      candidate: z.number().nullable(),
      interviewer: z.number().nullable(),
      residual: z.number().nullable(),
    })
    .nullable(),
  connectivity: z
    .object({
      components: z.number().int(),
      outsideInterviewers: z.number().int(),
      outsideCandidates: z.number().int(),
    })
    .nullable(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  interviewers: z.array(interviewerCalibrationSchema),
});
export type CalibrationReport = z.infer<typeof calibrationReportSchema>;

export const startCalibrationFitSchema = z.object({}).strict();
