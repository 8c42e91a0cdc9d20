import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { queryOne, queryRows } from '../../database/sql';
import { latestAggregatedFitSql } from '../report-aggregates/report-aggregates.sql';
import { decodeHireScores } from '../report-aggregates/report-aggregator';

/** A hire with outcomes: what the validity table pairs, from the latest aggregated fit. */
export interface HireRow {
  /** The stored 0–100 corrected score (all rounds) as of the fit, as the pool's sums have it. */
  corrected_score: number | null;
  /** Mean corrected rating per lineage, at the lineage's `position` (NaN: not rated). */
  scores: Float32Array;
  nesting_qa_score: number | null;
  average_handle_time_seconds: number | null;
  first_contact_resolution_percent: number | null;
  csat_percent: number | null;
  employed_at_30_days: boolean | null;
  employed_at_90_days: boolean | null;
}

/** The applicant pool in scope, summed over its jobs. */
export interface PoolRow {
  applicants: number;
  corrected_scores: number;
  corrected_score_sum: number;
  corrected_score_sum_of_squares: number;
}

/** A category or question lineage: applicants in scope rated on it, and its index in `scores`. */
export interface ScoredLineageRow {
  lineage_id: string;
  position: number;
  scored_candidates: number;
}

export interface RubricLineageRow {
  kind: 'category' | 'question';
  lineage_id: string;
  /** A question's category lineage. */
  category_lineage_id: string | null;
  label: string;
}

export interface ValidityOptionsRow {
  jobs: { id: string; title: string; site: string }[];
  rubrics: { id: string; name: string }[];
}

/**
 * The validity report's inputs. Applicants are the candidates of the scope with a submitted
 * scorecard on the rubric; everything about them comes from the sums and hires' scores the latest
 * calibration fit wrote per job (`fit_job_rubric_statistics`, `fit_lineage_statistics`,
 * `fit_hire_scores`): a request reads a row per job and lineage and one per hire in scope, never
 * the answers. Outcomes are read as they are now.
 */
