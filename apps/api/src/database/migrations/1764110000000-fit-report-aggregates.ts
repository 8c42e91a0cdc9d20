import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the question analysis and the validity report read (issue 21, scale): after each
 * calibration fit, one pass over the submitted scorecards sums, per job, what each report needs,
 * with that fit's leniency. A report adds up the jobs in its scope instead of reading 40 million
 * answers per request. `aggregated_at` marks the fit whose sums are complete; older fits' sums
 * are deleted when a newer one's are written.
 *
 * - fit_job_rubric_statistics: per job and rubric, submitted scorecards, panels (rounds with two
 *   or more), applicants (candidates with a scorecard) and the sums of their stored corrected
 *   scores (the validity report's applicant pool).
 * - fit_lineage_statistics: per job and category or question lineage, candidates rated on it,
 *   and for questions the rating counts, the item–rest and panel sums (JSON, as the model's
 *   `PairSums` and `PanelSums`) and the interviews that asked it per ISO week. `position`
 *   numbers a rubric's lineages within the fit: the index of `fit_hire_scores.scores`.
 * - fit_hire_scores: per hired candidate and rubric, the mean corrected rating of each lineage
 *   (NaN: not rated), for the validity report's hires.
 */
export class FitReportAggregates1764110000000 implements MigrationInterface {
  name = 'FitReportAggregates1764110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "calibration_fits" ADD COLUMN "aggregated_at" timestamptz`);
    await q.query(
      `CREATE INDEX "calibration_fits_aggregated_idx" ON "calibration_fits" ("id" DESC) WHERE "aggregated_at" IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE "fit_job_rubric_statistics" (
        "fit_id" bigint NOT NULL REFERENCES "calibration_fits" ("id") ON DELETE CASCADE,
        "rubric_id" uuid NOT NULL REFERENCES "rubrics" ("id") ON DELETE CASCADE,
        "job_id" uuid NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "scorecards" integer NOT NULL,
        "panels" integer NOT NULL,
        "applicants" integer NOT NULL,
        "corrected_scores" integer NOT NULL,
        "corrected_score_sum" double precision NOT NULL,
        "corrected_score_sum_of_squares" double precision NOT NULL,
        CONSTRAINT "fit_job_rubric_statistics_pkey" PRIMARY KEY ("fit_id", "rubric_id", "job_id")
      )`);
    await q.query(`
      CREATE TABLE "fit_lineage_statistics" (
        "fit_id" bigint NOT NULL REFERENCES "calibration_fits" ("id") ON DELETE CASCADE,
        "rubric_id" uuid NOT NULL REFERENCES "rubrics" ("id") ON DELETE CASCADE,
        "job_id" uuid NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "lineage_id" uuid NOT NULL,
        "kind" text NOT NULL CHECK ("kind" IN ('category', 'question')),
        "position" smallint NOT NULL,
        "scored_candidates" integer NOT NULL,
        "asked" integer NOT NULL DEFAULT 0,
        "not_asked" integer NOT NULL DEFAULT 0,
        "distribution" integer[] NOT NULL DEFAULT '{0,0,0,0,0}',
        "rating_sum" double precision NOT NULL DEFAULT 0,
        "item_rest" jsonb,
        "panel" jsonb,
        "weeks" jsonb,
        CONSTRAINT "fit_lineage_statistics_pkey" PRIMARY KEY ("fit_id", "rubric_id", "job_id", "lineage_id")
      )`);
    await q.query(`
      CREATE TABLE "fit_hire_scores" (
        "fit_id" bigint NOT NULL REFERENCES "calibration_fits" ("id") ON DELETE CASCADE,
        "rubric_id" uuid NOT NULL REFERENCES "rubrics" ("id") ON DELETE CASCADE,
        "candidate_id" uuid NOT NULL REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "job_id" uuid NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "scores" real[] NOT NULL,
        CONSTRAINT "fit_hire_scores_pkey" PRIMARY KEY ("fit_id", "rubric_id", "candidate_id")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "fit_hire_scores"`);
    await q.query(`DROP TABLE "fit_lineage_statistics"`);
    await q.query(`DROP TABLE "fit_job_rubric_statistics"`);
    await q.query(`DROP INDEX "calibration_fits_aggregated_idx"`);
    await q.query(`ALTER TABLE "calibration_fits" DROP COLUMN "aggregated_at"`);
  }
}
