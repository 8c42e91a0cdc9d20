import { QuestionAnalysisQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, queryRows } from '../../database/sql';
import { AddParam, sqlParams } from '../access/visibility.sql';
import { latestAggregatedFitSql } from '../report-aggregates/report-aggregates.sql';
import { PairSums, PanelSums } from './model';

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

/** One job's sums for one question lineage, from the latest aggregated fit. */
export interface QuestionStatisticsRow {
  lineage_id: string;
  site: string;
  asked: number;
  not_asked: number;
  /** Counts of ratings 1..5. */
  distribution: number[];
  rating_sum: number;
  item_rest: PairSums;
  panel: PanelSums;
  /** Rounds that asked and rated it, per ISO week. */
  weeks: Record<string, number>;
}

export interface AggregatedFitRow {
  id: string;
  aggregated_at: Date;
}

export interface ScopeCountRow {
  scorecards: number;
  panels: number;
}

/**
 * The question analysis's inputs. In scope: submitted scorecards of rounds scored with any
 * version of the rubric, narrowed to a job or to the jobs of a site, as the latest aggregated
 * calibration fit summed them per job (`fit_lineage_statistics`): a request reads one row per
 * job and question, never the answers.
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

  /** The newest fit whose report aggregates are written; undefined before the first. */
  findAggregatedFit(): Promise<AggregatedFitRow | undefined> {
    return queryOne(this.dataSource.manager, latestAggregatedFitSql);
  }

  /** Scorecards in scope, and rounds among them with two or more (panels). */
  async countScope(
    fitId: string,
    rubricId: string,
    query: QuestionAnalysisQuery,
  ): Promise<ScopeCountRow> {
    const { params, add } = sqlParams();
    const row = await queryOne<ScopeCountRow>(
      this.dataSource.manager,
      `SELECT COALESCE(sum(s.scorecards), 0)::int AS scorecards,
              COALESCE(sum(s.panels), 0)::int AS panels
         FROM fit_job_rubric_statistics s JOIN jobs j ON j.id = s.job_id
        WHERE ${scopeSql(fitId, rubricId, query, add)}`,
      params,
    );
    return row ?? { scorecards: 0, panels: 0 };
  }

  /** Each question lineage's sums per job in scope, with the job's site. */
  findQuestionStatistics(
    fitId: string,
    rubricId: string,
    query: QuestionAnalysisQuery,
  ): Promise<QuestionStatisticsRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `SELECT s.lineage_id, j.site, s.asked, s.not_asked, s.distribution, s.rating_sum,
              s.item_rest, s.panel, s.weeks
         FROM fit_lineage_statistics s JOIN jobs j ON j.id = s.job_id
        WHERE s.kind = 'question' AND ${scopeSql(fitId, rubricId, query, add)}`,
      params,
    );
  }

  /** The jobs whose rounds were scored with the rubric, as of the fit. */
  findJobs(
    fitId: string,
    rubricId: string,
  ): Promise<{ id: string; title: string; site: string }[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT j.id, j.title, j.site FROM jobs j
        WHERE EXISTS (SELECT 1 FROM fit_job_rubric_statistics s
                       WHERE s.fit_id = $1 AND s.rubric_id = $2 AND s.job_id = j.id)
        ORDER BY j.title, j.site, j.id`,
      [fitId, rubricId],
    );
  }
}

/** The fit's per-job rows `s` (jobs `j`) of the rubric in scope. */
function scopeSql(
  fitId: string,
  rubricId: string,
  query: QuestionAnalysisQuery,
  add: AddParam,
): string {
  const conditions = [`s.fit_id = ${add(fitId)}`, `s.rubric_id = ${add(rubricId)}::uuid`];
  if (query.jobId) conditions.push(`s.job_id = ${add(query.jobId)}::uuid`);
  if (query.site) conditions.push(`j.site = ${add(query.site)}`);
  return conditions.join(' AND ');
}
