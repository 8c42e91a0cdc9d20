import { ValidityFilters } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { queryOne, queryRows } from '../../database/sql';
import { AddParam, sqlParams } from '../access/visibility.sql';
import { interviewerLeniencyCte } from '../calibration/corrected-score.sql';

/** One applicant's leniency-corrected mean rating on one category or question lineage. */
export interface LineageScoreRow {
  candidate_id: string;
  lineage_id: string;
  score: number;
}

export interface ApplicantRow {
  candidate_id: string;
  /** The stored 0–100 corrected score (all rounds): what the hiring decision saw. */
  corrected_score: number | null;
  nesting_qa_score: number | null;
  average_handle_time_seconds: number | null;
  first_contact_resolution_percent: number | null;
  csat_percent: number | null;
  employed_at_30_days: boolean | null;
  employed_at_90_days: boolean | null;
  /** A row of candidate_outcomes exists. */
  has_outcomes: boolean;
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
 * scorecard on the rubric; their per-category figures come from the scorecards' stored category
 * means, their per-question ones from the answers of those scorecards only.
 */
@Injectable()
export class ValidityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The rubric most rounds in scope were scored with, when the viewer chose none. */
  async findMostUsedRubric(viewer: SessionUser, filters: ValidityFilters): Promise<string | null> {
    const { params, add } = sqlParams();
    const row = await queryOne<{ rubric_id: string }>(
      this.dataSource.manager,
      `SELECT v.rubric_id
         FROM interview_rounds r
         JOIN rubric_versions v ON v.id = r.rubric_version_id
         JOIN jobs j ON j.id = r.job_id
        WHERE r.score IS NOT NULL AND ${scopeConditions(viewer, filters, add)}
        GROUP BY v.rubric_id ORDER BY count(*) DESC, v.rubric_id LIMIT 1`,
      params,
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

  /** Applicants in scope with their stored corrected score and outcomes (if any). */
  findApplicants(
    viewer: SessionUser,
    filters: ValidityFilters,
    rubricId: string,
  ): Promise<ApplicantRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `WITH applicants AS (${scopedScorecardsSql(viewer, filters, rubricId, add, 'DISTINCT r.candidate_id')})
       SELECT c.id AS candidate_id, c.corrected_score::float8 AS corrected_score,
              o.nesting_qa_score, o.average_handle_time_seconds, o.first_contact_resolution_percent,
              o.csat_percent, o.employed_at_30_days, o.employed_at_90_days,
              o.candidate_id IS NOT NULL AS has_outcomes
         FROM applicants a
         JOIN candidates c ON c.id = a.candidate_id
         LEFT JOIN candidate_outcomes o ON o.candidate_id = c.id
        ORDER BY c.id`,
      params,
    );
  }

  /** Each applicant's mean corrected category rating, per category lineage. */
  findCategoryScores(
    viewer: SessionUser,
    filters: ValidityFilters,
    rubricId: string,
  ): Promise<LineageScoreRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `WITH ${interviewerLeniencyCte},
       cards AS (${scopedScorecardsSql(
         viewer,
         filters,
         rubricId,
         add,
         'r.candidate_id, s.interviewer_id, s.category_lineages, s.category_ratings, s.category_answered',
       )})
       SELECT cards.candidate_id, u.lineage_id,
              avg(u.rating - COALESCE(l.leniency, 0))::float8 AS score
         FROM cards
         LEFT JOIN leniency l ON l.interviewer_id = cards.interviewer_id
         CROSS JOIN LATERAL unnest(cards.category_lineages, cards.category_ratings, cards.category_answered)
              AS u(lineage_id, rating, answered)
        WHERE u.answered > 0
        GROUP BY cards.candidate_id, u.lineage_id`,
      params,
    );
  }

  /** Each applicant's mean corrected rating, per question lineage (questions not asked: none). */
  findQuestionScores(
    viewer: SessionUser,
    filters: ValidityFilters,
    rubricId: string,
  ): Promise<LineageScoreRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `WITH ${interviewerLeniencyCte},
       cards AS (${scopedScorecardsSql(viewer, filters, rubricId, add, 'r.candidate_id, s.id, s.interviewer_id')})
       SELECT cards.candidate_id, q.lineage_id,
              avg(a.rating - COALESCE(l.leniency, 0))::float8 AS score
         FROM cards
         JOIN scorecard_answers a ON a.scorecard_id = cards.id
         JOIN rubric_questions q ON q.id = a.question_id
         LEFT JOIN leniency l ON l.interviewer_id = cards.interviewer_id
        WHERE a.rating IS NOT NULL
        GROUP BY cards.candidate_id, q.lineage_id`,
      params,
    );
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

/** The scope's conditions on rounds `r` and their jobs `j`; hiring managers: their jobs only. */
function scopeConditions(viewer: SessionUser, filters: ValidityFilters, add: AddParam): string {
  const conditions = ['TRUE'];
  if (viewer.role === 'hiring_manager') {
    conditions.push(
      `EXISTS (SELECT 1 FROM job_hiring_managers sm WHERE sm.job_id = r.job_id AND sm.user_id = ${add(viewer.id)})`,
    );
  }
  if (filters.jobId) conditions.push(`r.job_id = ${add(filters.jobId)}::uuid`);
  if (filters.site) conditions.push(`j.site = ${add(filters.site)}`);
  return conditions.join(' AND ');
}

/** Submitted scorecards of rounds in scope scored with the rubric (any version), as a subquery. */
function scopedScorecardsSql(
  viewer: SessionUser,
  filters: ValidityFilters,
  rubricId: string,
  add: AddParam,
  columns: string,
): string {
  return `SELECT ${columns}
            FROM scorecards s
            JOIN interview_rounds r ON r.id = s.round_id
            JOIN rubric_versions v ON v.id = r.rubric_version_id
            JOIN jobs j ON j.id = r.job_id
           WHERE s.status = 'submitted' AND v.rubric_id = ${add(rubricId)}::uuid
             AND ${scopeConditions(viewer, filters, add)}`;
}
