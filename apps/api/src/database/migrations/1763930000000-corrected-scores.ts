import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leniency-corrected scores a pipeline can sort and filter by: each round keeps its pooled 1–5
 * score (so a refit rewrites corrected scores without reading answers again), and each candidate
 * its corrected 0–100 score beside the raw one, indexed the same ways.
 */
export class CorrectedScores1763930000000 implements MigrationInterface {
  name = 'CorrectedScores1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "interview_rounds" ADD COLUMN "score" double precision`);
    await q.query(`ALTER TABLE "candidates" ADD COLUMN "corrected_score" numeric(6, 3)`);
    await q.query(
      `CREATE INDEX "candidates_job_corrected_score_idx" ON "candidates" ("job_id", "corrected_score" DESC NULLS LAST, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "candidates_corrected_score_idx" ON "candidates" ("corrected_score" DESC NULLS LAST, "id" DESC)`,
    );
    // Existing rounds: the weighted mean of categories' mean ratings over submitted scorecards.
    await q.query(`
      UPDATE "interview_rounds" r SET "score" = x.weighted
        FROM (SELECT round_id, sum(score * weight) / NULLIF(sum(weight), 0) AS weighted
                FROM (SELECT s.round_id, c.id, c.weight::float8 AS weight, avg(a.rating)::float8 AS score
                        FROM scorecards s
                        JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.rating IS NOT NULL
                        JOIN rubric_questions q ON q.id = a.question_id
                        JOIN rubric_categories c ON c.id = q.category_id
                       WHERE s.status = 'submitted'
                       GROUP BY s.round_id, c.id, c.weight) AS categories
               GROUP BY round_id) AS x
       WHERE r.id = x.round_id`);
    // Existing candidates: from the latest fit, as CorrectedScoresRepository does after a refit.
    await q.query(`
      UPDATE "candidates" c SET "corrected_score" = x.corrected
        FROM (SELECT r.candidate_id,
                     avg(LEAST(100, GREATEST(0, (r.score - 1) / 4 * 100 - 25 *
                       (SELECT COALESCE(avg(CASE WHEN ci.comparable THEN ci.leniency ELSE 0 END), 0)
                          FROM scorecards s
                          LEFT JOIN calibration_interviewers ci ON ci.interviewer_id = s.interviewer_id
                                AND ci.fit_id = (SELECT max(f.id) FROM calibration_fits f WHERE f.status = 'succeeded')
                         WHERE s.round_id = r.id AND s.status = 'submitted')))) AS corrected
                FROM interview_rounds r
               WHERE r.score IS NOT NULL
               GROUP BY r.candidate_id) AS x
       WHERE c.id = x.candidate_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "candidates_corrected_score_idx"`);
    await q.query(`DROP INDEX "candidates_job_corrected_score_idx"`);
    await q.query(`ALTER TABLE "candidates" DROP COLUMN "corrected_score"`);
    await q.query(`ALTER TABLE "interview_rounds" DROP COLUMN "score"`);
  }
}
