import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The calibration trend: each fit's leniency per interviewer and calendar month (UTC, of the
 * interview), so the Calibration page can show drift and bound it by a period. One row per
 * interviewer and month they scored in: about 1,200 interviewers × 24 months at the bench's
 * scale, read by (fit, interviewer) through the primary key.
 */
export class CalibrationTrend1763940000000 implements MigrationInterface {
  name = 'CalibrationTrend1763940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "calibration_interviewer_months" (
        "fit_id" bigint NOT NULL,
        "interviewer_id" uuid NOT NULL,
        -- The first day of the month.
        "month" date NOT NULL CHECK (extract(day FROM "month") = 1),
        -- Rating points above (+) or below (−) the average interviewer in that month, shrunk like
        -- the overall leniency; null without linked scorecards that month.
        "leniency" double precision,
        "standard_error" double precision,
        "lower" double precision,
        "upper" double precision,
        "scorecards" integer NOT NULL,
        "linked_scorecards" integer NOT NULL,
        PRIMARY KEY ("fit_id", "interviewer_id", "month"),
        FOREIGN KEY ("fit_id", "interviewer_id")
          REFERENCES "calibration_interviewers" ("fit_id", "interviewer_id") ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calibration_interviewer_months"`);
  }
}
