import { z } from 'zod';

import { text } from '../common/text.schema';

/** Below this many linked scorecards an interviewer is "not yet calibrated" (and barely corrected). */
export const CALIBRATED_MIN_LINKED = 30;

/** Published benchmarks of interview reliability (Huffcutt, Culbertson & Weyhrauch, 2013). */
export const RELIABILITY_BENCHMARKS = { panel: 0.74, separate: 0.44 } as const;

/**
 * Krippendorff's (2004) guide for alpha: rely on data at .80 or above, draw only tentative
 * conclusions between .667 and .80, and none below.
 */
export const ALPHA_BENCHMARKS = { reliable: 0.8, tentative: 0.667 } as const;

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

/** A calendar month as the API takes and gives it: "2026-03". */
export const calendarMonthSchema = text().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  message: 'Give a month as YYYY-MM, such as 2026-03.',
});

const calibrationFilterFields = z.object({
  /** Scorecards of rounds on this job. */
  jobId: z.uuid().optional(),
  /** Scorecards of rounds on jobs at this site. */
  site: text().trim().min(1).max(200).optional(),
  /** Scorecards of rounds scored with this rubric (any version). */
  rubricId: z.uuid().optional(),
  /** Rounds held in this month or later (UTC). */
  from: calendarMonthSchema.optional(),
  /** Rounds held in this month or earlier (UTC). */
  to: calendarMonthSchema.optional(),
});

/**
 * Which scorecards the Calibration page looks at: the interviewer list narrows to those with
 * submitted scorecards in scope (with their counts), and the period bounds the monthly trend.
 * Leniency and reliability stay the whole fit's: a filter chooses whom to look at, not what
 * their figures are computed from.
 */
export const calibrationFiltersSchema = calibrationFilterFields.refine(
  (filters) => !filters.from || !filters.to || filters.from <= filters.to,
  { message: 'The first month must not be after the last.', path: ['from'] },
);
export type CalibrationFilters = z.output<typeof calibrationFiltersSchema>;

/** An interviewer's leniency in one calendar month of the fit. */
export const calibrationMonthSchema = z.object({
  month: calendarMonthSchema,
  /** Rating points above (+) or below (−) the average interviewer that month; null without linked scorecards. */
  leniency: z.number().nullable(),
  standardError: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  scorecards: z.number().int(),
  /** Of which linked (the candidate was also scored by someone else): the only ones that carry evidence. */
  linkedScorecards: z.number().int(),
});
export type CalibrationMonth = z.infer<typeof calibrationMonthSchema>;

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
  /**
   * Submitted scorecards in the filters' scope (now, not at the fit); null when the view is not
   * narrowed (an admin without filters: all of them).
   */
  scorecardsInScope: z.number().int().nullable(),
  /** Leniency per calendar month, oldest first, within the period filter. */
  trend: z.array(calibrationMonthSchema),
});
export type InterviewerCalibration = z.infer<typeof interviewerCalibrationSchema>;

export const categoryReliabilitySchema = z.object({
  lineageId: z.uuid(),
  name: z.string(),
  reliability: reliabilitySchema,
});

/**
 * Ordinal Krippendorff's alpha over panel rounds (two or more interviewers scoring one interview):
 * how far panel members agree, their leniency differences included. Needs no model.
 */
export const panelAgreementSchema = z.object({
  /** Alpha of the scorecard scores. */
  overall: estimateSchema,
  categories: z.array(z.object({ lineageId: z.uuid(), name: z.string(), alpha: estimateSchema })),
  /** Panel rounds behind the figures. */
  panels: z.number().int(),
});
export type PanelAgreement = z.infer<typeof panelAgreementSchema>;

/** What the viewer may filter by: hiring managers only their own jobs (and those jobs' sites and rubrics). */
export const calibrationFilterOptionsSchema = z.object({
  jobs: z.array(z.object({ id: z.uuid(), title: z.string(), site: z.string() })),
  sites: z.array(z.string()),
  rubrics: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Months of the fit's trend, oldest first. */
  months: z.array(calendarMonthSchema),
});
export type CalibrationFilterOptions = z.infer<typeof calibrationFilterOptionsSchema>;

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
  /** Null before a fit that computed it (and with no panel rounds it has no value). */
  panelAgreement: panelAgreementSchema.nullable(),
  filters: z.object({ applied: calibrationFilterFields, options: calibrationFilterOptionsSchema }),
  interviewers: z.array(interviewerCalibrationSchema),
});
export type CalibrationReport = z.infer<typeof calibrationReportSchema>;

export const startCalibrationFitSchema = z.object({}).strict();
