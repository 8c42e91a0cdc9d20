import { z } from 'zod';

import { text } from '../common/text.schema';

/**
 * The per-rubric question analysis (issue 21): for each question of a rubric, pooled across its
 * versions by lineage, how often it is asked, how it is rated, how well it separates candidates,
 * how much of it is candidate rather than interviewer, and how often applicants at one site hear
 * it in one week. Admins only (it is a rubric-design tool).
 */

/** Below this many scorecards with the question and another of its category: no item–rest r. */
export const QUESTION_ANALYSIS_MIN_SCORECARDS = 30;
/** Below this many panels (rounds with ≥ 2 ratings of the question): no candidate share. */
export const QUESTION_ANALYSIS_MIN_PANELS = 20;

export const questionAnalysisParamsSchema = z.object({ rubricId: z.uuid() });

/** Which rounds the analysis looks at: those of one job, or of the jobs at one site. */
export const questionAnalysisQuerySchema = z.object({
  jobId: z.uuid().optional(),
  site: text().trim().min(1).max(200).optional(),
});
export type QuestionAnalysisQuery = z.output<typeof questionAnalysisQuerySchema>;

export const siteWeekSchema = z.object({
  site: z.string(),
  /** ISO week of the rounds' scheduled start (UTC), e.g. "2026-W07". */
  week: z.string(),
  /** Interviews (rounds) in which the question was asked and rated. */
  asked: z.number().int(),
});
export type SiteWeek = z.infer<typeof siteWeekSchema>;

export const questionAnalysisQuestionSchema = z.object({
  lineageId: z.uuid(),
  /** The text in the latest published version that has the question. */
  text: z.string(),
  /** In the latest published version (false: dropped since; its history still counts). */
  inLatestVersion: z.boolean(),
  /** Answers with a rating on submitted scorecards in scope. */
  asked: z.number().int(),
  /** Answers marked "not asked". */
  notAsked: z.number().int(),
  /** notAsked / (asked + notAsked); null without either. */
  notAskedShare: z.number().nullable(),
  /** Counts of ratings 1..5 (index 0 = rating 1). */
  distribution: z.array(z.number().int()).length(5),
  /** Mean raw rating (before leniency correction); null when never rated. */
  mean: z.number().nullable(),
  /**
   * Pearson r between the question's leniency-corrected rating and the mean corrected rating of
   * the other questions of its category on the same scorecard; null below
   * QUESTION_ANALYSIS_MIN_SCORECARDS such scorecards (always for a single-question category).
   */
  itemRest: z.object({ r: z.number().nullable(), scorecards: z.number().int() }),
  /**
   * One-way random-effects ICC(1) of the corrected rating with the round (candidate) as group:
   * the share of its variance that is the candidate, not who interviewed. Can be negative (none).
   * Null below QUESTION_ANALYSIS_MIN_PANELS panels.
   */
  candidateShare: z.object({ icc: z.number().nullable(), panels: z.number().int() }),
  exposure: z.object({
    /** The site-week in which it was asked most; null when never asked. */
    peak: siteWeekSchema.nullable(),
    /** Every site-week above the threshold, newest first. */
    overThreshold: z.array(siteWeekSchema),
  }),
});
export type QuestionAnalysisQuestion = z.infer<typeof questionAnalysisQuestionSchema>;

export const questionAnalysisCategorySchema = z.object({
  lineageId: z.uuid(),
  name: z.string(),
  /** Question lineages the category has had (fewer than 2: no item–rest correlation). */
  questions: z.array(questionAnalysisQuestionSchema),
});
export type QuestionAnalysisCategory = z.infer<typeof questionAnalysisCategorySchema>;

export const questionAnalysisSchema = z.object({
  rubric: z.object({
    id: z.uuid(),
    name: z.string(),
    /** The newest published version; null while the rubric has only a draft. */
    latestVersionId: z.uuid().nullable(),
    latestVersion: z.number().int().nullable(),
    /** The open draft, if any: where a question gets fixed. */
    draftVersionId: z.uuid().nullable(),
    draftVersion: z.number().int().nullable(),
  }),
  scope: z.object({ jobId: z.uuid().nullable(), site: z.string().nullable() }),
  /**
   * When the figures were summed: after the latest calibration fit, with its leniency (issue 21:
   * one pass per fit, not per request). Scorecards submitted since count from the next fit; null
   * before the first fit (every figure then empty).
   */
  aggregatedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Submitted scorecards in scope of rounds scored with the rubric (any version). */
  scorecards: z.number().int(),
  /** Rounds among them with at least two submitted scorecards. */
  panels: z.number().int(),
  rules: z.object({
    minScorecards: z.number().int(),
    minPanels: z.number().int(),
    /** QUESTION_EXPOSURE_WARN_PER_WEEK: more interviews than this in one site-week warn. */
    exposureWarnPerWeek: z.number().int(),
  }),
  categories: z.array(questionAnalysisCategorySchema),
  /** The jobs that used the rubric, and their sites: what the report may be narrowed to. */
  options: z.object({
    jobs: z.array(z.object({ id: z.uuid(), title: z.string(), site: z.string() })),
    sites: z.array(z.string()),
  }),
});
export type QuestionAnalysis = z.infer<typeof questionAnalysisSchema>;
