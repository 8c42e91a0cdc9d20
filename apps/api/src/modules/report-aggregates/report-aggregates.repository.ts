import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { queryOne } from '../../database/sql';
import { withBackgroundConnection } from '../calibration/background-connection';
import {
  AggregationRow,
  encodeHireScores,
  HireScores,
  JobRubricStatistics,
  LineageStatistics,
  VersionLayout,
} from './report-aggregator';

/** Rows written per statement. */
const WRITE_BATCH = 1_000;

/**
 * The report aggregates of a fit (migration 1764110000000): read from every submitted scorecard
 * on a background connection, written in one transaction, and the older fits' deleted.
 */
@Injectable()
export class ReportAggregatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest succeeded fit, when its aggregates are not written yet. */
  async findFitToAggregate(): Promise<string | undefined> {
    const row = await queryOne<{ id: string; aggregated_at: Date | null }>(
      this.dataSource.manager,
      `SELECT id, aggregated_at FROM calibration_fits WHERE status = 'succeeded' ORDER BY id DESC LIMIT 1`,
    );
    return row && !row.aggregated_at ? row.id : undefined;
  }

  /**
   * Streams the fit's inputs on a background connection, in one read-only snapshot: the
   * versions' layouts, the fit's leniency, then every submitted scorecard in candidate, round
   * and scorecard order with one character per question (`AggregationRow.ratings`).
   */
  async stream(
    fitId: string,
    batchSize: number,
    start: (layouts: Map<string, VersionLayout>, leniency: Map<string, number>) => void,
    onBatch: (rows: AggregationRow[]) => void,
  ): Promise<void> {
    await withBackgroundConnection(this.dataSource, async (client) => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      start(await readLayouts(client), await readLeniency(client, fitId));
      await client.query(
        `DECLARE report_aggregation NO SCROLL CURSOR FOR
         SELECT r.candidate_id, s.round_id, s.interviewer_id, r.job_id, r.rubric_version_id,
                to_char(r.scheduled_at AT TIME ZONE 'UTC', 'IYYY-"W"IW') AS week,
                (c.stage = 'hired' OR EXISTS (SELECT 1 FROM candidate_outcomes o WHERE o.candidate_id = c.id))
                  AS hired,
                c.corrected_score::float8 AS corrected_score,
                (SELECT string_agg(CASE WHEN a.rating IS NOT NULL THEN a.rating::text
                                        WHEN a.not_asked THEN '-' ELSE '.' END,
                                   '' ORDER BY cat.position, q.position, q.id)
                   FROM rubric_questions q
                   JOIN rubric_categories cat ON cat.id = q.category_id
                   LEFT JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.question_id = q.id
                  WHERE q.rubric_version_id = r.rubric_version_id) AS ratings
           FROM scorecards s
           JOIN interview_rounds r ON r.id = s.round_id
           JOIN candidates c ON c.id = r.candidate_id
          WHERE s.status = 'submitted'
          ORDER BY r.candidate_id, s.round_id, s.id`,
      );
      for (;;) {
        const { rows } = await client.query<AggregationRow>(
          `FETCH ${Number(batchSize)} FROM report_aggregation`,
        );
        if (rows.length === 0) break;
        onBatch(rows);
      }
      await client.query('COMMIT');
    });
  }

  /**
   * Writes a fit's aggregates and marks the fit aggregated, in one transaction; deletes older
   * fits' aggregates. Nothing is written when the fit is gone or a newer fit is aggregated.
   */
  async write(
    fitId: string,
    aggregates: {
      jobRubrics: JobRubricStatistics[];
      lineages: LineageStatistics[];
      hires: HireScores[];
    },
  ): Promise<boolean> {
    return withBackgroundConnection(this.dataSource, async (client) => {
      await client.query('BEGIN');
      try {
        const { rows } = await client.query(
          `SELECT 1 FROM calibration_fits WHERE id = $1 AND aggregated_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM calibration_fits n WHERE n.id > $1 AND n.aggregated_at IS NOT NULL)
              FOR UPDATE`,
          [fitId],
        );
        if (rows.length === 0) {
          await client.query('ROLLBACK');
          return false;
        }
        await insertJobRubrics(client, fitId, aggregates.jobRubrics);
        await insertLineages(client, fitId, aggregates.lineages);
        await insertHires(client, fitId, aggregates.hires);
        await client.query(`UPDATE calibration_fits SET aggregated_at = now() WHERE id = $1`, [
          fitId,
        ]);
        for (const table of [
          'fit_hire_scores',
          'fit_lineage_statistics',
          'fit_job_rubric_statistics',
        ]) {
          await client.query(`DELETE FROM ${table} WHERE fit_id < $1`, [fitId]);
        }
        await client.query('COMMIT');
        // Fresh statistics for the reports' plans: with the new rows unanalysed the planner
        // expected 200 rows of 13,000 and joined jobs by a loop (0.8 s; a hash join takes 40 ms).
        await client.query(
          'ANALYZE fit_job_rubric_statistics, fit_lineage_statistics, fit_hire_scores',
        );
        return true;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    });
  }
}

