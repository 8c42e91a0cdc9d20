import { z } from 'zod';

import { roundStatusSchema, scorecardStatusSchema } from '../interviews/interviews.schema';

/*
 * Live updates (server-sent events on GET /api/v1/events). An event says what changed, by ids and
 * counts the viewer may see, never a rating, note, recommendation or score: the web refetches what
 * it shows (its own reads apply the access and independence rules), or updates a panel's progress.
 */

/** Where an interviewer stands on a round's scorecard: started, answered of total, submitted. */
export const scorecardProgressEventSchema = z.object({
  id: z.string(),
  kind: z.enum(['scorecard.progress', 'scorecard.submitted', 'scorecard.declined']),
  roundId: z.uuid(),
  candidateId: z.uuid(),
  jobId: z.uuid(),
  scorecardId: z.uuid(),
  interviewerId: z.uuid(),
  status: scorecardStatusSchema,
  /** Questions rated or marked not asked, of the pinned rubric version's `questions`. */
  answered: z.number().int().min(0),
  questions: z.number().int().min(0),
});

/** A round was scheduled, rescheduled, cancelled, marked a no-show or completed. */
export const roundEventSchema = z.object({
  id: z.string(),
  kind: z.enum(['round.scheduled', 'round.updated']),
  roundId: z.uuid(),
  candidateId: z.uuid(),
  jobId: z.uuid(),
  status: roundStatusSchema,
});

/** A candidate moved to another stage (the stage itself is read from the API). */
export const candidateEventSchema = z.object({
  id: z.string(),
  kind: z.literal('candidate.stage_changed'),
  candidateId: z.uuid(),
  jobId: z.uuid().nullable(),
});

export const liveEventSchema = z.discriminatedUnion('kind', [
  scorecardProgressEventSchema,
  roundEventSchema,
  candidateEventSchema,
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
export type LiveEventKind = LiveEvent['kind'];
export type ScorecardProgressEvent = z.infer<typeof scorecardProgressEventSchema>;

/**
 * Sent instead of the missed events when a reconnecting client's Last-Event-ID is older than the
 * server keeps (or unknown): the client refetches everything it shows.
 */
export const LIVE_RESYNC_EVENT = 'resync';
/** Sent before the stream closes because the session ended (signed out, expired, deactivated). */
export const LIVE_SESSION_ENDED_EVENT = 'session-ended';

/** One interviewer's progress on a round, as the panel progress read returns it. */
export const panelMemberProgressSchema = z.object({
  scorecardId: z.uuid(),
  interviewerId: z.uuid(),
  interviewerName: z.string(),
  status: scorecardStatusSchema,
  answered: z.number().int().min(0),
  questions: z.number().int().min(0),
});
export type PanelMemberProgress = z.infer<typeof panelMemberProgressSchema>;

/** GET /api/v1/interview-rounds/:roundId/progress: who has started, how far, who submitted. */
export const roundProgressSchema = z.object({
  roundId: z.uuid(),
  roundStatus: roundStatusSchema,
  panel: z.array(panelMemberProgressSchema),
});
export type RoundProgress = z.infer<typeof roundProgressSchema>;
