import { QuestionAnalysisQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, queryRows } from '../../database/sql';
import { AddParam, sqlParams } from '../access/visibility.sql';
import { interviewerLeniencyCte } from '../calibration/corrected-score.sql';

export interface RubricRow {
  id: string;
  name: string;
  latest_version_id: string | null;
  latest_version: number | null;
  draft_version_id: string | null;
  draft_version: number | null;
}

export interface LineageRow {
  kind: 'category' | 'question';
  lineage_id: string;
  /** A question's category lineage (in the latest published version that has it). */
  category_lineage_id: string | null;
  label: string;
  in_latest_version: boolean;
}

export interface QuestionCountRow {
  lineage_id: string;
  asked: number;
  not_asked: number;
  /** Counts of ratings 1..5. */
  distribution: number[];
  mean: number | null;
}

export interface ExposureRow {
  lineage_id: string;
  site: string;
  week: string;
  asked: number;
  /** The question's busiest site-week (ties: the newest). */
  peak: boolean;
}

/** One rated answer, leniency-corrected, for the item–rest correlation and the panel ICC. */
export interface CorrectedAnswerRow {
  scorecard_id: string;
  round_id: string;
  /** The category of the question on that scorecard's rubric version. */
  category_lineage_id: string;
  lineage_id: string;
  score: number;
}

export interface ScopeCountRow {
  scorecards: number;
  panels: number;
}

/**
 * The question analysis's inputs. In scope: submitted scorecards of rounds scored with any
 * version of the rubric, narrowed to a job or to the jobs of a site. Counts, rating
 * distributions and the per-site-week exposure are aggregated here; only the corrected ratings
 * the correlations need (one row per rated answer) go to Node.
 */
