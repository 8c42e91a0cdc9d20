import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail outbox: every e-mail is a row written in the same transaction as the event it tells
 * of (a notification, a round invitation, a digest), so an event never commits without its mail
 * nor a mail without its event. The sender reads the queued rows through the partial index on
 * `next_attempt_at` (only what is still to send), never a scan of everything ever sent;
 * `idempotency_key` makes a second write of the same logical message (a re-run sweep, two
 * instances) a no-op.
 *
 * Also: the kind `round_reminder` for notifications (the day before and the hour before a round),
 * and the one-row watermark of the round-reminder pass.
 */
export class EmailOutbox1764050000000 implements MigrationInterface {
  name = 'EmailOutbox1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('notification', 'invitation', 'digest')),
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT email_outbox_idempotency_key UNIQUE (idempotency_key)
      )`);
    // What the sender takes next: only the queued rows are indexed.
    await q.query(
      `CREATE INDEX email_outbox_queued_idx ON email_outbox (next_attempt_at) WHERE status = 'queued'`,
    );
    // The admin list: newest first, keyset, optionally of one status.
    await q.query(
      `CREATE INDEX email_outbox_created_idx ON email_outbox (created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX email_outbox_status_created_idx ON email_outbox (status, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX email_outbox_user_idx ON email_outbox (user_id)`);

    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
         CHECK (kind IN ('reminder', 'escalation', 'manual_reminder', 'round_reminder'))`,
    );
    // How far the round-reminder pass has looked (one row), as reminder_sweeps for scorecards.
    await q.query(`
      CREATE TABLE round_reminder_sweeps (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        looked_through timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE round_reminder_sweeps`);
    await q.query(`DELETE FROM notifications WHERE kind = 'round_reminder'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
         CHECK (kind IN ('reminder', 'escalation', 'manual_reminder'))`,
    );
    await q.query(`DROP TABLE email_outbox`);
  }
}
