import {
  DISAGREEMENT_SPREAD,
  PANEL_SPLIT_QUESTION_SHARE,
  ScoreSummary,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { preparedSql, Sql } from '../../database/sql';
import { correctedRoundScoreSql } from '../calibration/corrected-score.sql';
import { knockOutsSql } from '../knock-outs/knock-outs.sql';

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
 * Whether round `roundId`'s panel split (PANEL_SPLIT_QUESTION_SHARE): submitted recommendations
 * two or more steps apart, or enough of its co-rated questions DISAGREEMENT_SPREAD or more apart.
 */
const panelSplitSql = (roundId: string) => `(
  COALESCE((SELECT max(array_position(ARRAY['strong_no', 'no', 'yes', 'strong_yes'], s.recommendation))
                 - min(array_position(ARRAY['strong_no', 'no', 'yes', 'strong_yes'], s.recommendation))
              FROM scorecards s WHERE s.round_id = ${roundId} AND s.status = 'submitted') >= 2, false)
  OR (SELECT count(*) FILTER (WHERE spread >= ${DISAGREEMENT_SPREAD})
             >= greatest(2, ceil(count(*) * ${PANEL_SPLIT_QUESTION_SHARE}))
        FROM (SELECT max(a.rating) - min(a.rating) AS spread
                FROM scorecards s
                JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.rating IS NOT NULL
               WHERE s.round_id = ${roundId} AND s.status = 'submitted'
               GROUP BY a.question_id HAVING count(*) > 1) AS co_rated))`;

/**
 * Scores, computed by PostgreSQL. A category's score is the mean of its answered ratings
 * ("not asked" never counts as zero); the weighted score averages the categories that have an
 * answer by their weights, renormalised over those categories; 0–100 is (score − 1) / 4 × 100.
 * `owners` select the answers pooled together: one scorecard, or all submitted scorecards of a round.
 */
const scoresSql = (ownerSql: string) => `
  WITH owners AS (${ownerSql}),
  -- Each pooled scorecard's answers are read as one index range (scorecard_id leads the primary
  -- key), not probed question by question.
  answered AS (
    SELECT o.owner_id, q.category_id, avg(a.rating)::float8 AS score, count(*)::int AS answered
      FROM owners o
     CROSS JOIN LATERAL unnest(o.scorecard_ids) AS pooled(scorecard_id)
      JOIN scorecard_answers a ON a.scorecard_id = pooled.scorecard_id AND a.rating IS NOT NULL
      JOIN rubric_questions q ON q.id = a.question_id
     GROUP BY o.owner_id, q.category_id),
  question_counts AS (
    SELECT q.category_id, count(*)::int AS questions
      FROM rubric_questions q
     WHERE q.rubric_version_id IN (SELECT rubric_version_id FROM owners)
     GROUP BY q.category_id),
  categories AS (
    SELECT o.owner_id, c.id AS category_id, c.name, c.position, c.weight::float8 AS weight,
           x.score, COALESCE(x.answered, 0) AS answered, COALESCE(n.questions, 0) AS questions
      FROM owners o
      JOIN rubric_categories c ON c.rubric_version_id = o.rubric_version_id
      LEFT JOIN question_counts n ON n.category_id = c.id
      LEFT JOIN answered x ON x.owner_id = o.owner_id AND x.category_id = c.id)
  SELECT *,
         sum(score * weight) OVER owner / NULLIF(sum(weight) FILTER (WHERE score IS NOT NULL) OVER owner, 0) AS weighted
    FROM categories
  WINDOW owner AS (PARTITION BY owner_id)
   ORDER BY owner_id, position`;

@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Outside a transaction these statements run as named statements: their plans (CTEs, window,
   * joins) take longer to make than to run, and summaries and comparisons send three of them.
   */
  private async run<Row>(db: Sql, name: string, text: string, values: unknown[]): Promise<Row[]> {
    if (db !== this.dataSource.manager) return (await db.query(text, values)) as Row[];
    return (await preparedSql(this.dataSource).query({ name, text, values })).rows as Row[];
  }

  /** Each scorecard's own scores, whatever its status. */
  async forScorecards(scorecardIds: string[], db: Sql): Promise<Map<string, ScoreSummary>> {
    const rows = await this.run<CategoryScoreRow>(
      db,
      'scoring.for_scorecards',
      scoresSql(`SELECT s.id AS owner_id, r.rubric_version_id, ARRAY[s.id] AS scorecard_ids
                   FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
                  WHERE s.id = ANY($1::uuid[])`),
      [scorecardIds],
    );
    return toSummaries(rows);
  }

  /**
   * Rounds' panel scores and scorecards' own scores in one statement (what a summary or a
   * comparison shows side by side): one round trip and one plan instead of two.
   */
  async forRoundsAndScorecards(
    roundIds: string[],
    scorecardIds: string[],
    db: Sql,
  ): Promise<{ rounds: Map<string, ScoreSummary>; scorecards: Map<string, ScoreSummary> }> {
    const rows = await this.run<CategoryScoreRow>(
      db,
      'scoring.for_rounds_and_scorecards',
      scoresSql(`SELECT r.id AS owner_id, r.rubric_version_id,
                        ARRAY(SELECT s.id FROM scorecards s WHERE s.round_id = r.id AND s.status = 'submitted') AS scorecard_ids
                   FROM interview_rounds r WHERE r.id = ANY($1::uuid[])
                 UNION ALL
                 SELECT s.id, r.rubric_version_id, ARRAY[s.id]
                   FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
                  WHERE s.id = ANY($2::uuid[])`),
      [roundIds, scorecardIds],
    );
    const all = toSummaries(rows);
    const pick = (ids: string[]) =>
      new Map(ids.flatMap((id) => (all.has(id) ? [[id, all.get(id) as ScoreSummary]] : [])));
    return { rounds: pick(roundIds), scorecards: pick(scorecardIds) };
  }

  /**
   * Stores each of a candidate's rounds' pooled 1–5 score and whether its panel split, and the
   * candidate's overall scores (mean of their rounds' weighted 0–100 scores, rounds with a
   * submitted scorecard only; raw, and leniency-corrected from the latest fit) and whether any
   * panel split, so that pipelines can sort by either score with an index and flag splits; and
   * the knock-out rules the candidate misses.
   */
  async refreshCandidateScore(db: Sql, candidateId: string): Promise<void> {
    await db.query(
      `WITH round_scores AS (
         ${scoresSql(`SELECT r.id AS owner_id, r.rubric_version_id,
                             ARRAY(SELECT s.id FROM scorecards s WHERE s.round_id = r.id AND s.status = 'submitted') AS scorecard_ids
                        FROM interview_rounds r WHERE r.candidate_id = $1`)}
       ),
       -- What a calibration refit reads of each submitted scorecard: its means per category lineage.
       category_means AS (
         UPDATE scorecards s
            SET category_lineages = x.lineages, category_ratings = x.ratings,
                category_answered = x.answered
           FROM (SELECT scorecard_id, array_agg(lineage_id ORDER BY lineage_id) AS lineages,
                        array_agg(rating ORDER BY lineage_id) AS ratings,
                        array_agg(answered ORDER BY lineage_id) AS answered
                   FROM (SELECT a.scorecard_id, cat.lineage_id, avg(a.rating)::real AS rating,
                                count(*)::smallint AS answered
                           FROM interview_rounds cr
                           JOIN scorecards sc ON sc.round_id = cr.id AND sc.status = 'submitted'
                           JOIN scorecard_answers a ON a.scorecard_id = sc.id AND a.rating IS NOT NULL
                           JOIN rubric_questions q ON q.id = a.question_id
                           JOIN rubric_categories cat ON cat.id = q.category_id
                          WHERE cr.candidate_id = $1
                          GROUP BY a.scorecard_id, cat.lineage_id) AS per_category
                  GROUP BY scorecard_id) AS x
          WHERE s.id = x.scorecard_id
         RETURNING s.id),
       rounds AS (
         UPDATE interview_rounds r SET score = x.weighted, panel_split = ${panelSplitSql('r.id')}
           FROM (SELECT DISTINCT owner_id, weighted FROM round_scores) AS x
          WHERE r.id = x.owner_id
         RETURNING r.id, r.score, r.panel_split)
       UPDATE candidates SET
         panel_split = COALESCE((SELECT bool_or(panel_split) FROM rounds), false),
         score = (SELECT avg((score - 1) / 4 * 100) FROM rounds WHERE score IS NOT NULL),
         corrected_score = (SELECT avg(${correctedRoundScoreSql('rounds.score', 'rounds.id')})
                              FROM rounds WHERE score IS NOT NULL),
         knock_outs = ${knockOutsSql('candidates')}
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
