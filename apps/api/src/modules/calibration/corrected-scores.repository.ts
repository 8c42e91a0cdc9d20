import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { withBackgroundConnection } from './background-connection';
import { correctedRoundScoreSql } from './corrected-score.sql';

/**
 * Candidates rewritten per statement: each statement locks only its batch's rows, briefly, so a
 * submission racing a rewrite waits for one batch at most.
 */
const REWRITE_BATCH = 5_000;

/**
 * After each batch the rewrite rests as long as the batch took: every candidate row it writes
 * updates the table's indexes, and at full speed on 2 cores it slowed saves and comparisons
 * running meanwhile (a whole rewrite is background work: minutes late is fine, seconds slow is not).
 */
const REST_PER_BUSY = 1;

/**
 * Candidates' stored leniency-corrected scores, rewritten from the latest fit after each refit
 * (a new scorecard's corrected score is written at submission, from the fit it finds). Reads the
 * rounds' stored scores, never the answers.
 */
@Injectable()
export class CorrectedScoresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rewrites every scored candidate's corrected score; returns how many changed. */
  async refreshAll(): Promise<number> {
    return withBackgroundConnection(this.dataSource, (client) => this.rewrite(client));
  }

  private async rewrite(client: Client): Promise<number> {
    let changed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const started = Date.now();
      const {
        rows: [row],
      } = await client.query<{ last_id: string | null; changed: number }>(
        `WITH batch AS (
           SELECT id FROM candidates WHERE id > $1::uuid AND score IS NOT NULL ORDER BY id LIMIT $2),
         corrected AS (
           SELECT r.candidate_id, round(avg(${correctedRoundScoreSql('r.score', 'r.id')})::numeric, 3) AS score
             FROM interview_rounds r
            WHERE r.candidate_id IN (SELECT id FROM batch) AND r.score IS NOT NULL
            GROUP BY r.candidate_id),
         updated AS (
           UPDATE candidates c SET corrected_score = corrected.score
             FROM corrected
            WHERE c.id = corrected.candidate_id AND c.corrected_score IS DISTINCT FROM corrected.score
           RETURNING 1)
         SELECT (SELECT max(id::text) FROM batch) AS last_id, (SELECT count(*)::int FROM updated) AS changed`,
        [after, REWRITE_BATCH],
      );
      changed += row?.changed ?? 0;
      if (!row?.last_id) return changed;
      after = row.last_id;
      await new Promise((resolve) => setTimeout(resolve, (Date.now() - started) * REST_PER_BUSY));
    }
  }
}
