import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft rubric version's edit revision: every save adds one, and a save names the revision it
 * was made on (If-Match), so that two admins editing one draft cannot overwrite each other.
 */
export class RubricDraftRevision1764010000002 implements MigrationInterface {
  name = 'RubricDraftRevision1764010000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rubric_versions ADD COLUMN revision integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rubric_versions DROP COLUMN revision`);
  }
}
