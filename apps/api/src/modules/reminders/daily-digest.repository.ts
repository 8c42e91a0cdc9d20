import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryRows, Sql } from '../../database/sql';

export interface DigestUserRow {
  id: string;
  email: string;
  name: string;
}

export interface DigestNoticeRow {
  user_id: string;
  title: string;
  link: string | null;
  /** The user's unread count in all (only the newest few rows are read). */
  total: number;
}

export interface DigestOwedRow {
  user_id: string;
  scorecard_id: string;
  round_name: string;
  candidate_name: string;
  scheduled_at: Date;
  total: number;
}

/** What the daily digest reads, a page of users at a time, each read through an index. */
@Injectable()
export class DailyDigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: Sql) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(manager));
  }

  /** Active users who asked for the digest, after `afterId` in id order. */
  findSubscribers(db: Sql, afterId: string | null, limit: number): Promise<DigestUserRow[]> {
    return queryRows(
      db,
      `SELECT u.id, u.email, u.name
         FROM notification_preferences p JOIN users u ON u.id = p.user_id AND u.active
        WHERE p.daily_digest AND ($1::uuid IS NULL OR u.id > $1)
        ORDER BY u.id
        LIMIT $2`,
      [afterId, limit],
    );
  }

  /** Each user's newest `perUser` unread notifications, with their unread count. */
  findUnread(db: Sql, userIds: string[], perUser: number): Promise<DigestNoticeRow[]> {
    return queryRows(
      db,
      `SELECT user_id, title, link, total FROM (
         SELECT n.user_id, n.title, n.link, n.created_at,
                row_number() OVER (PARTITION BY n.user_id ORDER BY n.created_at DESC, n.id DESC) AS rank,
                (count(*) OVER (PARTITION BY n.user_id))::int AS total
           FROM notifications n
          WHERE n.user_id = ANY($1::uuid[]) AND n.read_at IS NULL) x
        WHERE rank <= $2
        ORDER BY user_id, created_at DESC`,
      [userIds, perUser],
    );
  }

  /** Each user's oldest `perUser` owed scorecards (draft, round begun by `now`), with a count. */
  findOwed(db: Sql, userIds: string[], now: Date, perUser: number): Promise<DigestOwedRow[]> {
    return queryRows(
      db,
      `SELECT user_id, scorecard_id, round_name, candidate_name, scheduled_at, total FROM (
         SELECT s.interviewer_id AS user_id, s.id AS scorecard_id, r.name AS round_name,
                c.name AS candidate_name, r.scheduled_at,
                row_number() OVER (PARTITION BY s.interviewer_id ORDER BY r.scheduled_at, s.id) AS rank,
                (count(*) OVER (PARTITION BY s.interviewer_id))::int AS total
           FROM scorecards s
           JOIN interview_rounds r ON r.id = s.round_id
           JOIN candidates c ON c.id = r.candidate_id
          WHERE s.interviewer_id = ANY($1::uuid[]) AND s.status = 'draft'
            AND r.status IN ('scheduled', 'completed') AND r.scheduled_at <= $2) x
        WHERE rank <= $3
        ORDER BY user_id, scheduled_at`,
      [userIds, now, perUser],
    );
  }
}
