import { Candidate, CandidateDetail, StageEvent } from '@calibrate/contracts';

import { visibleKnockOuts } from '../knock-outs/knock-outs.mapper';
import { CandidateFields, CandidateRow, StageEventRow } from './candidates.repository';

export function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    jobId: row.job_id,
    stage: row.stage,
    stageChangedAt: row.stage_changed_at.toISOString(),
    source: row.source,
    languages: row.languages,
    shiftAvailability: row.shift_availability,
    typingWpm: row.typing_wpm,
    notes: row.notes,
    score: row.score_hidden ? null : row.score,
    correctedScore: row.score_hidden ? null : row.corrected_score,
    panelSplit: !row.score_hidden && row.panel_split,
    scoreHidden: row.score_hidden ?? false,
    knockOuts: visibleKnockOuts(row.knock_outs, row.score_hidden ?? false),
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}

export function toCandidateDetail(row: CandidateRow, history: StageEventRow[]): CandidateDetail {
  return {
    ...toCandidate(row),
    stageHistory: history.map((event): StageEvent => ({
      id: event.id,
      fromStage: event.from_stage,
      toStage: event.to_stage,
      reason: event.reason,
      actorId: event.actor_id,
      createdAt: event.created_at.toISOString(),
    })),
  };
}

export function toFields(candidate: Candidate): CandidateFields {
  return {
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone,
    jobId: candidate.jobId,
    source: candidate.source,
    languages: candidate.languages,
    shiftAvailability: candidate.shiftAvailability,
    typingWpm: candidate.typingWpm,
    notes: candidate.notes,
  };
}
