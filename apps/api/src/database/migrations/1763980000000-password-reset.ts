import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Admin-issued password reset links. A row holds a hash of the link's token, never the token, so
 * the table opens nothing if it leaks. A used, replaced or expired row stays until the next link
 * for the same user, so that a second click can say why the link no longer works.
 */
export class PasswordReset1763980000000 implements MigrationInterface {
  name = 'PasswordReset1763980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "password_reset_tokens" (
        "token_hash" text NOT NULL,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "created_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "revoked_at" timestamptz,
        CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("token_hash")
      )`);
    await q.query(
      `CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" ("user_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "password_reset_tokens"`);
  }
}
