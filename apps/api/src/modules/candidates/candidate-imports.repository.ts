import { CreateCandidate } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { Sql } from '../../database/sql';

/** The SQL of a CSV import: a batch of candidates in one multi-row insert, with its history. */
@Injectable()
export class CandidateImportsRepository {
  async jobExists(db: Sql, jobId: string): Promise<boolean> {
    const rows = (await db.query(`SELECT 1 FROM jobs WHERE id = $1`, [jobId])) as unknown[];
    return rows.length > 0;
  }

  /** Which of these emails are already on file. */
  async findExistingEmails(db: Sql, emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows = (await db.query(`SELECT email FROM candidates WHERE email = ANY($1::text[])`, [
      emails,
    ])) as { email: string }[];
    return new Set(rows.map((row) => row.email));
  }

  /** Inserts the candidates into a job, in order; the id and email of each row written. */
  insertBatch(
    db: Sql,
    jobId: string,
    candidates: CreateCandidate[],
  ): Promise<{ id: string; email: string }[]> {
    // ON CONFLICT skips emails already on file, and repeats within the batch after the first.
    return db.query(
      `INSERT INTO candidates (name, email, phone, job_id, source, languages, shift_availability, typing_wpm)
       SELECT name, email, phone, $1::uuid, source, languages, shifts, typing_wpm
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[], $8::int[])
                WITH ORDINALITY AS input(name, email, phone, source, languages, shifts_text, typing_wpm, position)
         CROSS JOIN LATERAL (SELECT CASE WHEN shifts_text = '' THEN '{}'::text[]
                                         ELSE string_to_array(shifts_text, ',') END AS shifts) s
        ORDER BY position
       ON CONFLICT (email) DO NOTHING
       RETURNING id, email`,
      [
        jobId,
        candidates.map((c) => c.name),
        candidates.map((c) => c.email),
        candidates.map((c) => c.phone ?? null),
        candidates.map((c) => c.source ?? null),
        candidates.map((c) => JSON.stringify(c.languages ?? [])),
        candidates.map((c) => (c.shiftAvailability ?? []).join(',')),
        candidates.map((c) => c.typingWpm ?? null),
      ],
    ) as Promise<{ id: string; email: string }[]>;
  }

  /** The first stage event of each imported candidate (from nothing to its current stage). */
  async insertFirstStageEvents(db: Sql, candidateIds: string[], actorId: string): Promise<void> {
    await db.query(
      `INSERT INTO candidate_stage_events (candidate_id, from_stage, to_stage, actor_id)
       SELECT id, NULL, stage, $2 FROM candidates WHERE id = ANY($1::uuid[])`,
      [candidateIds, actorId],
    );
  }

  /**
   * One `candidate.imported` audit event per imported candidate, with its fields as written, in
   * one statement for the whole batch.
   */
  async insertImportedAuditEvents(db: Sql, candidateIds: string[], actorId: string): Promise<void> {
    await db.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after)
       SELECT $2, 'candidate.imported', 'candidate', c.id,
              jsonb_build_object('name', c.name, 'email', c.email, 'phone', c.phone, 'jobId', c.job_id,
                                 'source', c.source, 'languages', c.languages,
                                 'shiftAvailability', c.shift_availability, 'typingWpm', c.typing_wpm)
         FROM candidates c WHERE c.id = ANY($1::uuid[])`,
      [candidateIds, actorId],
    );
  }
}
