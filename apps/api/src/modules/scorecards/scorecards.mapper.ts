import { Answer, Scorecard, ScoreSummary } from '@calibrate/contracts';

import { AnswerRow, ScorecardRow } from './scorecards.repository';

export function toAnswer(row: AnswerRow): Answer {
  return {
    questionId: row.question_id,
    rating: row.rating,
    notAsked: row.not_asked,
    note: row.note,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toScorecard(
  row: ScorecardRow,
  answers: AnswerRow[],
  scores: ScoreSummary,
): Scorecard {
  return {
    id: row.id,
    roundId: row.round_id,
    candidateId: row.candidate_id,
    rubricVersionId: row.rubric_version_id,
    interviewerId: row.interviewer_id,
    interviewerName: row.interviewer_name,
    status: row.status,
    recommendation: row.recommendation,
    summary: row.summary,
    declinedReason: row.declined_reason,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    version: row.version,
    answers: answers.map(toAnswer),
    scores,
  };
}
