import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on (OpenID Connect).
 *
 * - `user_identities`: which account at which identity provider is which user. A person is found
 *   by `(issuer, subject)` once linked (the subject never changes; the email may), and one user has
 *   at most one account per issuer, so a second IdP account with the same email cannot take over
 *   a linked user.
 * - `sso_settings`: one row; the role given to people who sign in without an account yet, or
 *   NULL: they are refused. Never admin (the CHECK), and off until an admin chooses.
 */
export class SsoIdentities1764080000000 implements MigrationInterface {
  name = 'SsoIdentities1764080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "user_identities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "issuer" text NOT NULL,
        "subject" text NOT NULL,
        -- The email the IdP vouched for when the account was linked (what matched it).
        "email" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_sign_in_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "user_identities_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "user_identities_issuer_subject_key" UNIQUE ("issuer", "subject"),
        CONSTRAINT "user_identities_user_issuer_key" UNIQUE ("user_id", "issuer")
      )`);
    await q.query(`
      CREATE TABLE "sso_settings" (
        "id" boolean NOT NULL DEFAULT true CHECK ("id"),
        "provision_role" text CHECK ("provision_role" IN ('interviewer', 'recruiter', 'hiring_manager')),
        "updated_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "updated_at" timestamptz,
        CONSTRAINT "sso_settings_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`INSERT INTO "sso_settings" ("id") VALUES (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sso_settings"`);
    await q.query(`DROP TABLE "user_identities"`);
  }
}
