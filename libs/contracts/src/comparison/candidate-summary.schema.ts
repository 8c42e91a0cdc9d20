import { z } from 'zod';

import { candidateStageSchema } from '../candidates/candidates.schema';
import { roundStatusSchema, scorecardStatusSchema } from '../interviews/interviews.schema';
import { knockOutSchema } from '../knock-outs/knock-outs.schema';
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
  /**
   * The interviewer's leniency in the latest calibration fit (rating points above the average
   * interviewer); null before any fit or outside the main connected group.
   */
  leniency: z.number().nullable(),
  /** Fewer linked scorecards than calibration needs: its leniency barely corrects. */
  calibrated: z.boolean().nullable(),
  /** The weighted score with this interviewer's leniency taken out. */
  correctedScore100: z.number().nullable(),
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
  /** The panel's weighted score with the panel's mean leniency taken out. */
  correctedScore100: z.number().nullable(),
  /**
   * The panel split (PANEL_SPLIT_QUESTION_SHARE: recommendations two or more steps apart, or a
   * third of the co-rated questions DISAGREEMENT_SPREAD or more apart): its average hides it, a
   * debrief should not.
   */
  panelSplit: z.boolean(),
  interviewers: z.array(interviewerResultSchema),
  recommendations: recommendationCountsSchema,
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const overallScoreSchema = z.object({
  /** Mean of the scored rounds' weighted 0–100 scores. */
  weightedScore100: z.number().nullable(),
  /** Mean of the scored rounds' leniency-corrected scores (see the README on calibration). */
  correctedScore100: z.number().nullable(),
  scoredRounds: z.number().int(),
  /** Distinct interviewers with a submitted scorecard. */
  interviewers: z.number().int(),
  recommendations: recommendationCountsSchema,
  /**
   * Per category name, the mean of the rounds' category scores (1–5) and on 0–100; corrected:
   * each round's category score less its panel's mean (overall) leniency, kept on 1–5.
   */
  categories: z.array(
    z.object({
      name: z.string(),
      score: z.number().nullable(),
      score100: z.number().nullable(),
      correctedScore: z.number().nullable(),
      correctedScore100: z.number().nullable(),
    }),
  ),
});
export type OverallScore = z.infer<typeof overallScoreSchema>;

export const candidateSummarySchema = z.object({
  candidateId: z.uuid(),
  candidateName: z.string(),
  stage: candidateStageSchema,
  /** The knock-out rules the candidate misses (as the candidate's `knockOuts`). */
  knockOuts: z.array(knockOutSchema),
  overall: overallScoreSchema,
  rounds: z.array(roundSummarySchema),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;
