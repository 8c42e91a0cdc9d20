import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What happened after a hire (issue 21): one row per hired candidate with the figures the floor
 * keeps after nesting. A NULL figure is "not recorded"; the validity report pairs each figure
 * with the candidate's leniency-corrected interview scores.
 */
export class CandidateOutcomes1764090000000 implements MigrationInterface {
  name = 'CandidateOutcomes1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "candidate_outcomes" (
        "candidate_id" uuid NOT NULL REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "nesting_qa_score" double precision CHECK ("nesting_qa_score" BETWEEN 0 AND 100),
        "average_handle_time_seconds" integer CHECK ("average_handle_time_seconds" BETWEEN 1 AND 7200),
        "first_contact_resolution_percent" double precision
          CHECK ("first_contact_resolution_percent" BETWEEN 0 AND 100),
        "csat_percent" double precision CHECK ("csat_percent" BETWEEN 0 AND 100),
        "employed_at_30_days" boolean,
        "employed_at_90_days" boolean,
        "recorded_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "candidate_outcomes_pkey" PRIMARY KEY ("candidate_id")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "candidate_outcomes"`);
  }
}
