import { can } from '@calibrate/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { queryOne, queryRows, Sql } from '../../database/sql';
import { ReminderAudience } from './reminder-plan';

/** An armed scorecard whose next look is due, with what a notification says about it. */
export interface DueReminderRow {
  scorecard_id: string;
  scorecard_status: string;
  round_status: string;
  due_at: Date;
  interviewer_id: string;
  interviewer_name: string;
  round_name: string;
  job_id: string;
  job_title: string;
  candidate_name: string;
}

/** One notice to insert; the recipients are resolved in SQL from the audience. */
export interface NoticeToInsert {
  audience: ReminderAudience;
  scorecardId: string;
  jobId: string;
  interviewerId: string;
  kind: 'reminder' | 'escalation';
  title: string;
  body: string;
  link: string;
  dedupeKey: string;
}

/** An owed scorecard a person may remind, with what the reminder says. */
export interface RemindableRow {
  scorecard_id: string;
  interviewer_id: string;
  round_name: string;
  candidate_name: string;
  job_title: string;
  overdue_hours: number;
}

/** The due time of a scorecard of round `r` on job `j`: the job's own deadline, or the default. */
export const dueAtSql = (defaultHoursParam: string) =>
  `r.scheduled_at + COALESCE(j.feedback_due_hours, ${defaultHoursParam}::int) * interval '1 hour'`;

/**
 * The due-finder's SQL. `scorecard_reminders.next_at` (partial index) says when each owed
 * scorecard needs a look; the arming pass fills it from the rounds changed since its last run
 * (index on `interview_rounds.updated_at`), so no statement reads every scorecard.
 */
