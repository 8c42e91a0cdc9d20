import { CandidateStage, RecordOutcomes } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, queryRows, Sql } from '../../database/sql';

export interface OutcomesRow {
  candidate_id: string;
  stage: CandidateStage;
  nesting_qa_score: number | null;
  average_handle_time_seconds: number | null;
  first_contact_resolution_percent: number | null;
  csat_percent: number | null;
  employed_at_30_days: boolean | null;
  employed_at_90_days: boolean | null;
  recorded_at: Date | null;
  recorded_by_id: string | null;
  recorded_by_name: string | null;
}

export type OutcomesByEmailRow = OutcomesRow & { email: string; name: string };

/** A hired candidate's post-hire figures: one row per candidate, replaced whole on each record. */
@Injectable()
export class OutcomesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The candidate's stage and outcomes (all null when none were recorded); undefined: no candidate. */
  find(
    candidateId: string,
    db: Sql = this.dataSource.manager,
    forUpdate = false,
  ): Promise<OutcomesRow | undefined> {
    return queryOne(
      db,
      `SELECT c.id AS candidate_id, c.stage, o.nesting_qa_score, o.average_handle_time_seconds,
              o.first_contact_resolution_percent, o.csat_percent, o.employed_at_30_days,
              o.employed_at_90_days, o.recorded_at, u.id AS recorded_by_id, u.name AS recorded_by_name
         FROM candidates c
         LEFT JOIN candidate_outcomes o ON o.candidate_id = c.id
         LEFT JOIN users u ON u.id = o.recorded_by
        WHERE c.id = $1
        ${forUpdate ? 'FOR UPDATE OF c' : ''}`,
      [candidateId],
    );
  }

  /**
   * The candidates these (lower-case) emails name, with their stage and stored outcomes, in id
   * order; `forUpdate` locks them as `find` does, so an import and a hand edit take turns.
   */
  findByEmails(db: Sql, emails: string[], forUpdate = false): Promise<OutcomesByEmailRow[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return queryRows(
      db,
      `SELECT c.id AS candidate_id, c.email, c.name, c.stage, o.nesting_qa_score,
              o.average_handle_time_seconds, o.first_contact_resolution_percent, o.csat_percent,
              o.employed_at_30_days, o.employed_at_90_days, o.recorded_at,
              NULL::uuid AS recorded_by_id, NULL::text AS recorded_by_name
         FROM candidates c
         LEFT JOIN candidate_outcomes o ON o.candidate_id = c.id
        WHERE c.email = ANY($1::text[])
        ORDER BY c.id
        ${forUpdate ? 'FOR UPDATE OF c' : ''}`,
      [[...new Set(emails)]],
    );
  }

  /** Replaces one hire's record, recorded now by the actor. */
  upsert(db: Sql, candidateId: string, outcomes: RecordOutcomes, actorId: string): Promise<void> {
    return this.upsertMany(db, [{ candidateId, after: outcomes }], actorId);
  }

  /** Replaces whole records (one statement for a batch), recorded now by the actor. */
  async upsertMany(
    db: Sql,
    records: { candidateId: string; after: RecordOutcomes }[],
    actorId: string,
  ): Promise<void> {
    if (records.length === 0) return;
    const column = <K extends keyof RecordOutcomes>(key: K) => records.map((r) => r.after[key]);
    await db.query(
      `INSERT INTO candidate_outcomes AS o (candidate_id, nesting_qa_score, average_handle_time_seconds,
              first_contact_resolution_percent, csat_percent, employed_at_30_days, employed_at_90_days,
              recorded_by, recorded_at)
       SELECT candidate_id, qa, aht, fcr, csat, e30, e90, $8, now()
         FROM unnest($1::uuid[], $2::float8[], $3::int[], $4::float8[], $5::float8[], $6::bool[], $7::bool[])
              AS input(candidate_id, qa, aht, fcr, csat, e30, e90)
       ON CONFLICT (candidate_id) DO UPDATE SET
         nesting_qa_score = EXCLUDED.nesting_qa_score,
         average_handle_time_seconds = EXCLUDED.average_handle_time_seconds,
         first_contact_resolution_percent = EXCLUDED.first_contact_resolution_percent,
         csat_percent = EXCLUDED.csat_percent,
         employed_at_30_days = EXCLUDED.employed_at_30_days,
         employed_at_90_days = EXCLUDED.employed_at_90_days,
         recorded_by = EXCLUDED.recorded_by,
         recorded_at = EXCLUDED.recorded_at`,
      [
        records.map((r) => r.candidateId),
        column('nestingQaScore'),
        column('averageHandleTimeSeconds'),
        column('firstContactResolutionPercent'),
        column('csatPercent'),
        column('employedAt30Days'),
        column('employedAt90Days'),
        actorId,
      ],
    );
  }
}
