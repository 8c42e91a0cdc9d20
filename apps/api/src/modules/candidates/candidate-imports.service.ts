import {
  CreateCandidate,
  ImportCheck,
  ImportResult,
  ImportRow,
  ImportRowError,
  parseImportRow,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import { Sql } from '../../database/sql';

interface ParsedRow {
  row: number;
  email: string;
  candidate: CreateCandidate | undefined;
  errors: ImportRowError[];
}

/**
 * Candidates from a CSV into a job, a batch of rows per request: check first (nothing written),
 * then import. Each row is validated as if typed by hand; an email already on file is reported as
 * a duplicate and skipped, never doubled. A batch is one multi-row insert in one transaction, with
 * its stage history and audit rows.
 */
@Injectable()
export class CandidateImportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(jobId: string, rows: ImportRow[]): Promise<ImportCheck> {
    await this.assertJob(this.dataSource.manager, jobId);
    const parsed = parseRows(rows, jobId);
    const existing = await this.existingEmails(
      this.dataSource.manager,
      parsed.map((row) => row.email),
    );
    const seen = new Set<string>();
    return {
      rows: parsed.map((row) => {
        const duplicate = Boolean(row.email) && (existing.has(row.email) || seen.has(row.email));
        if (row.email) seen.add(row.email);
        return { row: row.row, email: row.email, errors: row.errors, duplicate };
      }),
    };
  }

  async import(jobId: string, rows: ImportRow[], actorId: string): Promise<ImportResult> {
    const parsed = parseRows(rows, jobId);
    const invalid = parsed
      .filter((row) => row.errors.length > 0)
      .map((row) => ({ row: row.row, errors: row.errors }));
    const valid = parsed.filter(
      (row): row is ParsedRow & { candidate: CreateCandidate } => row.candidate !== undefined,
    );

    return this.dataSource.transaction(async (db) => {
      await this.assertJob(db, jobId);
      // ON CONFLICT skips emails already on file, and repeats within the batch after the first.
      const inserted = (await db.query(
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
          valid.map((r) => r.candidate.name),
          valid.map((r) => r.candidate.email),
          valid.map((r) => r.candidate.phone ?? null),
          valid.map((r) => r.candidate.source ?? null),
          valid.map((r) => JSON.stringify(r.candidate.languages ?? [])),
          valid.map((r) => (r.candidate.shiftAvailability ?? []).join(',')),
          valid.map((r) => r.candidate.typingWpm ?? null),
        ],
      )) as { id: string; email: string }[];
      const ids = inserted.map((row) => row.id);
      if (ids.length > 0) {
        await db.query(
          `INSERT INTO candidate_stage_events (candidate_id, from_stage, to_stage, actor_id)
           SELECT id, NULL, stage, $2 FROM candidates WHERE id = ANY($1::uuid[])`,
          [ids, actorId],
        );
        await db.query(
          `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after)
           SELECT $2, 'candidate.imported', 'candidate', c.id,
                  jsonb_build_object('name', c.name, 'email', c.email, 'phone', c.phone, 'jobId', c.job_id,
                                     'source', c.source, 'languages', c.languages,
                                     'shiftAvailability', c.shift_availability, 'typingWpm', c.typing_wpm)
             FROM candidates c WHERE c.id = ANY($1::uuid[])`,
          [ids, actorId],
        );
      }
      const created = new Set(inserted.map((row) => row.email));
      const claimed = new Set<string>();
      const duplicates = valid.flatMap((row) => {
        if (created.has(row.candidate.email) && !claimed.has(row.candidate.email)) {
          claimed.add(row.candidate.email);
          return [];
        }
        return [{ row: row.row, email: row.candidate.email }];
      });
      return { created: inserted.length, duplicates, invalid };
    });
  }

  private async assertJob(db: Sql, jobId: string): Promise<void> {
    const rows = (await db.query(`SELECT 1 FROM jobs WHERE id = $1`, [jobId])) as unknown[];
    if (rows.length === 0)
      throw new AppException('NOT_FOUND', undefined, 'This job does not exist.');
  }

  private async existingEmails(db: Sql, emails: string[]): Promise<Set<string>> {
    const wanted = emails.filter(Boolean);
    if (wanted.length === 0) return new Set();
    const rows = (await db.query(`SELECT email FROM candidates WHERE email = ANY($1::text[])`, [
      wanted,
    ])) as { email: string }[];
    return new Set(rows.map((row) => row.email));
  }
}

function parseRows(rows: ImportRow[], jobId: string): ParsedRow[] {
  return rows.map((raw) => {
    const result = parseImportRow(raw, jobId);
    return {
      row: raw.row,
      email: result.candidate?.email ?? (raw.email ?? '').trim().toLowerCase(),
      candidate: result.candidate,
      errors: result.errors,
    };
  });
}
