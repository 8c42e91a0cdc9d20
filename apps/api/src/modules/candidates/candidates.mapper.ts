import {
  Candidate,
  CandidateDetail,
  CandidateStage,
  JobShift,
  LanguageSkill,
  StageEvent,
} from '@calibrate/contracts';

import { CandidateFields } from './candidates.repository';

/** A candidates row as the repository reads it. */
export interface CandidateRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  job_id: string | null;
  stage: CandidateStage;
  stage_changed_at: Date;
  source: Candidate['source'];
  languages: LanguageSkill[];
  shift_availability: JobShift[];
  typing_wpm: number | null;
  notes: string;
  score: number | null;
  /** The score exactly as stored, for cursors. */
  score_text: string | null;
  /** Set by lists: the caller may not see the stored score. */
  score_hidden?: boolean;
  version: number;
  created_at: Date;
  cursor_created_at?: string;
}

export interface StageEventRow {
  id: string;
  from_stage: CandidateStage | null;
  to_stage: CandidateStage;
  reason: string | null;
  actor_id: string | null;
  created_at: Date;
}

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
    scoreHidden: row.score_hidden ?? false,
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
