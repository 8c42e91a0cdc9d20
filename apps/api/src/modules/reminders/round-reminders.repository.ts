import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, queryRows, Sql } from '../../database/sql';

/** A panel member of a round that starts soon. */
export interface UpcomingRoundRow {
  round_id: string;
  round_name: string;
  scheduled_at: Date;
  job_title: string;
  candidate_name: string;
  interviewer_id: string;
  scorecard_id: string;
}

/**
 * The round-reminder pass's SQL. Each run reads only the rounds whose reminder time (a day
 * before, an hour before) passed since the previous run: a range of `interview_rounds
 * (status, scheduled_at)`, never every round.
 */
@Injectable()
export class RoundRemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: Sql) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(manager));
  }

  /**
   * Until when the previous run looked (null: never), locked: two instances take turns, and
   * `recordRun` moves it on in the same transaction.
   */
  async lockLastRun(db: Sql): Promise<Date | null> {
    const row = await queryOne<{ looked_through: Date }>(
      db,
      `SELECT looked_through FROM round_reminder_sweeps WHERE id FOR UPDATE`,
    );
    return row?.looked_through ?? null;
  }

  async recordRun(db: Sql, now: Date): Promise<void> {
    await db.query(
      `INSERT INTO round_reminder_sweeps (id, looked_through) VALUES (true, $1)
       ON CONFLICT (id) DO UPDATE SET looked_through = GREATEST(round_reminder_sweeps.looked_through, EXCLUDED.looked_through)`,
      [now],
    );
  }

  /**
   * The owed panel places (draft scorecards of active users) of scheduled rounds starting in
   * (`from`, `to`], soonest first.
   */
  findUpcoming(db: Sql, from: Date, to: Date): Promise<UpcomingRoundRow[]> {
    return queryRows(
      db,
      `SELECT r.id AS round_id, r.name AS round_name, r.scheduled_at, j.title AS job_title,
              c.name AS candidate_name, s.interviewer_id, s.id AS scorecard_id
         FROM interview_rounds r
         JOIN jobs j ON j.id = r.job_id
         JOIN candidates c ON c.id = r.candidate_id
         JOIN scorecards s ON s.round_id = r.id AND s.status = 'draft'
         JOIN users u ON u.id = s.interviewer_id AND u.active
        WHERE r.status = 'scheduled' AND r.scheduled_at > $1 AND r.scheduled_at <= $2
        ORDER BY r.scheduled_at, r.id, s.interviewer_id`,
      [from, to],
    );
  }
}
