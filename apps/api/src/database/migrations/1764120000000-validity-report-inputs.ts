import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The validity report at a million candidates (issue 21): what a request reads is smaller and
 * its computed figures can be kept until their inputs change.
 *
 * - fit_hire_scores.scores becomes little-endian float32 bytes (4 per lineage, NaN: not rated):
 *   70,000 hires' real[] came as text that took the API ~0.5 s to parse per request.
 * - fit_hire_scores.corrected_score: the hire's stored 0–100 corrected score as of the fit, as
 *   the pool's sums are, instead of joining candidates for the live one.
 * - candidate_outcomes_revision: one counter, raised in the same transaction by every statement
 *   that changes candidate_outcomes (cascades from a candidate's deletion included), so a cached
 *   report knows its outcomes are still current. The row lock orders the raises as the commits.
 *
 * The existing aggregates are dropped and every fit marked unaggregated: the next start-up
 * aggregates the newest fit again in the new layout (about a quarter of an hour at 1M).
 */
export class ValidityReportInputs1764120000000 implements MigrationInterface {
  name = 'ValidityReportInputs1764120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "fit_hire_scores"`);
    await q.query(`DELETE FROM "fit_lineage_statistics"`);
    await q.query(`DELETE FROM "fit_job_rubric_statistics"`);
    await q.query(`UPDATE "calibration_fits" SET "aggregated_at" = NULL`);
    await q.query(`ALTER TABLE "fit_hire_scores" DROP COLUMN "scores"`);
    await q.query(
      `ALTER TABLE "fit_hire_scores" ADD COLUMN "scores" bytea NOT NULL, ADD COLUMN "corrected_score" double precision`,
    );
    await q.query(`
      CREATE TABLE "candidate_outcomes_revision" (
        "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
        "revision" bigint NOT NULL
      )`);
    await q.query(`INSERT INTO "candidate_outcomes_revision" ("revision") VALUES (0)`);
    await q.query(`
      CREATE FUNCTION "raise_candidate_outcomes_revision"() RETURNS trigger LANGUAGE plpgsql
        SET search_path FROM CURRENT AS $$
      BEGIN
        INSERT INTO candidate_outcomes_revision (id, revision) VALUES (true, 1)
          ON CONFLICT (id) DO UPDATE SET revision = candidate_outcomes_revision.revision + 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "candidate_outcomes_revision_raise"
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "candidate_outcomes"
        FOR EACH STATEMENT EXECUTE FUNCTION "raise_candidate_outcomes_revision"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "candidate_outcomes_revision_raise" ON "candidate_outcomes"`);
    await q.query(`DROP FUNCTION "raise_candidate_outcomes_revision"()`);
    await q.query(`DROP TABLE "candidate_outcomes_revision"`);
    await q.query(`DELETE FROM "fit_hire_scores"`);
    await q.query(`DELETE FROM "fit_lineage_statistics"`);
    await q.query(`DELETE FROM "fit_job_rubric_statistics"`);
    await q.query(`UPDATE "calibration_fits" SET "aggregated_at" = NULL`);
    await q.query(`ALTER TABLE "fit_hire_scores" DROP COLUMN "corrected_score"`);
    await q.query(`ALTER TABLE "fit_hire_scores" DROP COLUMN "scores"`);
    await q.query(`ALTER TABLE "fit_hire_scores" ADD COLUMN "scores" real[] NOT NULL`);
  }
}
