import { EntityManager } from 'typeorm';

import { AuditRecord } from '../modules/audit/audit.repository';

/** One move in a demo candidate's stage history, as `candidate_stage_events` stores it. */
export interface DemoStageRow {
  from_stage: string | null | undefined;
  to_stage: string;
  reason: string | null;
  actor_id: string;
  at: Date;
}

export interface DemoCandidateRow {
  name: string;
  email: string;
  phone: string | null;
  jobId: string;
  source: string | null;
  languages: { language: string; level: string | undefined }[];
  shiftAvailability: (string | undefined)[];
  typingWpm: number;
  notes: string;
}

/**
 * A demo candidate and the stage events that brought them to `stage`, in one round trip; the
 * stage dates from its last move (or the application). Returns the candidate's id.
 */
export async function insertDemoCandidate(
  db: EntityManager,
  fields: DemoCandidateRow,
  stage: string,
  createdAt: Date,
  stageRows: DemoStageRow[],
): Promise<string> {
  const [row] = (await db.query(
    `WITH c AS (
       INSERT INTO candidates (name, email, phone, job_id, stage, stage_changed_at, source, languages, shift_availability, typing_wpm, notes, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $6) RETURNING id),
     events AS (
       INSERT INTO candidate_stage_events (candidate_id, from_stage, to_stage, reason, actor_id, created_at)
       SELECT c.id, x.from_stage, x.to_stage, x.reason, x.actor_id, x.at
         FROM c, jsonb_to_recordset($13::jsonb) AS x(from_stage text, to_stage text, reason text, actor_id uuid, at timestamptz))
     SELECT id FROM c`,
    [
      fields.name,
      fields.email,
      fields.phone,
      fields.jobId,
      stage,
      stageRows[stageRows.length - 1]?.at ?? createdAt,
      fields.source,
      JSON.stringify(fields.languages),
      fields.shiftAvailability,
      fields.typingWpm,
      fields.notes,
      createdAt,
      JSON.stringify(stageRows),
    ],
  )) as { id: string }[];
  return row?.id ?? '';
}

/** The audit events of a candidate's stage moves (the first row, the application, is not a move). */
export function auditStageMoves(
  audit: (at: Date, event: AuditRecord) => void,
  candidateId: string,
  stageRows: DemoStageRow[],
): void {
  for (const m of stageRows.slice(1)) {
    audit(m.at, {
      actorId: m.actor_id,
      action: 'candidate.stage_changed',
      entityType: 'candidate',
      entityId: candidateId,
      before: { stage: m.from_stage },
      after: { stage: m.to_stage, reason: m.reason },
    });
  }
}
