import {
  CalibrationFilterOptions,
  CalibrationFilters,
  Estimate,
  Reliability,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { queryOne, queryRows, Sql } from '../../database/sql';
import { AddParam, sqlParams, visibleInterviewerSql } from '../access/visibility.sql';
import { withBackgroundConnection } from './background-connection';
import { CategoryLineage, ScorecardObservationRow } from './calibration-input';

/** One API instance fits at a time, whatever the number of instances: a session-level advisory lock. */
const FIT_LOCK_KEY = 7_240_601;

export interface FitRow {
  id: string;
  trigger: 'manual' | 'submissions' | 'nightly';
  status: 'running' | 'succeeded' | 'failed';
  started_at: Date;
  finished_at: Date | null;
  submitted_scorecards: number;
  inputs: { scorecards?: number; candidates?: number; interviewers?: number };
  results: StoredFitResults | null;
  error: string | null;
}

/** What a fit keeps beside its interviewer rows (JSON: small, read whole). */
export interface StoredFitResults {
  mu: number | null;
  panelSize: number | null;
  components: { candidate: number | null; interviewer: number | null; residual: number | null };
  reliability: Reliability;
  categories: { lineageId: string; name: string; reliability: Reliability }[];
  connectivity: { components: number; outsideInterviewers: number; outsideCandidates: number };
  warnings: { code: string; message: string }[];
  millis: Record<string, number>;
  /** Ordinal alpha over panel rounds; absent in fits made before it was stored. */
  panelAgreement?: {
    overall: Estimate;
    categories: { lineageId: string; name: string; alpha: Estimate }[];
    panels: number;
  } | null;
}

/** One interviewer's leniency in one calendar month of a fit. */
export interface InterviewerMonthRow {
  interviewer_id: string;
  /** "2026-03". */
  month: string;
  leniency: number | null;
  standard_error: number | null;
  lower: number | null;
  upper: number | null;
  scorecards: number;
  linked_scorecards: number;
}

/** An interviewer row as the report reads it: with the name and the scorecards in the filters' scope. */
export type ReportedInterviewerRow = InterviewerFitRow & {
  interviewer_name: string;
  scorecards_in_scope: number | null;
};

export interface InterviewerFitRow {
  interviewer_id: string;
  leniency: number | null;
  standard_error: number | null;
  lower: number | null;
  upper: number | null;
  scorecards: number;
  linked_scorecards: number;
  calibrated: boolean;
  comparable: boolean;
  spread_ratio: number | null;
  agreement_mad: number | null;
  agreement_correlation: number | null;
  halo_excess: number | null;
  categories: {
    lineageId: string;
    name: string;
    leniency: number | null;
    standardError: number | null;
  }[];
}

/** Fits, their inputs and results. Calibration runs outside request transactions. */
@Injectable()
export class CalibrationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The fit lock on a connection of its own, held until `release`; undefined when another
   * instance (or this one) is fitting already.
   */
  async tryLockFit(): Promise<QueryRunner | undefined> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const [row] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [
      FIT_LOCK_KEY,
    ])) as { locked: boolean }[];
    if (row?.locked) return runner;
    await runner.release();
    return undefined;
  }

  async unlockFit(runner: QueryRunner): Promise<void> {
    try {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [FIT_LOCK_KEY]);
    } finally {
      await runner.release();
    }
  }

  async countSubmittedScorecards(): Promise<number> {
    const row = await queryOne<{ count: number }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS count FROM scorecards WHERE status = 'submitted'`,
    );
    return row?.count ?? 0;
  }

  async insertFit(
    trigger: FitRow['trigger'],
    requestedBy: string | null,
    submitted: number,
  ): Promise<FitRow> {
    const row = await queryOne<FitRow>(
      this.dataSource.manager,
      `INSERT INTO calibration_fits (trigger, requested_by, submitted_scorecards)
       VALUES ($1, $2, $3) RETURNING ${fitColumns}`,
      [trigger, requestedBy, submitted],
    );
    if (!row) throw new Error('The fit row was not created.');
    return row;
  }

  /** Every category lineage, with its newest version's name and weight (published first). */
  findCategoryLineages(): Promise<CategoryLineage[]> {
    return queryRows<CategoryLineage>(
      this.dataSource.manager,
      `SELECT DISTINCT ON (cat.lineage_id) cat.lineage_id AS id, cat.name, cat.weight::float8 AS weight
         FROM rubric_categories cat JOIN rubric_versions v ON v.id = cat.rubric_version_id
        ORDER BY cat.lineage_id, v.status = 'published' DESC, v.version DESC`,
    );
  }

  /**
   * Every submitted scorecard with its mean rating per category lineage, in candidate, round and
   * scorecard order, `batchSize` at a time through a cursor: one plan and one snapshot for the
   * whole read (keyset pages re-planned a join of every round per page), and small batches so
   * parsing never holds the event loop for long; on a background connection (low CPU priority
   * where it can be). Lineages are `lineages`' 1-based positions.
   */
  async streamObservations(
    lineages: CategoryLineage[],
    batchSize: number,
    onBatch: (rows: ScorecardObservationRow[]) => void,
  ): Promise<void> {
    await withBackgroundConnection(this.dataSource, async (client) => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(
        `DECLARE calibration_observations NO SCROLL CURSOR FOR
         SELECT r.candidate_id, s.round_id, s.interviewer_id, v.rubric_id,
                (extract(year FROM r.scheduled_at AT TIME ZONE 'UTC') * 12
                   + extract(month FROM r.scheduled_at AT TIME ZONE 'UTC') - 1)::int AS month,
                CASE WHEN s.category_lineages IS NOT NULL THEN
                  (SELECT string_agg(array_position($1::uuid[], m.lineage) || ':' || round(m.rating::numeric, 4)
                                     || ':' || m.answered, ',')
                     FROM unnest(s.category_lineages, s.category_ratings, s.category_answered)
                          AS m(lineage, rating, answered))
                ELSE
                  -- Written at submission since migration 1763970000000; from the answers otherwise.
                  (SELECT string_agg(lineage || ':' || rating || ':' || answered, ',')
                     FROM (SELECT array_position($1::uuid[], cat.lineage_id) AS lineage,
                                  round(avg(a.rating), 4) AS rating, count(*) AS answered
                             FROM scorecard_answers a
                             JOIN rubric_questions q ON q.id = a.question_id
                             JOIN rubric_categories cat ON cat.id = q.category_id
                            WHERE a.scorecard_id = s.id AND a.rating IS NOT NULL
                            GROUP BY cat.lineage_id) AS per_category)
                END AS cells
           FROM scorecards s
           JOIN interview_rounds r ON r.id = s.round_id
           JOIN rubric_versions v ON v.id = r.rubric_version_id
          WHERE s.status = 'submitted'
          ORDER BY r.candidate_id, s.round_id, s.id`,
        [lineages.map((lineage) => lineage.id)],
      );
      for (;;) {
        const { rows } = await client.query<ScorecardObservationRow>(
          `FETCH ${Number(batchSize)} FROM calibration_observations`,
        );
        if (rows.length === 0) break;
        onBatch(rows);
      }
      await client.query('COMMIT');
    });
  }

  /** A finished fit: its results and one row per interviewer, in one transaction. */
  async completeFit(
    fitId: string,
    inputs: FitRow['inputs'],
    results: StoredFitResults,
    interviewers: InterviewerFitRow[],
    months: InterviewerMonthRow[] = [],
    /** What else commits with the fit (its webhook event). */
    alsoInTransaction: (db: Sql) => Promise<void> = async () => undefined,
  ): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const batch = 1000;
      for (let start = 0; start < interviewers.length; start += batch) {
        const rows = interviewers.slice(start, start + batch);
        await db.query(
          `INSERT INTO calibration_interviewers
             (fit_id, interviewer_id, leniency, standard_error, lower, upper, scorecards, linked_scorecards,
              calibrated, comparable, spread_ratio, agreement_mad, agreement_correlation, halo_excess, categories)
           SELECT $1, * FROM unnest($2::uuid[], $3::float8[], $4::float8[], $5::float8[], $6::float8[],
                                   $7::int[], $8::int[], $9::bool[], $10::bool[], $11::float8[],
                                   $12::float8[], $13::float8[], $14::float8[], $15::jsonb[])`,
          [
            fitId,
            rows.map((row) => row.interviewer_id),
            rows.map((row) => row.leniency),
            rows.map((row) => row.standard_error),
            rows.map((row) => row.lower),
            rows.map((row) => row.upper),
            rows.map((row) => row.scorecards),
            rows.map((row) => row.linked_scorecards),
            rows.map((row) => row.calibrated),
            rows.map((row) => row.comparable),
            rows.map((row) => row.spread_ratio),
            rows.map((row) => row.agreement_mad),
            rows.map((row) => row.agreement_correlation),
            rows.map((row) => row.halo_excess),
            rows.map((row) => JSON.stringify(row.categories)),
          ],
        );
      }
      for (let start = 0; start < months.length; start += 5 * batch) {
        const rows = months.slice(start, start + 5 * batch);
        await db.query(
          `INSERT INTO calibration_interviewer_months
             (fit_id, interviewer_id, month, leniency, standard_error, lower, upper, scorecards, linked_scorecards)
           SELECT $1, id, (m || '-01')::date, l, se, lo, up, n, k
             FROM unnest($2::uuid[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::float8[],
                         $8::int[], $9::int[]) AS x(id, m, l, se, lo, up, n, k)`,
          [
            fitId,
            rows.map((row) => row.interviewer_id),
            rows.map((row) => row.month),
            rows.map((row) => row.leniency),
            rows.map((row) => row.standard_error),
            rows.map((row) => row.lower),
            rows.map((row) => row.upper),
            rows.map((row) => row.scorecards),
            rows.map((row) => row.linked_scorecards),
          ],
        );
      }
      await db.query(
        `UPDATE calibration_fits SET status = 'succeeded', finished_at = now(), inputs = $2, results = $3
          WHERE id = $1`,
        [fitId, JSON.stringify(inputs), JSON.stringify(results)],
      );
      await alsoInTransaction(db);
    });
  }

  async failFit(fitId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE calibration_fits SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1`,
      [fitId, error.slice(0, 2000)],
    );
  }

  /** Fits left running by an instance that stopped mid-fit (its lock went with its connection). */
  async failAbandonedFits(): Promise<void> {
    await this.dataSource.query(
      `UPDATE calibration_fits SET status = 'failed', finished_at = now(), error = 'The instance stopped during the fit.'
        WHERE status = 'running' AND NOT EXISTS (
          SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted)`,
      [FIT_LOCK_KEY],
    );
  }

  findLatestFit(): Promise<FitRow | undefined> {
    return queryOne(
      this.dataSource.manager,
      `SELECT ${fitColumns} FROM calibration_fits WHERE status = 'succeeded' ORDER BY id DESC LIMIT 1`,
    );
  }

  findRunningFit(): Promise<FitRow | undefined> {
    return queryOne(
      this.dataSource.manager,
      `SELECT ${fitColumns} FROM calibration_fits WHERE status = 'running' ORDER BY id DESC LIMIT 1`,
    );
  }

  /**
   * A fit's interviewer rows with names, as the viewer may see them: admins everyone; hiring
   * managers the interviewers who scored on jobs they manage; interviewers themselves. With
   * filters, only those with submitted scorecards in scope, and how many; a hiring manager's scope
   * is always inside the jobs they manage, so a filter never reaches another manager's job.
   */
  findInterviewers(
    fitId: string,
    viewer: SessionUser,
    filters: CalibrationFilters = {},
  ): Promise<ReportedInterviewerRow[]> {
    const { params, add } = sqlParams([fitId]);
    const filtered = Object.values(filters).some((value) => value !== undefined);
    const scope =
      filtered || viewer.role === 'hiring_manager' ? scopeSql(viewer, filters, add) : null;
    return queryRows(
      this.dataSource.manager,
      `${scope ? `WITH scoped AS (${scope})` : ''}
       SELECT ci.*, u.name AS interviewer_name,
              ${scope ? 'COALESCE(scoped.scorecards, 0)' : 'NULL::int'} AS scorecards_in_scope
         FROM calibration_interviewers ci JOIN users u ON u.id = ci.interviewer_id
         ${scope ? 'LEFT JOIN scoped ON scoped.interviewer_id = ci.interviewer_id' : ''}
        WHERE ci.fit_id = $1 AND ${visibleInterviewerSql(viewer, 'ci.interviewer_id', add)}
          ${filtered ? 'AND scoped.scorecards > 0' : ''}
        ORDER BY ci.leniency DESC NULLS LAST, u.name`,
      params,
    );
  }

  /** The listed interviewers' months of a fit, oldest first, within the period filter. */
  findTrend(
    fitId: string,
    interviewerIds: string[],
    filters: Pick<CalibrationFilters, 'from' | 'to'>,
  ): Promise<InterviewerMonthRow[]> {
    if (interviewerIds.length === 0) return Promise.resolve([]);
    return queryRows(
      this.dataSource.manager,
      `SELECT interviewer_id, to_char(month, 'YYYY-MM') AS month, leniency, standard_error, lower,
              upper, scorecards, linked_scorecards
         FROM calibration_interviewer_months
        WHERE fit_id = $1 AND interviewer_id = ANY($2::uuid[])
          AND ($3::text IS NULL OR month >= ($3::text || '-01')::date)
          AND ($4::text IS NULL OR month <= ($4::text || '-01')::date)
        ORDER BY interviewer_id, month`,
      [fitId, interviewerIds, filters.from ?? null, filters.to ?? null],
    );
  }

  /**
   * What the viewer may filter by: admins every job and rubric; hiring managers the jobs they
   * manage, their sites, and the rubrics their rounds were scored with. Months: the fit's.
   */
  async findFilterOptions(
    fitId: string | null,
    viewer: SessionUser,
  ): Promise<CalibrationFilterOptions> {
    const admin = viewer.role === 'admin';
    const [jobs, rubrics, months] = await Promise.all([
      queryRows<{ id: string; title: string; site: string }>(
        this.dataSource.manager,
        admin
          ? `SELECT id, title, site FROM jobs ORDER BY title, site, id`
          : `SELECT j.id, j.title, j.site FROM jobs j
               JOIN job_hiring_managers m ON m.job_id = j.id AND m.user_id = $1
              ORDER BY j.title, j.site, j.id`,
        admin ? [] : [viewer.id],
      ),
      queryRows<{ id: string; name: string }>(
        this.dataSource.manager,
        admin
          ? `SELECT id, name FROM rubrics ORDER BY name, id`
          : `SELECT ru.id, ru.name FROM rubrics ru
              WHERE EXISTS (SELECT 1 FROM job_hiring_managers m
                              JOIN interview_rounds r ON r.job_id = m.job_id
                              JOIN rubric_versions v ON v.id = r.rubric_version_id
                             WHERE m.user_id = $1 AND v.rubric_id = ru.id)
              ORDER BY ru.name, ru.id`,
        admin ? [] : [viewer.id],
      ),
      fitId === null
        ? Promise.resolve([])
        : queryRows<{ month: string }>(
            this.dataSource.manager,
            `SELECT DISTINCT to_char(month, 'YYYY-MM') AS month FROM calibration_interviewer_months
              WHERE fit_id = $1 ORDER BY month`,
            [fitId],
          ),
    ]);
    return {
      jobs,
      sites: [...new Set(jobs.map((job) => job.site))].sort((a, b) => a.localeCompare(b)),
      rubrics,
      months: months.map((row) => row.month),
    };
  }
}

