import { z } from 'zod';

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
  /**
   * When the interviewer was last reminded of it (by hand or by the due-finder); null if never.
   * The API always sends it (optional only for clients and fixtures older than reminders).
   */
  lastRemindedAt: z.iso.datetime({ offset: true }).nullish(),
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
      /** The latest reminder about any of their owed scorecards. */
      lastRemindedAt: z.iso.datetime({ offset: true }).nullish(),
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
