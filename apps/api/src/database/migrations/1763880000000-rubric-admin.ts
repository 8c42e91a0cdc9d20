import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rubric and job administration: follow-up prompts per question, default interviewers per plan
 * round, and a trigram index so the question bank searches every rubric's questions quickly.
 */
export class RubricAdmin1763880000000 implements MigrationInterface {
  name = 'RubricAdmin1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "rubric_questions" ADD COLUMN "follow_ups" text[] NOT NULL DEFAULT '{}'`,
    );
    await q.query(`
      CREATE TABLE "job_plan_round_interviewers" (
        "plan_round_id" uuid NOT NULL REFERENCES "job_plan_rounds" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id"),
        "position" integer NOT NULL,
        CONSTRAINT "job_plan_round_interviewers_pkey" PRIMARY KEY ("plan_round_id", "user_id")
      )`);
    await q.query(
      `CREATE INDEX "job_plan_round_interviewers_user_idx" ON "job_plan_round_interviewers" ("user_id")`,
    );
    await q.query(
      `CREATE INDEX "rubric_questions_text_trgm_idx" ON "rubric_questions" USING gin ("text" gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "rubric_questions_text_trgm_idx"`);
    await q.query(`DROP TABLE "job_plan_round_interviewers"`);
    await q.query(`ALTER TABLE "rubric_questions" DROP COLUMN "follow_ups"`);
  }
}
