import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in: password hashes, sessions and failed attempts, all in PostgreSQL so that several API
 * instances share them. A session row holds a hash of the cookie's id, never the id itself.
 */
export class SignIn1763870000000 implements MigrationInterface {
  name = 'SignIn1763870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD COLUMN "password_hash" text`);
    await q.query(`
      CREATE TABLE "sessions" (
        "id_hash" text NOT NULL,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "csrf_token" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_seen_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "sessions_pkey" PRIMARY KEY ("id_hash")
      )`);
    await q.query(`CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id")`);
    await q.query(`CREATE INDEX "sessions_expires_at_idx" ON "sessions" ("expires_at")`);
    await q.query(`
      CREATE TABLE "login_failures" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "email" text NOT NULL,
        "ip" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "login_failures_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "login_failures_email_idx" ON "login_failures" ("email", "created_at")`,
    );
    await q.query(`CREATE INDEX "login_failures_ip_idx" ON "login_failures" ("ip", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_failures"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "password_hash"`);
  }
}
