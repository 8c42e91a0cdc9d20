import { randomUUID } from 'node:crypto';

import { NotificationKind, NotificationPreferences } from '@calibrate/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { cursorTimestampSql, TimeCursor } from '../../common/pagination/keyset-cursor';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { queryOne, queryRows, Sql } from '../../database/sql';
import { EmailOutboxRepository, NewEmail } from '../email/email-outbox.repository';
import { notificationText } from '../email/email-text';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  scorecard_id: string | null;
  created_at: Date;
  read_at: Date | null;
  cursor_created_at: string;
}

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  scorecardId: string | null;
  /**
   * Unique per recipient: a notification with a key the user already has is not inserted (nor
   * e-mailed) again. Null: always a new one.
   */
  dedupeKey?: string | null;
}

/** A notification that was inserted. */
export interface InsertedNotification {
  id: string;
  userId: string;
  dedupeKey: string | null;
}

/** A user's notifications and preferences; every statement is scoped to one user. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: EmailOutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Newest first, `limit + 1` rows after the cursor (served by (user_id, created_at, id)). */
  findPage(userId: string, after: TimeCursor | null, limit: number): Promise<NotificationRow[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT id, kind, title, body, link, scorecard_id, created_at, read_at,
              ${cursorTimestampSql('created_at')} AS cursor_created_at
         FROM notifications
        WHERE user_id = $1
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $4`,
      [userId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
  }

  async countUnread(userId: string): Promise<number> {
    const row = await queryOne<{ n: number }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row?.n ?? 0;
  }

  /** Marks one of the user's notifications read; false when it is not theirs (or not there). */
  async markRead(userId: string, id: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `UPDATE notifications SET read_at = COALESCE(read_at, now())
        WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, userId],
    );
    return rows.length > 0;
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
  }

  /**
   * Inserts notifications for users who keep in-app notifications on, and writes an e-mail to the
   * outbox for active users who keep e-mail on, both on `db` (the caller's transaction): the
   * notice and its e-mail commit together or not at all. Returns the ids of the notifications
   * inserted, in no particular order.
   */
  async insertMany(db: Sql, notifications: NewNotification[]): Promise<string[]> {
    return (await this.insert(db, notifications)).map((row) => row.id);
  }

  /** `insertMany`, telling who got which new notification. */
  async insert(db: Sql, notifications: NewNotification[]): Promise<InsertedNotification[]> {
    if (notifications.length === 0) return [];
    // Ids chosen here: an e-mail names the notification it tells of by its id.
    const planned = notifications.map((n) => ({ ...n, id: randomUUID() }));
    const recipients = await queryRows<{
      user_id: string;
      email: string;
      active: boolean;
      in_app: boolean;
      by_email: boolean;
    }>(
      db,
      `SELECT u.id AS user_id, u.email, u.active,
              COALESCE(p.in_app, $2) AS in_app, COALESCE(p.email, $3) AS by_email
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
        WHERE u.id = ANY($1::uuid[])`,
      [
        [...new Set(planned.map((n) => n.userId))],
        DEFAULT_PREFERENCES.inApp,
        DEFAULT_PREFERENCES.email,
      ],
    );
    const byUser = new Map(recipients.map((row) => [row.user_id, row]));
    const inApp = planned.filter((n) => byUser.get(n.userId)?.in_app);
    const inserted = inApp.length
      ? await queryRows<{ id: string; user_id: string; dedupe_key: string | null }>(
          db,
          `INSERT INTO notifications (id, user_id, kind, title, body, link, scorecard_id, dedupe_key)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[],
                                $6::text[], $7::uuid[], $8::text[])
           ON CONFLICT (user_id, dedupe_key) DO NOTHING
           RETURNING id, user_id, dedupe_key`,
          [
            inApp.map((n) => n.id),
            inApp.map((n) => n.userId),
            inApp.map((n) => n.kind),
            inApp.map((n) => n.title),
            inApp.map((n) => n.body),
            inApp.map((n) => n.link),
            inApp.map((n) => n.scorecardId),
            inApp.map((n) => n.dedupeKey ?? null),
          ],
        )
      : [];
    const emails: NewEmail[] = planned.flatMap((n) => {
      const user = byUser.get(n.userId);
      if (!user?.by_email || !user.active) return [];
      return [
        {
          // A keyed notice is e-mailed once per user and key, even with in-app notices off.
          idempotencyKey: n.dedupeKey
            ? `notice:${n.userId}:${n.dedupeKey}`
            : `notification:${n.id}`,
          kind: 'notification',
          userId: n.userId,
          recipient: user.email,
          subject: n.title,
          textBody: notificationText(n.body, n.link, this.config.email.appUrl),
        },
      ];
    });
    await this.outbox.enqueue(db, emails);
    return inserted.map((row) => ({
      id: row.id,
      userId: row.user_id,
      dedupeKey: row.dedupe_key,
    }));
  }

  async findPreferences(userId: string): Promise<NotificationPreferences> {
    const row = await queryOne<{ in_app: boolean; email: boolean; daily_digest: boolean }>(
      this.dataSource.manager,
      `SELECT in_app, email, daily_digest FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return row
      ? { inApp: row.in_app, email: row.email, dailyDigest: row.daily_digest }
      : DEFAULT_PREFERENCES;
  }

  async savePreferences(
    userId: string,
    preferences: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, in_app, email, daily_digest)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE
         SET in_app = EXCLUDED.in_app, email = EXCLUDED.email,
             daily_digest = EXCLUDED.daily_digest, updated_at = now()`,
      [userId, preferences.inApp, preferences.email, preferences.dailyDigest],
    );
    return preferences;
  }
}

/** Without a saved choice: in-app and e-mail on, no digest. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  inApp: true,
  email: true,
  dailyDigest: false,
};
