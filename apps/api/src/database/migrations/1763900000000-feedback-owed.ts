import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Feedback owed" reads the draft scorecards of past rounds. Drafts are a small, moving share of
 * millions of scorecards, so a partial index holds just them.
 */
export class FeedbackOwed1763900000000 implements MigrationInterface {
  name = 'FeedbackOwed1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "scorecards_draft_round_idx" ON "scorecards" ("round_id") WHERE status = 'draft'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "scorecards_draft_round_idx"`);
  }
}
