import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interviewer calibration: each fit of the leniency model is a versioned row (what went in, the
 * variance components, reliability, timing), with one row per interviewer. Scores read the latest
 * successful fit, so a new scorecard gets a corrected score at once, without a refit.
 */
export class Calibration1763920000000 implements MigrationInterface {
  name = 'Calibration1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "calibration_fits" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "trigger" text NOT NULL CHECK ("trigger" IN ('manual', 'submissions', 'nightly')),
        "requested_by" uuid REFERENCES "users" ("id"),
        "status" text NOT NULL DEFAULT 'running' CHECK ("status" IN ('running', 'succeeded', 'failed')),
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "finished_at" timestamptz,
        -- Submitted scorecards when the fit started: "refit after every N submissions" counts from here.
        "submitted_scorecards" integer NOT NULL,
        "inputs" jsonb NOT NULL DEFAULT '{}',
        "results" jsonb,
        "error" text
      )`);
    await q.query(
      `CREATE INDEX "calibration_fits_succeeded_idx" ON "calibration_fits" ("id" DESC) WHERE "status" = 'succeeded'`,
    );
    await q.query(`
      CREATE TABLE "calibration_interviewers" (
        "fit_id" bigint NOT NULL REFERENCES "calibration_fits" ("id") ON DELETE CASCADE,
        "interviewer_id" uuid NOT NULL REFERENCES "users" ("id"),
        -- Rating points above (+) or below (−) the average interviewer; null when not comparable.
        "leniency" double precision,
        "standard_error" double precision,
        "lower" double precision,
        "upper" double precision,
        "scorecards" integer NOT NULL,
        "linked_scorecards" integer NOT NULL,
        "calibrated" boolean NOT NULL,
        "comparable" boolean NOT NULL,
        "spread_ratio" double precision,
        "agreement_mad" double precision,
        "agreement_correlation" double precision,
        "halo_excess" double precision,
        -- Per category lineage: { lineageId, name, leniency, standardError }.
        "categories" jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY ("fit_id", "interviewer_id")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calibration_interviewers"`);
    await q.query(`DROP TABLE "calibration_fits"`);
  }
}
