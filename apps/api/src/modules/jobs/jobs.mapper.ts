import { CreateJob, Job } from '@calibrate/contracts';

import { JobRelations, JobRow } from './jobs.repository';

export function toJob(row: JobRow, relations: JobRelations): Job {
  return {
    id: row.id,
    title: row.title,
    clientProgram: row.client_program,
    site: row.site,
    language: row.language,
    shift: row.shift,
    headcount: row.headcount,
    status: row.status,
    hiringManagerIds: relations.managers.filter((m) => m.job_id === row.id).map((m) => m.user_id),
    interviewPlan: relations.plan
      .filter((round) => round.job_id === row.id)
      .map((round) => ({
        id: round.id,
        position: round.position,
        name: round.name,
        rubricId: round.rubric_id,
        rubricName: round.rubric_name,
        currentRubricVersionId: round.current_version_id,
        defaultInterviewerIds: round.default_interviewer_ids,
      })),
    feedbackDueHours: row.feedback_due_hours,
    knockOutRules: {
      minLanguageLevel: row.knock_out_min_language_level,
      requireShift: row.knock_out_requires_shift,
      minTypingWpm: row.knock_out_min_typing_wpm,
    },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A job as its editable fields, for updates and audit before/after. */
export function toJobFields(job: Job): CreateJob {
  return {
    title: job.title,
    clientProgram: job.clientProgram,
    site: job.site,
    language: job.language,
    shift: job.shift,
    headcount: job.headcount,
    status: job.status,
    hiringManagerIds: job.hiringManagerIds,
    interviewPlan: job.interviewPlan.map((round) => ({
      name: round.name,
      rubricId: round.rubricId,
      defaultInterviewerIds: round.defaultInterviewerIds,
    })),
    feedbackDueHours: job.feedbackDueHours,
    knockOutRules: job.knockOutRules,
  };
}
