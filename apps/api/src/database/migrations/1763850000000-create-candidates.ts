import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCandidates1763850000000 implements MigrationInterface {
  name = 'CreateCandidates1763850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE "candidates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "email" text NOT NULL,
        "phone" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "candidates_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "candidates_email_key" ON "candidates" ("email")`);
    // Serves the default list order and its keyset cursor (created_at, id), newest first.
    await queryRunner.query(
      `CREATE INDEX "candidates_created_at_id_idx" ON "candidates" ("created_at" DESC, "id" DESC)`,
    );
    // Serves `q` (substring search on name or email) without a sequential scan.
    await queryRunner.query(
      `CREATE INDEX "candidates_search_trgm_idx" ON "candidates" USING gin ((name || ' ' || email) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidates"`);
  }
}
