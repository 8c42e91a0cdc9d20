import { CandidateStage, RecordOutcomes } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, Sql } from '../../database/sql';

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

  async upsert(
    db: Sql,
    candidateId: string,
    outcomes: RecordOutcomes,
    actorId: string,
  ): Promise<void> {
    await db.query(
      `INSERT INTO candidate_outcomes AS o (candidate_id, nesting_qa_score, average_handle_time_seconds,
              first_contact_resolution_percent, csat_percent, employed_at_30_days, employed_at_90_days,
              recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
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
        candidateId,
        outcomes.nestingQaScore,
        outcomes.averageHandleTimeSeconds,
        outcomes.firstContactResolutionPercent,
        outcomes.csatPercent,
        outcomes.employedAt30Days,
        outcomes.employedAt90Days,
        actorId,
      ],
    );
  }
}
