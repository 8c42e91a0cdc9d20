import { InterviewRound, MyInterview } from '@calibrate/contracts';

import { RoundRow, RoundScorecardRow } from './interviews.repository';
import { MyInterviewRow } from './my-interviews.repository';

export function toInterviewRound(row: RoundRow, scorecards: RoundScorecardRow[]): InterviewRound {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    jobId: row.job_id,
    jobTitle: row.job_title,
    name: row.name,
    rubricVersionId: row.rubric_version_id,
    rubricName: row.rubric_name,
    rubricVersion: row.rubric_version,
    scheduledAt: row.scheduled_at.toISOString(),
    status: row.status,
    scorecards: scorecards
      .filter((scorecard) => scorecard.round_id === row.id)
      .map((scorecard) => ({
        id: scorecard.id,
        interviewerId: scorecard.interviewer_id,
        interviewerName: scorecard.interviewer_name,
        status: scorecard.status,
        submittedAt: scorecard.submitted_at?.toISOString() ?? null,
        declinedReason: scorecard.declined_reason,
      })),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toMyInterview(row: MyInterviewRow): MyInterview {
  return {
    roundId: row.round_id,
    scorecardId: row.scorecard_id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    jobId: row.job_id,
    jobTitle: row.job_title,
    roundName: row.round_name,
    scheduledAt: row.scheduled_at.toISOString(),
    roundStatus: row.round_status,
    scorecardStatus: row.scorecard_status,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    declinedReason: row.declined_reason,
    answered: row.answered,
    questions: row.questions,
    overdue: row.overdue,
  };
}
