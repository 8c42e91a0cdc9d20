import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback on time: a per-job feedback deadline, in-app notifications with per-user preferences,
 * and each owed scorecard's reminder state. The due-finder reads `scorecard_reminders` through
 * the partial index on `next_at` (only the armed rows), never a scan of every scorecard; the
 * unique key per user and `dedupe_key` makes a re-run, or two API instances, notify once.
 */
export class FeedbackOnTime1764020000000 implements MigrationInterface {
  name = 'FeedbackOnTime1764020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE jobs ADD COLUMN feedback_due_hours integer
         CONSTRAINT jobs_feedback_due_hours_check CHECK (feedback_due_hours BETWEEN 1 AND 720)`,
    );
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('reminder', 'escalation', 'manual_reminder')),
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        link text,
        scorecard_id uuid REFERENCES scorecards(id) ON DELETE CASCADE,
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    // The list (newest first, keyset) and the unread count are per user.
    await q.query(
      `CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE read_at IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX notifications_user_dedupe_key ON notifications (user_id, dedupe_key)`,
    );
    await q.query(`CREATE INDEX notifications_scorecard_idx ON notifications (scorecard_id)`);
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        in_app boolean NOT NULL DEFAULT true,
        email boolean NOT NULL DEFAULT true,
        daily_digest boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE scorecard_reminders (
        scorecard_id uuid PRIMARY KEY REFERENCES scorecards(id) ON DELETE CASCADE,
        next_at timestamptz,
        last_reminded_at timestamptz,
        last_manual_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX scorecard_reminders_next_idx ON scorecard_reminders (next_at) WHERE next_at IS NOT NULL`,
    );
    // The arming pass reads the rounds changed since its last run (scheduled, moved, panel changed).
    await q.query(`CREATE INDEX interview_rounds_updated_idx ON interview_rounds (updated_at)`);
    // How far the arming pass has read rounds by update time (one row).
    await q.query(`
      CREATE TABLE reminder_sweeps (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        armed_through timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reminder_sweeps`);
    await q.query(`DROP INDEX interview_rounds_updated_idx`);
    await q.query(`DROP TABLE scorecard_reminders`);
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`ALTER TABLE jobs DROP COLUMN feedback_due_hours`);
  }
}
