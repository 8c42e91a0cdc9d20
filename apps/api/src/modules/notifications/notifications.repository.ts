import { NotificationKind, NotificationPreferences } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { cursorTimestampSql, TimeCursor } from '../../common/pagination/keyset-cursor';
import { queryOne, queryRows, Sql } from '../../database/sql';

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
}

/** A user's notifications and preferences; every statement is scoped to one user. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
   * Inserts notifications for users who keep in-app notifications on, on `db` (the caller's
   * transaction). Returns the ids, in no particular order.
   */
  async insertMany(db: Sql, notifications: NewNotification[]): Promise<string[]> {
    if (notifications.length === 0) return [];
    const rows = await queryRows<{ id: string }>(
      db,
      `INSERT INTO notifications (user_id, kind, title, body, link, scorecard_id)
       SELECT n.user_id, n.kind, n.title, n.body, n.link, n.scorecard_id
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[])
              AS n(user_id, kind, title, body, link, scorecard_id)
        WHERE NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = n.user_id AND NOT p.in_app)
       RETURNING id`,
      [
        notifications.map((n) => n.userId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.title),
        notifications.map((n) => n.body),
        notifications.map((n) => n.link),
        notifications.map((n) => n.scorecardId),
      ],
    );
    return rows.map((row) => row.id);
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