@Injectable()
export class RemindersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  transaction<T>(work: (db: Sql) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(manager));
  }

  /**
   * Arms (or re-arms, earlier) every draft scorecard of the rounds changed since the last run, a
   * few minutes of overlap included for transactions that committed late. The sweep row lock
   * makes two instances take turns. Returns how many scorecards were armed.
   */
  async arm(db: Sql): Promise<number> {
    const sweep = await queryOne<{ armed_through: Date }>(
      db,
      `SELECT armed_through FROM reminder_sweeps WHERE id FOR UPDATE`,
    );
    const armed = await queryRows<{ scorecard_id: string }>(
      db,
      `INSERT INTO scorecard_reminders (scorecard_id, next_at)
       SELECT s.id, ${dueAtSql('$1')}
         FROM interview_rounds r
         JOIN jobs j ON j.id = r.job_id
         JOIN scorecards s ON s.round_id = r.id AND s.status = 'draft'
        WHERE r.updated_at > $2::timestamptz - interval '10 minutes'
          AND r.status IN ('scheduled', 'completed')
       ON CONFLICT (scorecard_id) DO UPDATE
         SET next_at = LEAST(scorecard_reminders.next_at, EXCLUDED.next_at)
       RETURNING scorecard_id`,
      [this.config.jobs.feedbackDueHours, sweep?.armed_through ?? '-infinity'],
    );
    await db.query(
      `INSERT INTO reminder_sweeps (id, armed_through) VALUES (true, now())
       ON CONFLICT (id) DO UPDATE SET armed_through = EXCLUDED.armed_through`,
    );
    return armed.length;
  }

  /** Up to `limit` armed scorecards due a look by `now`, locked (other instances skip them). */
  lockDue(db: Sql, now: Date, limit: number): Promise<DueReminderRow[]> {
    return queryRows(
      db,
      `SELECT sr.scorecard_id, s.status AS scorecard_status, r.status AS round_status,
              ${dueAtSql('$1')} AS due_at, s.interviewer_id, u.name AS interviewer_name,
              r.name AS round_name, r.job_id, j.title AS job_title, c.name AS candidate_name
         FROM scorecard_reminders sr
         JOIN scorecards s ON s.id = sr.scorecard_id
         JOIN interview_rounds r ON r.id = s.round_id
         JOIN jobs j ON j.id = r.job_id
         JOIN candidates c ON c.id = r.candidate_id
         JOIN users u ON u.id = s.interviewer_id
        WHERE sr.next_at <= $2
        ORDER BY sr.next_at
        LIMIT $3
          FOR UPDATE OF sr SKIP LOCKED`,
      [this.config.jobs.feedbackDueHours, now, limit],
    );
  }

  /**
   * Who each notice goes to (by its index in `notices`): the interviewer, the job's active hiring
   * managers, or every active recruiter.
   */
  recipientsOf(db: Sql, notices: NoticeToInsert[]): Promise<{ notice: number; user_id: string }[]> {
    if (notices.length === 0) return Promise.resolve([]);
    return queryRows(
      db,
      `SELECT (x.ord - 1)::int AS notice, rcpt.user_id
         FROM unnest($1::text[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS x(audience, job_id, interviewer_id, ord)
        CROSS JOIN LATERAL (
              SELECT x.interviewer_id AS user_id WHERE x.audience = 'interviewer'
              UNION ALL
              SELECT m.user_id FROM job_hiring_managers m JOIN users mu ON mu.id = m.user_id AND mu.active
               WHERE x.audience = 'managers' AND m.job_id = x.job_id
              UNION ALL
              SELECT ru.id FROM users ru WHERE x.audience = 'recruiters' AND ru.role = 'recruiter' AND ru.active
             ) rcpt
        ORDER BY x.ord`,
      [
        notices.map((n) => n.audience),
        notices.map((n) => n.jobId),
        notices.map((n) => n.interviewerId),
      ],
    );
  }

  /** The next look at each scorecard (null: none), and "reminded now" for those reminded. */
  async reschedule(
    db: Sql,
    next: { scorecardId: string; nextAt: Date | null }[],
    reminded: string[],
  ): Promise<void> {
    if (next.length === 0) return;
    await db.query(
      `UPDATE scorecard_reminders sr
          SET next_at = x.next_at,
              last_reminded_at = CASE WHEN sr.scorecard_id = ANY($3::uuid[]) THEN now() ELSE sr.last_reminded_at END
         FROM unnest($1::uuid[], $2::timestamptz[]) AS x(scorecard_id, next_at)
        WHERE sr.scorecard_id = x.scorecard_id`,
      [next.map((n) => n.scorecardId), next.map((n) => n.nextAt), reminded],
    );
  }

  /**
   * Owed scorecards (draft, round started, not cancelled or a no-show) that `viewer` may remind:
   * admins and recruiters any, hiring managers those of jobs they manage. Either one scorecard,
   * or one interviewer's overdue ones (of one job if given), the oldest 100.
   */
  findRemindable(
    viewer: SessionUser,
    target: { scorecardId: string } | { interviewerId: string; jobId?: string },
  ): Promise<RemindableRow[]> {
    const params: unknown[] = [this.config.jobs.feedbackDueHours];
    const add = (value: unknown) => `$${params.push(value)}`;
    const conditions: string[] = [];
    if ('scorecardId' in target) conditions.push(`s.id = ${add(target.scorecardId)}`);
    else {
      conditions.push(
        `s.interviewer_id = ${add(target.interviewerId)}`,
        `${dueAtSql('$1')} < now()`,
      );
      if (target.jobId) conditions.push(`r.job_id = ${add(target.jobId)}`);
    }
    if (!can(viewer.role, 'everything.see')) {
      conditions.push(
        `EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = r.job_id AND m.user_id = ${add(viewer.id)})`,
      );
    }
    return queryRows(
      this.dataSource.manager,
      `SELECT s.id AS scorecard_id, s.interviewer_id, r.name AS round_name, c.name AS candidate_name,
              j.title AS job_title,
              extract(epoch FROM now() - (${dueAtSql('$1')}))::float8 / 3600 AS overdue_hours
         FROM scorecards s
         JOIN interview_rounds r ON r.id = s.round_id
         JOIN jobs j ON j.id = r.job_id
         JOIN candidates c ON c.id = r.candidate_id
        WHERE s.status = 'draft' AND r.status IN ('scheduled', 'completed') AND r.scheduled_at <= now()
          AND ${conditions.join(' AND ')}
        ORDER BY r.scheduled_at, s.id
        LIMIT 100`,
      params,
    );
  }

  /**
   * Marks these scorecards reminded by hand now, except those reminded by hand within
   * `intervalMinutes` (the rate limit, checked and set in one statement so two clicks at once
   * remind once). Returns the ones marked.
   */
  async claimManual(db: Sql, scorecardIds: string[], intervalMinutes: number): Promise<string[]> {
    const rows = await queryRows<{ scorecard_id: string }>(
      db,
      `INSERT INTO scorecard_reminders (scorecard_id, last_manual_at, last_reminded_at)
       SELECT id, now(), now() FROM unnest($1::uuid[]) AS id
       ON CONFLICT (scorecard_id) DO UPDATE SET last_manual_at = now(), last_reminded_at = now()
        WHERE scorecard_reminders.last_manual_at IS NULL
           OR scorecard_reminders.last_manual_at <= now() - $2::int * interval '1 minute'
       RETURNING scorecard_id`,
      [scorecardIds, intervalMinutes],
    );
    return rows.map((row) => row.scorecard_id);
  }

  /** Seconds until the soonest of these may be reminded by hand again. */
  async secondsUntilRemindable(scorecardIds: string[], intervalMinutes: number): Promise<number> {
    const row = await queryOne<{ seconds: number | null }>(
      this.dataSource.manager,
      `SELECT ceil(extract(epoch FROM min(last_manual_at) + $2::int * interval '1 minute' - now()))::int AS seconds
         FROM scorecard_reminders WHERE scorecard_id = ANY($1::uuid[])`,
      [scorecardIds, intervalMinutes],
    );
    return Math.max(1, row?.seconds ?? 1);
  }
}