@Injectable()
export class ValidityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest fit whose report aggregates are written; undefined before the first. */
  findAggregatedFit(): Promise<{ id: string; aggregated_at: Date } | undefined> {
    return queryOne(this.dataSource.manager, latestAggregatedFitSql);
  }

  /**
   * How far the outcomes have changed: raised by every statement that writes candidate_outcomes
   * (migration 1764120000000). Read before the outcomes, so figures kept under it are never older.
   */
  async findOutcomesRevision(): Promise<string> {
    const row = await queryOne<{ revision: string }>(
      this.dataSource.manager,
      `SELECT revision::text FROM candidate_outcomes_revision`,
    );
    return row?.revision ?? '0';
  }

  /** The rubric with the most scorecards in the jobs, when the viewer chose none. */
  async findMostUsedRubric(fitId: string, jobIds: string[]): Promise<string | null> {
    const row = await queryOne<{ rubric_id: string }>(
      this.dataSource.manager,
      `SELECT s.rubric_id FROM fit_job_rubric_statistics s
        WHERE s.fit_id = $1 AND s.job_id = ANY($2::uuid[])
        GROUP BY s.rubric_id ORDER BY sum(s.scorecards) DESC, s.rubric_id LIMIT 1`,
      [fitId, jobIds],
    );
    return row?.rubric_id ?? null;
  }

  async findRubricName(rubricId: string): Promise<string | null> {
    const row = await queryOne<{ name: string }>(
      this.dataSource.manager,
      `SELECT name FROM rubrics WHERE id = $1`,
      [rubricId],
    );
    return row?.name ?? null;
  }

  /** The applicant pool of the jobs: applicants and the sums of their corrected scores. */
  async findPool(fitId: string, rubricId: string, jobIds: string[]): Promise<PoolRow> {
    const row = await queryOne<PoolRow>(
      this.dataSource.manager,
      `SELECT COALESCE(sum(s.applicants), 0)::int AS applicants,
              COALESCE(sum(s.corrected_scores), 0)::int AS corrected_scores,
              COALESCE(sum(s.corrected_score_sum), 0)::float8 AS corrected_score_sum,
              COALESCE(sum(s.corrected_score_sum_of_squares), 0)::float8 AS corrected_score_sum_of_squares
         FROM fit_job_rubric_statistics s
        WHERE s.fit_id = $1 AND s.rubric_id = $2 AND s.job_id = ANY($3::uuid[])`,
      [fitId, rubricId, jobIds],
    );
    return (
      row ?? {
        applicants: 0,
        corrected_scores: 0,
        corrected_score_sum: 0,
        corrected_score_sum_of_squares: 0,
      }
    );
  }

  /** Per lineage of the rubric rated in the jobs: applicants rated on it, and its position. */
  findScoredLineages(
    fitId: string,
    rubricId: string,
    jobIds: string[],
  ): Promise<ScoredLineageRow[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT s.lineage_id, min(s.position)::int AS position,
              sum(s.scored_candidates)::int AS scored_candidates
         FROM fit_lineage_statistics s
        WHERE s.fit_id = $1 AND s.rubric_id = $2 AND s.job_id = ANY($3::uuid[])
        GROUP BY s.lineage_id`,
      [fitId, rubricId, jobIds],
    );
  }

  /** Hires of the jobs with outcomes recorded: their scores as of the fit, outcomes as now. */
  async findHires(fitId: string, rubricId: string, jobIds: string[]): Promise<HireRow[]> {
    const rows = await queryRows<Omit<HireRow, 'scores'> & { scores: Buffer }>(
      this.dataSource.manager,
      `SELECT s.corrected_score::float8 AS corrected_score, s.scores,
              o.nesting_qa_score, o.average_handle_time_seconds, o.first_contact_resolution_percent,
              o.csat_percent, o.employed_at_30_days, o.employed_at_90_days
         FROM fit_hire_scores s
         JOIN candidate_outcomes o ON o.candidate_id = s.candidate_id
        WHERE s.fit_id = $1 AND s.rubric_id = $2 AND s.job_id = ANY($3::uuid[])
        ORDER BY s.candidate_id`,
      [fitId, rubricId, jobIds],
    );
    return rows.map((row) => ({ ...row, scores: decodeHireScores(row.scores) }));
  }

  /**
   * The rubric's categories and questions by lineage, named as in the latest version that has
   * them, in the order of that version (categories first within each, then their questions).
   */
  findLineages(rubricId: string): Promise<RubricLineageRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH categories AS (
         SELECT DISTINCT ON (cat.lineage_id) cat.lineage_id, cat.name, cat.position, v.version
           FROM rubric_categories cat JOIN rubric_versions v ON v.id = cat.rubric_version_id
          WHERE v.rubric_id = $1
          ORDER BY cat.lineage_id, v.version DESC),
       questions AS (
         SELECT DISTINCT ON (q.lineage_id) q.lineage_id, q.text, q.position, cat.lineage_id AS category_lineage_id
           FROM rubric_questions q
           JOIN rubric_categories cat ON cat.id = q.category_id
           JOIN rubric_versions v ON v.id = q.rubric_version_id
          WHERE v.rubric_id = $1
          ORDER BY q.lineage_id, v.version DESC)
       SELECT kind, lineage_id, category_lineage_id, label FROM (
         SELECT 'category' AS kind, c.lineage_id, NULL::uuid AS category_lineage_id, c.name AS label,
                c.version, c.position AS category_position, -1 AS question_position, c.lineage_id AS grouped
           FROM categories c
         UNION ALL
         SELECT 'question', q.lineage_id, q.category_lineage_id, q.text, c.version, c.position,
                q.position, c.lineage_id
           FROM questions q JOIN categories c ON c.lineage_id = q.category_lineage_id) lineages
        ORDER BY version DESC, category_position, grouped, question_position, lineage_id`,
      [rubricId],
    );
  }

  /** The jobs (with their sites) and rubrics the viewer may choose: hiring managers their jobs'. */
  async findOptions(viewer: SessionUser): Promise<ValidityOptionsRow> {
    const limited = viewer.role === 'hiring_manager';
    const [jobs, rubrics] = await Promise.all([
      queryRows<{ id: string; title: string; site: string }>(
        this.dataSource.manager,
        limited
          ? `SELECT j.id, j.title, j.site FROM jobs j
               JOIN job_hiring_managers m ON m.job_id = j.id AND m.user_id = $1
              ORDER BY j.title, j.site, j.id`
          : `SELECT id, title, site FROM jobs ORDER BY title, site, id`,
        limited ? [viewer.id] : [],
      ),
      queryRows<{ id: string; name: string }>(
        this.dataSource.manager,
        limited
          ? `SELECT ru.id, ru.name FROM rubrics ru
              WHERE EXISTS (SELECT 1 FROM job_hiring_managers m
                              JOIN interview_rounds r ON r.job_id = m.job_id
                              JOIN rubric_versions v ON v.id = r.rubric_version_id
                             WHERE m.user_id = $1 AND v.rubric_id = ru.id)
              ORDER BY ru.name, ru.id`
          : `SELECT id, name FROM rubrics ORDER BY name, id`,
        limited ? [viewer.id] : [],
      ),
    ]);
    return { jobs, rubrics };
  }
}
