import { z } from 'zod';

import { idListSchema } from '../common/id-list.schema';
import { pageQuerySchema, paginated } from '../common/pagination.schema';
import { text } from '../common/text.schema';

export const roundStatuses = ['scheduled', 'completed', 'cancelled', 'no_show'] as const;
export const roundStatusSchema = z.enum(roundStatuses);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

export const scorecardStatuses = ['draft', 'submitted', 'declined'] as const;
export const scorecardStatusSchema = z.enum(scorecardStatuses);
export type ScorecardStatus = z.infer<typeof scorecardStatusSchema>;

export const createRoundSchema = z.object({
  candidateId: z.uuid(),
  jobId: z.uuid(),
  name: text().trim().min(1, 'Name the round.').max(120),
  /** Omitted: the current published version of the rubric of the plan round with this name. */
  rubricVersionId: z.uuid().optional(),
  scheduledAt: z.iso.datetime({ offset: true }),
  interviewerIds: z.array(z.uuid()).min(1, 'Assign at least one interviewer.').max(8),
});
export type CreateRoundInput = z.input<typeof createRoundSchema>;
export type CreateRound = z.output<typeof createRoundSchema>;

/** Reschedule, or record what happened: cancelled, or the candidate did not attend. */
export const updateRoundSchema = z
  .object({
    scheduledAt: z.iso.datetime({ offset: true }),
    status: z.enum(['scheduled', 'cancelled', 'no_show']),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field.');
export type UpdateRound = z.output<typeof updateRoundSchema>;

export const roundScorecardSummarySchema = z.object({
  id: z.uuid(),
  interviewerId: z.uuid(),
  interviewerName: z.string(),
  status: scorecardStatusSchema,
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  declinedReason: z.string().nullable(),
});

export const interviewRoundSchema = z.object({
  id: z.uuid(),
  candidateId: z.uuid(),
  candidateName: z.string(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  name: z.string(),
  rubricVersionId: z.uuid(),
  rubricName: z.string(),
  rubricVersion: z.number().int(),
  scheduledAt: z.iso.datetime({ offset: true }),
  status: roundStatusSchema,
  scorecards: z.array(roundScorecardSummarySchema),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type InterviewRound = z.infer<typeof interviewRoundSchema>;

export const listRoundsQuerySchema = pageQuerySchema.extend({
  candidateId: z.uuid().optional(),
  jobId: z.uuid().optional(),
  interviewerId: z.uuid().optional(),
  status: roundStatusSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type ListRoundsQuery = z.output<typeof listRoundsQuerySchema>;

export const interviewRoundPageSchema = paginated(interviewRoundSchema);
export type InterviewRoundPage = z.infer<typeof interviewRoundPageSchema>;

export const roundIdParamsSchema = z.object({ roundId: z.uuid() });

/**
 * Rounds have no length of their own: two rounds closer than this in time overlap (the same
 * round of one candidate is a duplicate; one interviewer in both is double-booked).
 */
export const ROUND_SLOT_MINUTES = 60;

/** Who of these interviewers already has a scheduled round overlapping this time. */
export const roundBookingsQuerySchema = z.object({
  interviewerIds: idListSchema(z.array(z.uuid()).min(1).max(8)),
  scheduledAt: z.iso.datetime({ offset: true }),
});
export type RoundBookingsQuery = z.output<typeof roundBookingsQuerySchema>;

export const roundBookingSchema = z.object({
  interviewerId: z.uuid(),
  interviewerName: z.string(),
  roundId: z.uuid(),
  /** The round's name only: the candidate may be of a job the viewer does not see. */
  roundName: z.string(),
  scheduledAt: z.iso.datetime({ offset: true }),
});
export const roundBookingsSchema = z.object({ bookings: z.array(roundBookingSchema) });
export type RoundBookings = z.infer<typeof roundBookingsSchema>;
