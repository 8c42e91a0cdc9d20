import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rubric knock-out what-if reads the most recent rounds of the rubric's earlier versions, not
 * all of them: this index walks a version's rounds newest first. Counting every past round read
 * the whole answers table (1.25 s at 100,000 candidates, 150,000 blocks; linear beyond).
 */
export class KnockOutWhatIfWindow1764130000000 implements MigrationInterface {
  name = 'KnockOutWhatIfWindow1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "interview_rounds_rubric_version_scheduled_idx" ON "interview_rounds" ("rubric_version_id", "scheduled_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "interview_rounds_rubric_version_scheduled_idx"`);
  }
}
