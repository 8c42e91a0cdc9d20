import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"): a browser that
 * signed in as a user gets a signed cookie for that user; its failed sign-ins count against that
 * device alone, so wrong passwords from elsewhere cannot lock the owner out.
 *
 * - `app_secrets`: server secrets shared by every API instance (the device cookie's HMAC key is
 *   generated here on first use unless DEVICE_COOKIE_SECRET is set).
 * - `login_failures.device`: the device cookie's id for a failure made with a valid one; NULL for
 *   failures from unknown devices, which count per email as before.
 */
export class DeviceCookies1764010000000 implements MigrationInterface {
  name = 'DeviceCookies1764010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "app_secrets" (
        "name" text NOT NULL,
        "value" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "app_secrets_pkey" PRIMARY KEY ("name")
      )`);
    await q.query(`ALTER TABLE "login_failures" ADD COLUMN "device" text`);
    await q.query(
      `CREATE INDEX "login_failures_device_idx" ON "login_failures" ("device", "created_at") WHERE "device" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "login_failures_device_idx"`);
    await q.query(`ALTER TABLE "login_failures" DROP COLUMN "device"`);
    await q.query(`DROP TABLE "app_secrets"`);
  }
}
