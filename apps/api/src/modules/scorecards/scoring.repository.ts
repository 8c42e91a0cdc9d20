import { ScoreSummary } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Sql } from '../../database/sql';

interface CategoryScoreRow {
  owner_id: string;
  category_id: string;
  name: string;
  position: number;
  weight: number;
  score: number | null;
  answered: number;
  questions: number;
  weighted: number | null;
}

/**
 * Scores, computed by PostgreSQL. A category's score is the mean of its answered ratings
 * ("not asked" never counts as zero); the weighted score averages the categories that have an
 * answer by their weights, renormalised over those categories; 0–100 is (score − 1) / 4 × 100.
 * `owners` select the answers pooled together: one scorecard, or all submitted scorecards of a round.
 */
const scoresSql = (ownerSql: string) => `
  WITH owners AS (${ownerSql}),
  categories AS (
    SELECT o.owner_id, c.id AS category_id, c.name, c.position, c.weight::float8 AS weight,
           avg(a.rating)::float8 AS score,
           count(a.rating)::int AS answered,
           count(DISTINCT q.id)::int AS questions
      FROM owners o
      JOIN rubric_categories c ON c.rubric_version_id = o.rubric_version_id
      LEFT JOIN rubric_questions q ON q.category_id = c.id
      LEFT JOIN scorecard_answers a
             ON a.question_id = q.id AND a.rating IS NOT NULL AND a.scorecard_id = ANY(o.scorecard_ids)
     GROUP BY o.owner_id, c.id)
  SELECT *,
         sum(score * weight) OVER owner / NULLIF(sum(weight) FILTER (WHERE score IS NOT NULL) OVER owner, 0) AS weighted
    FROM categories
  WINDOW owner AS (PARTITION BY owner_id)
   ORDER BY owner_id, position`;

@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each scorecard's own scores, whatever its status. */
  async forScorecards(
    scorecardIds: string[],
    db: Sql = this.dataSource.manager,
  ): Promise<Map<string, ScoreSummary>> {
    const rows = (await db.query(
      scoresSql(`SELECT s.id AS owner_id, r.rubric_version_id, ARRAY[s.id] AS scorecard_ids
                   FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
                  WHERE s.id = ANY($1::uuid[])`),
      [scorecardIds],
    )) as CategoryScoreRow[];
    return toSummaries(rows);
  }

  /** Each round's panel scores: the answers of its submitted scorecards pooled per category. */
  async forRounds(
    roundIds: string[],
    db: Sql = this.dataSource.manager,
  ): Promise<Map<string, ScoreSummary>> {
    const rows = (await db.query(
      scoresSql(`SELECT r.id AS owner_id, r.rubric_version_id,
                        ARRAY(SELECT s.id FROM scorecards s WHERE s.round_id = r.id AND s.status = 'submitted') AS scorecard_ids
                   FROM interview_rounds r WHERE r.id = ANY($1::uuid[])`),
      [roundIds],
    )) as CategoryScoreRow[];
    return toSummaries(rows);
  }

  /**
   * Per candidate and category name, the mean of the rounds' category scores (rounds of one job
   * when `jobId` is given): categories of different rubrics meet by name.
   */
  async categoryMeansForCandidates(
    candidateIds: string[],
    jobId: string | null,
    db: Sql = this.dataSource.manager,
  ): Promise<{ candidate_id: string; name: string; score: number | null }[]> {
    return db.query(
      `WITH round_scores AS (
         ${scoresSql(`SELECT r.id AS owner_id, r.rubric_version_id,
                             ARRAY(SELECT s.id FROM scorecards s WHERE s.round_id = r.id AND s.status = 'submitted') AS scorecard_ids
                        FROM interview_rounds r
                       WHERE r.candidate_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR r.job_id = $2::uuid)`)}
       )
       SELECT r.candidate_id, rs.name, avg(rs.score)::float8 AS score
         FROM round_scores rs JOIN interview_rounds r ON r.id = rs.owner_id
        GROUP BY r.candidate_id, rs.name
        ORDER BY r.candidate_id, min(rs.position), rs.name`,
      [candidateIds, jobId],
    );
  }

  /**
   * Stores a candidate's overall score (mean of their rounds' weighted 0–100 scores, rounds with a
   * submitted scorecard only), so that pipelines can sort by score with an index.
   */
  async refreshCandidateScore(db: Sql, candidateId: string): Promise<void> {
    await db.query(
      `WITH round_scores AS (
         ${scoresSql(`SELECT r.id AS owner_id, r.rubric_version_id,
                             ARRAY(SELECT s.id FROM scorecards s WHERE s.round_id = r.id AND s.status = 'submitted') AS scorecard_ids
                        FROM interview_rounds r WHERE r.candidate_id = $1`)}
       )
       UPDATE candidates SET score = (
         SELECT avg((weighted - 1) / 4 * 100)
           FROM (SELECT DISTINCT owner_id, weighted FROM round_scores WHERE weighted IS NOT NULL) AS rounds)
        WHERE id = $1`,
      [candidateId],
    );
  }
}

function toSummaries(rows: CategoryScoreRow[]): Map<string, ScoreSummary> {
  const summaries = new Map<string, ScoreSummary>();
  for (const row of rows) {
    let summary = summaries.get(row.owner_id);
    if (!summary) {
      summary = {
        categories: [],
        weightedScore: row.weighted,
        weightedScore100: to100(row.weighted),
      };
      summaries.set(row.owner_id, summary);
    }
    summary.categories.push({
      categoryId: row.category_id,
      name: row.name,
      weight: row.weight,
      score: row.score,
      answered: row.answered,
      questions: row.questions,
    });
  }
  return summaries;
}

export function to100(score: number | null): number | null {
  return score === null ? null : ((score - 1) / 4) * 100;
}

export const emptySummary = (): ScoreSummary => ({
  categories: [],
  weightedScore: null,
  weightedScore100: null,
});
