import { z } from 'zod';

import { roundStatusSchema, scorecardStatusSchema } from './interviews.schema';

/** A round the signed-in user sits on, seen through their own scorecard. */
export const myInterviewSchema = z.object({
  roundId: z.uuid(),
  scorecardId: z.uuid(),
  candidateId: z.uuid(),
  candidateName: z.string(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  roundName: z.string(),
  scheduledAt: z.iso.datetime({ offset: true }),
  roundStatus: roundStatusSchema,
  scorecardStatus: scorecardStatusSchema,
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  declinedReason: z.string().nullable(),
  /** Questions rated or marked not asked, of the pinned rubric version's questions. */
  answered: z.number().int(),
  questions: z.number().int(),
  /** The round was more than a day ago and this scorecard is still a draft. */
  overdue: z.boolean(),
});
export type MyInterview = z.infer<typeof myInterviewSchema>;

/** How long after the round a draft scorecard counts as overdue. */
export const FEEDBACK_DUE_HOURS = 24;
export const MY_INTERVIEWS_OPEN_LIMIT = 200;
export const MY_INTERVIEWS_RECENT_DAYS = 14;

export const myInterviewsSchema = z.object({
  /**
   * Draft scorecards of rounds still to happen or to be scored: overdue first (oldest first),
   * then the rest by time. At most MY_INTERVIEWS_OPEN_LIMIT; `openTotal` counts them all.
   */
  open: z.array(myInterviewSchema),
  openTotal: z.number().int(),
  /** Submitted or declined scorecards and rounds that did not happen, of the last 14 days. */
  recent: z.array(myInterviewSchema),
});
export type MyInterviews = z.infer<typeof myInterviewsSchema>;
