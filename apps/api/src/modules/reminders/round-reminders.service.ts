import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { EmailSender } from '../email/email-sender.service';
import { formatWhen } from '../email/email-text';
import { JobQueue } from '../job-queue/job-queue.service';
import {
  NewNotification,
  NotificationsRepository,
} from '../notifications/notifications.repository';
import { RoundRemindersRepository, UpcomingRoundRow } from './round-reminders.repository';

export const ROUND_REMINDER_QUEUE = 'round-reminders';

const HOUR_MS = 3_600_000;
/** Rounds that committed a little late (or a run that overlapped) are still looked at. */
const OVERLAP_MS = 10 * 60_000;

/** When before a round its panel is reminded, latest first. */
export const ROUND_REMINDER_LEADS = [
  { kind: 'hour', beforeMs: HOUR_MS },
  { kind: 'day', beforeMs: 24 * HOUR_MS },
] as const;

export type RoundReminderKind = (typeof ROUND_REMINDER_LEADS)[number]['kind'];

/**
 * Which reminder a panel member of a round starting at `start` gets from a run at `now` that
 * follows one at `lastRun`: the latest lead whose time passed since then (an hour before wins
 * over a day before: nobody needs both at once), or none.
 */
export function roundReminderDue(
  start: Date,
  now: Date,
  lastRun: Date | null,
): RoundReminderKind | null {
  if (start.getTime() <= now.getTime()) return null;
  const since = lastRun ? lastRun.getTime() - OVERLAP_MS : -Infinity;
  for (const lead of ROUND_REMINDER_LEADS) {
    const at = start.getTime() - lead.beforeMs;
    if (at <= now.getTime()) return at > since ? lead.kind : null;
  }
  return null;
}

/**
 * Interviewers are reminded of their rounds the day before and an hour before, in the app and
 * by e-mail as each prefers. A run reads only rounds whose reminder time passed since the last
 * run; notifications are unique per interviewer and key (round, lead, start time), so a re-run or
 * a second instance notifies once, and a moved round is reminded of its new time.
 */
@Injectable()
export class RoundRemindersService implements OnModuleInit {
  private readonly logger = new Logger(RoundRemindersService.name);

  constructor(
    private readonly repository: RoundRemindersRepository,
    private readonly notifications: NotificationsRepository,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly email: EmailSender,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work(ROUND_REMINDER_QUEUE, () => this.remind().then(() => undefined));
    await this.queue.schedule(
      ROUND_REMINDER_QUEUE,
      `*/${this.config.jobs.reminderSweepMinutes} * * * *`,
      // A fresh start (the demo) reminds of today's rounds within seconds.
      { runAtStart: true },
    );
  }

  /** Sends the reminders whose time came since the last run; returns how many were new. */
  async remind(now = new Date()): Promise<number> {
    const sent = await this.repository.transaction(async (db) => {
      const lastRun = await this.repository.lockLastRun(db);
      const since = lastRun ? lastRun.getTime() - OVERLAP_MS : now.getTime() - 24 * HOUR_MS;
      // Per lead, the rounds whose reminder time passed since `since`: two short ranges of
      // start times (a few minutes each between regular runs), not the whole next day.
      const upcoming = new Map<string, UpcomingRoundRow>();
      for (const lead of ROUND_REMINDER_LEADS) {
        const rows = await this.repository.findUpcoming(
          db,
          new Date(Math.max(now.getTime(), since + lead.beforeMs)),
          new Date(now.getTime() + lead.beforeMs),
        );
        for (const row of rows) upcoming.set(row.scorecard_id, row);
      }
      const notices = [...upcoming.values()].flatMap((row) => {
        const kind = roundReminderDue(row.scheduled_at, now, lastRun);
        return kind ? [this.describe(row, kind)] : [];
      });
      const inserted = await this.notifications.insert(db, notices);
      await this.repository.recordRun(db, now);
      return inserted.length;
    });
    if (sent > 0) {
      this.logger.log(`Round reminders: ${sent} sent`);
      await this.email.kick();
    }
    return sent;
  }

  private describe(row: UpcomingRoundRow, kind: RoundReminderKind): NewNotification {
    const what = `${row.round_name} with ${row.candidate_name}`;
    return {
      userId: row.interviewer_id,
      kind: 'round_reminder',
      title: kind === 'hour' ? `In an hour: ${what}` : `Tomorrow: ${what}`,
      body: `${row.job_title}, ${formatWhen(row.scheduled_at)}.`,
      link: `/interviews/${row.scorecard_id}`,
      scorecardId: row.scorecard_id,
      dedupeKey: `round:${row.round_id}:${kind}:${row.scheduled_at.getTime() / 1000}`,
    };
  }
}
