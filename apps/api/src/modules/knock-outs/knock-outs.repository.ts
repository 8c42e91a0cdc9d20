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
  /** On the totals row only: the rounds read (one more than asked when there were more). */
  rounds_read: number | null;
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

  async versionExists(versionId: string): Promise<boolean> {
    const row = await queryOne(
      this.dataSource.manager,
      `SELECT 1 FROM rubric_versions WHERE id = $1`,
      [versionId],
    );
    return row !== undefined;
  }

  /**
   * For the knock-out questions of a (draft) version: the candidates rated on each question's
   * lineage in the `rounds` most recent rounds (with a submitted scorecard) of the rubric's other
   * versions, and how many had a round whose panel's mean rating was below the minimum. The last
   * row (question_id NULL) counts candidates across all rules, and the rounds read: `rounds + 1`
   * when there were more than `rounds` (only the first `rounds` are counted).
   * Each version's rounds are walked newest first (interview_rounds_rubric_version_scheduled_idx)
   * and each rating is one index probe: a bounded read whatever the number of past candidates
   * (reading every past round read the whole answers table: 1.25 s at 100,000 candidates).
   */
  rubricWhatIf(versionId: string, rounds: number): Promise<RubricWhatIfRow[]> {
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
       recent AS MATERIALIZED (
         SELECT w.id, w.candidate_id, w.rubric_version_id, w.scheduled_at
           FROM (SELECT DISTINCT rubric_version_id FROM past_questions) v
          CROSS JOIN LATERAL (
                -- A scalar subquery, not EXISTS: PostgreSQL would turn EXISTS into a join over
                -- every round of the version and sort them, instead of stopping at the limit.
                SELECT r.id, r.candidate_id, r.rubric_version_id, r.scheduled_at
                  FROM interview_rounds r
                 WHERE r.rubric_version_id = v.rubric_version_id
                   AND (SELECT true FROM scorecards s
                         WHERE s.round_id = r.id AND s.status = 'submitted' LIMIT 1)
                 ORDER BY r.scheduled_at DESC, r.id DESC LIMIT $2::int + 1) w
          ORDER BY w.scheduled_at DESC, w.id DESC LIMIT $2::int + 1),
       ratings AS MATERIALIZED (
         -- One index probe per scorecard and question (a join read every answer of each scorecard).
         SELECT pq.rule_id, r.id AS round_id, r.candidate_id,
                (SELECT a.rating FROM scorecard_answers a
                  WHERE a.scorecard_id = s.id AND a.question_id = pq.question_id) AS rating
           FROM (SELECT * FROM recent ORDER BY scheduled_at DESC, id DESC LIMIT $2) r
           JOIN past_questions pq ON pq.rubric_version_id = r.rubric_version_id
           JOIN scorecards s ON s.round_id = r.id AND s.status = 'submitted'),
       panels AS (
         SELECT rule_id, candidate_id, avg(rating) AS mean
           FROM ratings WHERE rating IS NOT NULL
          GROUP BY rule_id, round_id, candidate_id),
       verdicts AS (
         SELECT panels.rule_id, panels.candidate_id, bool_or(panels.mean < rules.min_rating) AS knocked_out
           FROM panels JOIN rules ON rules.id = panels.rule_id
          GROUP BY panels.rule_id, panels.candidate_id)
       SELECT rules.id AS question_id, rules.lineage_id, rules.text, rules.min_rating,
              rules.category_position, rules.position,
              count(v.candidate_id)::int AS candidates_rated,
              count(v.candidate_id) FILTER (WHERE v.knocked_out)::int AS knocked_out,
              NULL::int AS rounds_read
         FROM rules LEFT JOIN verdicts v ON v.rule_id = rules.id
        GROUP BY rules.id, rules.lineage_id, rules.text, rules.min_rating, rules.category_position, rules.position
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL, NULL, count(*)::int, count(*) FILTER (WHERE knocked_out)::int,
              (SELECT count(*)::int FROM recent)
         FROM (SELECT candidate_id, bool_or(knocked_out) AS knocked_out FROM verdicts GROUP BY candidate_id) AS anyone
        ORDER BY category_position NULLS LAST, position`,
      [versionId, rounds],
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