/**
 * Submitted scorecards per interviewer in the filters' scope (by the interview's month, UTC), for
 * a WITH clause. Anyone but an admin is scoped to the jobs they manage.
 */
function scopeSql(viewer: SessionUser, filters: CalibrationFilters, add: AddParam): string {
  const conditions = [`s.status = 'submitted'`];
  if (viewer.role !== 'admin') {
    conditions.push(
      `EXISTS (SELECT 1 FROM job_hiring_managers sm WHERE sm.job_id = r.job_id AND sm.user_id = ${add(viewer.id)})`,
    );
  }
  if (filters.jobId) conditions.push(`r.job_id = ${add(filters.jobId)}::uuid`);
  if (filters.site) conditions.push(`j.site = ${add(filters.site)}`);
  if (filters.rubricId) conditions.push(`v.rubric_id = ${add(filters.rubricId)}::uuid`);
  if (filters.from)
    conditions.push(
      `r.scheduled_at >= ((${add(filters.from)}::text || '-01')::timestamp AT TIME ZONE 'UTC')`,
    );
  if (filters.to)
    conditions.push(
      `r.scheduled_at < (((${add(filters.to)}::text || '-01')::timestamp + interval '1 month') AT TIME ZONE 'UTC')`,
    );
  return `SELECT s.interviewer_id, count(*)::int AS scorecards
            FROM scorecards s
            JOIN interview_rounds r ON r.id = s.round_id
            ${filters.site ? 'JOIN jobs j ON j.id = r.job_id' : ''}
            ${filters.rubricId ? 'JOIN rubric_versions v ON v.id = r.rubric_version_id' : ''}
           WHERE ${conditions.join(' AND ')}
           GROUP BY s.interviewer_id`;
}

const fitColumns = `id::text AS id, trigger, status, started_at, finished_at, submitted_scorecards, inputs,
  results, error`;