@Injectable()
export class QuestionAnalysisRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The rubric, its newest published version and its open draft; undefined if unknown. */
  findRubric(rubricId: string): Promise<RubricRow | undefined> {
    return queryOne(
      this.dataSource.manager,
      `SELECT ru.id, ru.name, latest.id AS latest_version_id, latest.version AS latest_version,
              draft.id AS draft_version_id, draft.version AS draft_version
         FROM rubrics ru
         LEFT JOIN LATERAL (SELECT v.id, v.version FROM rubric_versions v
                             WHERE v.rubric_id = ru.id AND v.status <> 'draft'
                             ORDER BY v.version DESC LIMIT 1) latest ON TRUE
         LEFT JOIN LATERAL (SELECT v.id, v.version FROM rubric_versions v
                             WHERE v.rubric_id = ru.id AND v.status = 'draft'
                             ORDER BY v.version DESC LIMIT 1) draft ON TRUE
        WHERE ru.id = $1`,
      [rubricId],
    );
  }

  /**
   * The categories and questions of the rubric's published versions by lineage, named as in the
   * latest version that has them, in that version's order (newest versions' items first).
   */
  findLineages(rubricId: string): Promise<LineageRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH published AS (
         SELECT v.id, v.version, v.version = max(v.version) OVER () AS latest
           FROM rubric_versions v WHERE v.rubric_id = $1 AND v.status <> 'draft'),
       categories AS (
         SELECT DISTINCT ON (cat.lineage_id) cat.lineage_id, cat.name, cat.position, p.version, p.latest
           FROM rubric_categories cat JOIN published p ON p.id = cat.rubric_version_id
          ORDER BY cat.lineage_id, p.version DESC),
       questions AS (
         SELECT DISTINCT ON (q.lineage_id) q.lineage_id, q.text, q.position, p.latest,
                cat.lineage_id AS category_lineage_id
           FROM rubric_questions q
           JOIN rubric_categories cat ON cat.id = q.category_id
           JOIN published p ON p.id = q.rubric_version_id
          ORDER BY q.lineage_id, p.version DESC)
       SELECT kind, lineage_id, category_lineage_id, label, in_latest_version FROM (
         SELECT 'category' AS kind, c.lineage_id, NULL::uuid AS category_lineage_id, c.name AS label,
                c.latest AS in_latest_version, c.version, c.position AS category_position,
                -1 AS question_position, c.lineage_id AS grouped
           FROM categories c
         UNION ALL
         SELECT 'question', q.lineage_id, q.category_lineage_id, q.text, q.latest, c.version,
                c.position, q.position, c.lineage_id
           FROM questions q JOIN categories c ON c.lineage_id = q.category_lineage_id) lineages
        ORDER BY version DESC, category_position, grouped, question_position, lineage_id`,
      [rubricId],
    );
  }

  /** Scorecards in scope, and rounds among them with two or more (panels). */
  async countScope(rubricId: string, query: QuestionAnalysisQuery): Promise<ScopeCountRow> {
    const { params, add } = sqlParams();
    const row = await queryOne<ScopeCountRow>(
      this.dataSource.manager,
      `WITH cards AS (${scopedScorecardsSql(rubricId, query, add, 's.id, s.round_id')}),
       per_round AS (SELECT round_id, count(*) AS n FROM cards GROUP BY round_id)
       SELECT COALESCE(sum(n), 0)::int AS scorecards,
              (count(*) FILTER (WHERE n >= 2))::int AS panels
         FROM per_round`,
      params,
    );
    return row ?? { scorecards: 0, panels: 0 };
  }

  /** Per question lineage: answers rated and "not asked", the 1..5 counts, the mean rating. */
  findCounts(rubricId: string, query: QuestionAnalysisQuery): Promise<QuestionCountRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `WITH cards AS (${scopedScorecardsSql(rubricId, query, add, 's.id')})
       SELECT q.lineage_id,
              (count(*) FILTER (WHERE a.rating IS NOT NULL))::int AS asked,
              (count(*) FILTER (WHERE a.not_asked))::int AS not_asked,
              ARRAY[(count(*) FILTER (WHERE a.rating = 1))::int,
                    (count(*) FILTER (WHERE a.rating = 2))::int,
                    (count(*) FILTER (WHERE a.rating = 3))::int,
                    (count(*) FILTER (WHERE a.rating = 4))::int,
                    (count(*) FILTER (WHERE a.rating = 5))::int] AS distribution,
              avg(a.rating)::float8 AS mean
         FROM cards
         JOIN scorecard_answers a ON a.scorecard_id = cards.id
         JOIN rubric_questions q ON q.id = a.question_id
        GROUP BY q.lineage_id`,
      params,
    );
  }

  /**
   * Per question lineage, site (the round's job's) and ISO week (of the round's scheduled start,
   * UTC): the interviews in which it was asked and rated. Only each question's busiest site-week
   * and those above `threshold` come back.
   */
  findExposure(
    rubricId: string,
    query: QuestionAnalysisQuery,
    threshold: number,
  ): Promise<ExposureRow[]> {
    const { params, add } = sqlParams();
    const cards = scopedScorecardsSql(
      rubricId,
      query,
      add,
      `s.id, s.round_id, j.site, to_char(r.scheduled_at AT TIME ZONE 'UTC', 'IYYY-"W"IW') AS week`,
    );
    return queryRows(
      this.dataSource.manager,
      `WITH cards AS (${cards}),
       weeks AS (
         SELECT q.lineage_id, cards.site, cards.week, count(DISTINCT cards.round_id)::int AS asked
           FROM cards
           JOIN scorecard_answers a ON a.scorecard_id = cards.id AND a.rating IS NOT NULL
           JOIN rubric_questions q ON q.id = a.question_id
          GROUP BY q.lineage_id, cards.site, cards.week),
       ranked AS (
         SELECT weeks.*, row_number() OVER (PARTITION BY lineage_id
                                            ORDER BY asked DESC, week DESC, site) = 1 AS peak
           FROM weeks)
       SELECT lineage_id, site, week, asked, peak FROM ranked
        WHERE peak OR asked > ${add(threshold)}::int
        ORDER BY lineage_id, week DESC, site`,
      params,
    );
  }

  /** Every rated answer in scope, less its interviewer's leniency. */
  findCorrectedAnswers(
    rubricId: string,
    query: QuestionAnalysisQuery,
  ): Promise<CorrectedAnswerRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `WITH ${interviewerLeniencyCte},
       cards AS (${scopedScorecardsSql(rubricId, query, add, 's.id, s.round_id, s.interviewer_id')})
       SELECT cards.id AS scorecard_id, cards.round_id, cat.lineage_id AS category_lineage_id,
              q.lineage_id, (a.rating - COALESCE(l.leniency, 0))::float8 AS score
         FROM cards
         JOIN scorecard_answers a ON a.scorecard_id = cards.id AND a.rating IS NOT NULL
         JOIN rubric_questions q ON q.id = a.question_id
         JOIN rubric_categories cat ON cat.id = q.category_id
         LEFT JOIN leniency l ON l.interviewer_id = cards.interviewer_id`,
      params,
    );
  }

  /** The jobs whose rounds were scored with the rubric. */
  findJobs(rubricId: string): Promise<{ id: string; title: string; site: string }[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT j.id, j.title, j.site FROM jobs j
        WHERE EXISTS (SELECT 1 FROM interview_rounds r
                        JOIN rubric_versions v ON v.id = r.rubric_version_id
                       WHERE r.job_id = j.id AND v.rubric_id = $1)
        ORDER BY j.title, j.site, j.id`,
      [rubricId],
    );
  }
}

/** Submitted scorecards of rounds scored with the rubric (any version) in scope, as a subquery. */
function scopedScorecardsSql(
  rubricId: string,
  query: QuestionAnalysisQuery,
  add: AddParam,
  columns: string,
): string {
  const conditions = [`s.status = 'submitted'`, `v.rubric_id = ${add(rubricId)}::uuid`];
  if (query.jobId) conditions.push(`r.job_id = ${add(query.jobId)}::uuid`);
  if (query.site) conditions.push(`j.site = ${add(query.site)}`);
  return `SELECT ${columns}
            FROM scorecards s
            JOIN interview_rounds r ON r.id = s.round_id
            JOIN rubric_versions v ON v.id = r.rubric_version_id
            JOIN jobs j ON j.id = r.job_id
           WHERE ${conditions.join(' AND ')}`;
}
