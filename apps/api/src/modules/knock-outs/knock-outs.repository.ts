import { JobKnockOutRules } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, queryRows, Sql } from '../../database/sql';
import {
  FactRulesSql,
  knockOutsSql,
  missesLanguageSql,
  missesShiftSql,
  missesTypingSql,
} from './knock-outs.sql';

export interface RubricWhatIfRow {
  question_id: string;
  lineage_id: string;
  text: string;
  min_rating: number;
  candidates_rated: number;
  knocked_out: number;
}

export interface JobWhatIfRow {
  candidates: number;
  knocked_out: number;
  language: number;
  shift: number;
  typing: number;
}

/** Stored knock-outs (`candidates.knock_outs`) and the what-ifs that count a rule before it applies. */
@Injectable()
export class KnockOutsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Re-reads the rules these candidates miss (after their facts or job changed). */
  async refreshCandidates(db: Sql, candidateIds: string[]): Promise<void> {
    if (candidateIds.length === 0) return;
    await db.query(
      `UPDATE candidates c SET knock_outs = ${knockOutsSql('c')} WHERE c.id = ANY($1::uuid[])`,
      [candidateIds],
    );
  }

  /** Re-reads the rules every candidate of a job misses (after the job's rules changed). */
  async refreshJob(db: Sql, jobId: string): Promise<void> {
    await db.query(
      `UPDATE candidates c SET knock_outs = x.knock_outs
         FROM (SELECT c.id, ${knockOutsSql('c')} AS knock_outs FROM candidates c WHERE c.job_id = $1) x
        WHERE c.id = x.id AND c.knock_outs IS DISTINCT FROM x.knock_outs`,
      [jobId],
    );
  }

  /**
   * For the knock-out questions of a (draft) version: the past candidates rated on each question's
   * lineage in rounds of the rubric's other versions, and how many had a round whose panel's mean
   * rating was below the minimum. The last row (question_id NULL) counts candidates across all rules.
   */
  async versionExists(versionId: string): Promise<boolean> {
    const row = await queryOne(
      this.dataSource.manager,
      `SELECT 1 FROM rubric_versions WHERE id = $1`,
      [versionId],
    );
    return row !== undefined;
  }

  rubricWhatIf(versionId: string): Promise<RubricWhatIfRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH rules AS (
         SELECT q.id, q.lineage_id, q.text, q.knock_out_min_rating AS min_rating,
                cat.position AS category_position, q.position
           FROM rubric_questions q JOIN rubric_categories cat ON cat.id = q.category_id
          WHERE q.rubric_version_id = $1 AND q.knock_out_min_rating IS NOT NULL),
       past_questions AS (
         SELECT rules.id AS rule_id, pq.id AS question_id, pq.rubric_version_id
           FROM rules
           JOIN rubric_questions pq ON pq.lineage_id = rules.lineage_id AND pq.rubric_version_id <> $1),
       panels AS (
         SELECT pq.rule_id, r.candidate_id, avg(a.rating) AS mean
           FROM past_questions pq
           JOIN interview_rounds r ON r.rubric_version_id = pq.rubric_version_id
           JOIN scorecards s ON s.round_id = r.id AND s.status = 'submitted'
           JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.question_id = pq.question_id
                                   AND a.rating IS NOT NULL
          GROUP BY pq.rule_id, r.id, r.candidate_id),
       verdicts AS (
         SELECT panels.rule_id, panels.candidate_id, bool_or(panels.mean < rules.min_rating) AS knocked_out
           FROM panels JOIN rules ON rules.id = panels.rule_id
          GROUP BY panels.rule_id, panels.candidate_id)
       SELECT rules.id AS question_id, rules.lineage_id, rules.text, rules.min_rating,
              rules.category_position, rules.position,
              count(v.candidate_id)::int AS candidates_rated,
              count(v.candidate_id) FILTER (WHERE v.knocked_out)::int AS knocked_out
         FROM rules LEFT JOIN verdicts v ON v.rule_id = rules.id
        GROUP BY rules.id, rules.lineage_id, rules.text, rules.min_rating, rules.category_position, rules.position
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL, NULL, count(*)::int, count(*) FILTER (WHERE knocked_out)::int
         FROM (SELECT candidate_id, bool_or(knocked_out) AS knocked_out FROM verdicts GROUP BY candidate_id) AS anyone
        ORDER BY category_position NULLS LAST, position`,
      [versionId],
    );
  }

  /** How many of a job's active candidates (rejected and withdrawn aside) each fact rule would miss. */
  async jobWhatIf(jobId: string, rules: JobKnockOutRules): Promise<JobWhatIfRow> {
    const asked: FactRulesSql = {
      language: 'j.language',
      shift: 'j.shift',
      minLanguageLevel: '$2::text',
      requireShift: '$3::boolean',
      minTypingWpm: '$4::int',
    };
    const row = await queryOne<JobWhatIfRow>(
      this.dataSource.manager,
      `SELECT count(*)::int AS candidates,
              count(*) FILTER (WHERE language OR shift OR typing)::int AS knocked_out,
              count(*) FILTER (WHERE language)::int AS language,
              count(*) FILTER (WHERE shift)::int AS shift,
              count(*) FILTER (WHERE typing)::int AS typing
         FROM (SELECT ${missesLanguageSql('c', asked)} AS language,
                      ${missesShiftSql('c', asked)} AS shift,
                      ${missesTypingSql('c', asked)} AS typing
                 FROM candidates c JOIN jobs j ON j.id = c.job_id
                WHERE c.job_id = $1 AND c.stage NOT IN ('rejected', 'withdrawn')) AS misses`,
      [jobId, rules.minLanguageLevel, rules.requireShift, rules.minTypingWpm],
    );
    return row ?? { candidates: 0, knocked_out: 0, language: 0, shift: 0, typing: 0 };
  }
}
