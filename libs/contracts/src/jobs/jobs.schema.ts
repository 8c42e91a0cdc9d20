import { z } from 'zod';

import { pageQuerySchema, paginated } from '../common/pagination.schema';
import { text } from '../common/text.schema';
import { jobKnockOutRulesSchema, noJobKnockOutRules } from '../knock-outs/knock-outs.schema';
import { jobShiftSchema } from './job-shifts.schema';

export type { JobShift } from './job-shifts.schema';
export { jobShifts, jobShiftSchema } from './job-shifts.schema';

export const jobStatuses = ['open', 'on_hold', 'closed'] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** One round every candidate of the job goes through, scored with a rubric. */
export const planRoundInputSchema = z.object({
  name: text().trim().min(1, 'Name the round.').max(120),
  rubricId: z.uuid(),
  /** Who is put on the panel by default when a round of this plan is scheduled. */
  defaultInterviewerIds: z.array(z.uuid()).max(8).default([]),
});

/**
 * Hours after a round's start by which its scorecards are due, for this job; null: the default
 * (the API's FEEDBACK_DUE_HOURS setting).
 */
export const feedbackDueHoursSchema = z
  .number()
  .int('Whole hours, please.')
  .min(1, 'At least 1 hour.')
  .max(720, 'At most 720 hours (30 days).')
  .nullable();

const jobFields = {
  title: text().trim().min(1, 'Give the job a title.').max(200),
  clientProgram: text().trim().min(1, 'Name the client program.').max(200),
  site: text().trim().min(1, 'Name the site.').max(200),
  language: text().trim().min(1, 'Name the language.').max(60),
  shift: jobShiftSchema,
  headcount: z.number().int().min(1).max(100000),
  status: jobStatusSchema,
  hiringManagerIds: z.array(z.uuid()).max(20),
  interviewPlan: z.array(planRoundInputSchema).max(12),
  feedbackDueHours: feedbackDueHoursSchema,
  knockOutRules: jobKnockOutRulesSchema,
};

export const createJobSchema = z.object({
  ...jobFields,
  status: jobFields.status.default('open'),
  hiringManagerIds: jobFields.hiringManagerIds.default([]),
  interviewPlan: jobFields.interviewPlan.default([]),
  feedbackDueHours: jobFields.feedbackDueHours.default(null),
  knockOutRules: jobFields.knockOutRules.default(noJobKnockOutRules),
});
export type CreateJobInput = z.input<typeof createJobSchema>;
export type CreateJob = z.output<typeof createJobSchema>;

export const updateJobSchema = z
  .object(jobFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field.');
export type UpdateJob = z.output<typeof updateJobSchema>;

export const planRoundSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  rubricId: z.uuid(),
  rubricName: z.string(),
  /** The rubric version a round scheduled now would pin; null while the rubric has none published. */
  currentRubricVersionId: z.uuid().nullable(),
  defaultInterviewerIds: z.array(z.uuid()),
});
export type PlanRound = z.infer<typeof planRoundSchema>;

export const jobSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  clientProgram: z.string(),
  site: z.string(),
  language: z.string(),
  shift: jobShiftSchema,
  headcount: z.number().int(),
  status: jobStatusSchema,
  hiringManagerIds: z.array(z.uuid()),
  interviewPlan: z.array(planRoundSchema),
  /** This job's feedback deadline in hours; null: the default. */
  feedbackDueHours: z.number().int().nullable(),
  /** Minimum facts a candidate of this job must meet whatever their score. */
  knockOutRules: jobKnockOutRulesSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Job = z.infer<typeof jobSchema>;

export const listJobsQuerySchema = pageQuerySchema.extend({ status: jobStatusSchema.optional() });
export type ListJobsQuery = z.output<typeof listJobsQuerySchema>;

export const jobPageSchema = paginated(jobSchema);
export type JobPage = z.infer<typeof jobPageSchema>;

export const jobIdParamsSchema = z.object({ jobId: z.uuid() });