async function readLayouts(client: Client): Promise<Map<string, VersionLayout>> {
  const { rows } = await client.query<{
    version_id: string;
    rubric_id: string;
    lineage_id: string;
    category_lineage_id: string;
  }>(
    `SELECT v.id AS version_id, v.rubric_id, q.lineage_id, cat.lineage_id AS category_lineage_id
       FROM rubric_questions q
       JOIN rubric_categories cat ON cat.id = q.category_id
       JOIN rubric_versions v ON v.id = q.rubric_version_id
      ORDER BY v.rubric_id, v.version DESC, cat.position, q.position, q.id`,
  );
  const layouts = new Map<string, VersionLayout>();
  for (const row of rows) {
    let layout = layouts.get(row.version_id);
    if (!layout) layouts.set(row.version_id, (layout = { rubricId: row.rubric_id, questions: [] }));
    layout.questions.push({
      lineageId: row.lineage_id,
      categoryLineageId: row.category_lineage_id,
    });
  }
  return layouts;
}

/** The fit's leniency per interviewer; one without a comparable figure is left out (0). */
async function readLeniency(client: Client, fitId: string): Promise<Map<string, number>> {
  const { rows } = await client.query<{ interviewer_id: string; leniency: number }>(
    `SELECT interviewer_id, leniency FROM calibration_interviewers
      WHERE fit_id = $1 AND comparable AND leniency IS NOT NULL`,
    [fitId],
  );
  return new Map(rows.map((row) => [row.interviewer_id, row.leniency]));
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    await write(rows.slice(start, start + WRITE_BATCH));
  }
}

function insertJobRubrics(client: Client, fitId: string, rows: JobRubricStatistics[]) {
  return inBatches(rows, (batch) =>
    client.query(
      `INSERT INTO fit_job_rubric_statistics
         (fit_id, job_id, rubric_id, scorecards, panels, applicants, corrected_scores,
          corrected_score_sum, corrected_score_sum_of_squares)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::int[], $6::int[], $7::int[],
                               $8::float8[], $9::float8[])`,
      [
        fitId,
        batch.map((row) => row.jobId),
        batch.map((row) => row.rubricId),
        batch.map((row) => row.scorecards),
        batch.map((row) => row.panels),
        batch.map((row) => row.applicants),
        batch.map((row) => row.correctedScores),
        batch.map((row) => row.correctedScoreSum),
        batch.map((row) => row.correctedScoreSumOfSquares),
      ],
    ),
  );
}

function insertLineages(client: Client, fitId: string, rows: LineageStatistics[]) {
  return inBatches(rows, (batch) =>
    client.query(
      `INSERT INTO fit_lineage_statistics
         (fit_id, job_id, rubric_id, lineage_id, kind, position, scored_candidates, asked, not_asked,
          distribution, rating_sum, item_rest, panel, weeks)
       SELECT $1, job_id, rubric_id, lineage_id, kind, position, scored, asked, not_asked,
              ARRAY[d->>0, d->>1, d->>2, d->>3, d->>4]::int[], rating_sum, item_rest, panel, weeks
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::int[], $8::int[],
                     $9::int[], $10::jsonb[], $11::float8[], $12::jsonb[], $13::jsonb[], $14::jsonb[])
           AS x(job_id, rubric_id, lineage_id, kind, position, scored, asked, not_asked, d,
                rating_sum, item_rest, panel, weeks)`,
      [
        fitId,
        batch.map((row) => row.jobId),
        batch.map((row) => row.rubricId),
        batch.map((row) => row.lineageId),
        batch.map((row) => row.kind),
        batch.map((row) => row.position),
        batch.map((row) => row.scoredCandidates),
        batch.map((row) => row.asked),
        batch.map((row) => row.notAsked),
        batch.map((row) => JSON.stringify(row.distribution)),
        batch.map((row) => row.ratingSum),
        batch.map((row) => (row.itemRest ? JSON.stringify(row.itemRest) : null)),
        batch.map((row) => (row.panel ? JSON.stringify(row.panel) : null)),
        batch.map((row) => (row.weeks ? JSON.stringify(row.weeks) : null)),
      ],
    ),
  );
}

function insertHires(client: Client, fitId: string, rows: HireScores[]) {
  return inBatches(rows, (batch) =>
    client.query(
      `INSERT INTO fit_hire_scores (fit_id, rubric_id, candidate_id, job_id, corrected_score, scores)
       SELECT $1, rubric_id, candidate_id, job_id, corrected_score, scores
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::float8[], $6::bytea[])
           AS x(rubric_id, candidate_id, job_id, corrected_score, scores)`,
      [
        fitId,
        batch.map((row) => row.rubricId),
        batch.map((row) => row.candidateId),
        batch.map((row) => row.jobId),
        batch.map((row) => row.correctedScore),
        batch.map((row) => encodeHireScores(row.scores)),
      ],
    ),
  );
}
