import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knock-out rules (issue 21). A rubric question may set the panel's minimum mean rating (on its
 * version's row, so pinned rounds keep their rules); a job may set minimum facts. Each
 * candidate's missed rules are stored as a JSON array (`knock_outs`), refreshed with their
 * scores, facts and job, so that lists filter and show them without re-reading answers.
 * No rule exists yet, so every candidate starts with none.
 */
export class KnockOuts1764100000000 implements MigrationInterface {
  name = 'KnockOuts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "rubric_questions" ADD COLUMN "knock_out_min_rating" smallint
        CHECK ("knock_out_min_rating" BETWEEN 2 AND 5)`);
    await q.query(`
      ALTER TABLE "jobs"
        ADD COLUMN "knock_out_min_language_level" text
          CHECK ("knock_out_min_language_level" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
        ADD COLUMN "knock_out_requires_shift" boolean NOT NULL DEFAULT false,
        ADD COLUMN "knock_out_min_typing_wpm" smallint
          CHECK ("knock_out_min_typing_wpm" BETWEEN 1 AND 250)`);
    await q.query(
      `ALTER TABLE "candidates" ADD COLUMN "knock_outs" jsonb NOT NULL DEFAULT '[]'::jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "candidates" DROP COLUMN "knock_outs"`);
    await q.query(`
      ALTER TABLE "jobs" DROP COLUMN "knock_out_min_language_level",
        DROP COLUMN "knock_out_requires_shift", DROP COLUMN "knock_out_min_typing_wpm"`);
    await q.query(`ALTER TABLE "rubric_questions" DROP COLUMN "knock_out_min_rating"`);
  }
}
