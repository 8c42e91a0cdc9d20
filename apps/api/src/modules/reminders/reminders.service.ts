import { MANUAL_REMINDER_INTERVAL_MINUTES, ReminderSent } from '@calibrate/contracts';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { Sql } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { EmailSender } from '../email/email-sender.service';
import { JobQueue } from '../job-queue/job-queue.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { describeOverdue, planReminders } from './reminder-plan';
import {
  DueReminderRow,
  NoticeToInsert,
  RemindableRow,
  RemindersRepository,
} from './reminders.repository';

/** The queue the due-finder runs on (scheduled every REMINDER_SWEEP_MINUTES). */
export const REMINDER_SWEEP_QUEUE = 'feedback-reminders';

/** Scorecards looked at per transaction of the due-finder. */
const SWEEP_BATCH = 500;

export interface SweepResult {
  armed: number;
  looked: number;
  reminded: number;
}

/**
 * Feedback on time: the due-finder (automatic reminders and escalation) and reminders sent by
 * hand from Feedback owed. Notifications are unique per recipient and key, so a sweep run twice,
 * or by two instances at once, notifies once.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly repository: RemindersRepository,
    private readonly notifications: NotificationsRepository,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly email: EmailSender,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work(REMINDER_SWEEP_QUEUE, () => this.sweep().then(() => undefined));
    await this.queue.schedule(
      REMINDER_SWEEP_QUEUE,
      `*/${this.config.jobs.reminderSweepMinutes} * * * *`,
      // A fresh start (the demo) has its reminders within seconds, not at the next tick.
      { runAtStart: true },
    );
  }

  /** Arms newly owed scorecards, then sends what is due, a batch per transaction. */
  async sweep(now = new Date()): Promise<SweepResult> {
    const armed = await this.repository.transaction((db) => this.repository.arm(db));
    let looked = 0;
    let reminded = 0;
    for (;;) {
      const batch = await this.repository.transaction(async (db) => {
        const due = await this.repository.lockDue(db, now, SWEEP_BATCH);
        const plans = due.map((row) => ({
          row,
          plan: planReminders(
            {
              scorecardId: row.scorecard_id,
              scorecardStatus: row.scorecard_status,
              roundStatus: row.round_status,
              dueAt: row.due_at,
            },
            now,
            this.config.jobs,
          ),
        }));
        const notices = plans.flatMap(({ row, plan }) =>
          plan.notices.map((notice) =>
            this.describe(row, notice.audience, notice.overdueHours, notice.dedupeKey),
          ),
        );
        const remindedNow = await this.insertNotices(db, notices);
        await this.repository.reschedule(
          db,
          plans.map(({ row, plan }) => ({ scorecardId: row.scorecard_id, nextAt: plan.nextAt })),
          remindedNow,
        );
        return { looked: due.length, reminded: remindedNow.length };
      });
      looked += batch.looked;
      reminded += batch.reminded;
      if (batch.looked < SWEEP_BATCH) break;
    }
    if (reminded > 0) {
      this.logger.log(`Feedback reminders: ${reminded} sent (${looked} looked at)`);
      await this.email.kick();
    }
    return { armed, looked, reminded };
  }

  /** "Remind" on one owed scorecard. */
  async remindScorecard(viewer: SessionUser, scorecardId: string): Promise<ReminderSent> {
    const owed = await this.repository.findRemindable(viewer, { scorecardId });
    if (owed.length === 0) {
      throw new AppException('NOT_FOUND', undefined, 'No owed scorecard here that you may remind.');
    }
    return this.remind(viewer, owed);
  }

  /** "Remind all overdue" for one interviewer (of one job if given): one notification. */
  async remindInterviewer(
    viewer: SessionUser,
    target: { interviewerId: string; jobId?: string },
  ): Promise<ReminderSent> {
    const owed = await this.repository.findRemindable(viewer, target);
    if (owed.length === 0) throw new AppException('NOTHING_TO_REMIND');
    return this.remind(viewer, owed);
  }

  private async remind(viewer: SessionUser, owed: RemindableRow[]): Promise<ReminderSent> {
    const sent = await this.repository.transaction(async (db) => {
      const claimed = new Set(
        await this.repository.claimManual(
          db,
          owed.map((row) => row.scorecard_id),
          MANUAL_REMINDER_INTERVAL_MINUTES,
        ),
      );
      const reminding = owed.filter((row) => claimed.has(row.scorecard_id));
      const [first] = reminding;
      if (!first) return null;
      const single = reminding.length === 1;
      const [notificationId] = await this.notifications.insertMany(db, [
        {
          userId: first.interviewer_id,
          kind: 'manual_reminder',
          title: single
            ? `${viewer.name} reminds you: scorecard for ${first.candidate_name} (${first.round_name})`
            : `${viewer.name} reminds you: ${reminding.length} overdue scorecards`,
          body: single
            ? `${first.job_title}. ${first.overdue_hours > 0 ? `It was due ${describeOverdue(first.overdue_hours)}.` : 'The interview has taken place.'}`
            : reminding
                .slice(0, 5)
                .map((row) => `${row.candidate_name} (${row.round_name})`)
                .join(', ') + (reminding.length > 5 ? ` and ${reminding.length - 5} more.` : '.'),
          link: single ? `/interviews/${first.scorecard_id}` : '/interviews',
          scorecardId: single ? first.scorecard_id : null,
        },
      ]);
      for (const row of reminding) {
        await this.audit.record(db, {
          actorId: viewer.id,
          action: 'scorecard.reminded',
          entityType: 'scorecard',
          entityId: row.scorecard_id,
          after: { interviewerId: row.interviewer_id, notificationId: notificationId ?? null },
        });
      }
      return reminding.map((row) => row.scorecard_id);
    });
    if (!sent) {
      const retryAfterSeconds = await this.repository.secondsUntilRemindable(
        owed.map((row) => row.scorecard_id),
        MANUAL_REMINDER_INTERVAL_MINUTES,
      );
      throw new AppException('REMINDER_TOO_SOON', { retryAfterSeconds }, undefined, {
        'retry-after': String(retryAfterSeconds),
      });
    }
    // Its e-mail (for those who want one) goes out now, not at the sender's next minute.
    await this.email.kick();
    return { scorecardIds: sent, remindedAt: new Date().toISOString() };
  }

  /**
   * Notifies each notice's recipients, each once per recipient and key (and e-mails those who
   * want e-mail). Returns the scorecards whose interviewer got a new reminder.
   */
  private async insertNotices(db: Sql, notices: NoticeToInsert[]): Promise<string[]> {
    const recipients = await this.repository.recipientsOf(db, notices);
    const inserted = await this.notifications.insert(
      db,
      recipients.flatMap(({ notice, user_id }) => {
        const n = notices[notice];
        if (!n) return [];
        return [
          {
            userId: user_id,
            kind: n.kind,
            title: n.title,
            body: n.body,
            link: n.link,
            scorecardId: n.scorecardId,
            dedupeKey: n.dedupeKey,
          },
        ];
      }),
    );
    const fresh = new Set(inserted.map((row) => `${row.userId} ${row.dedupeKey ?? ''}`));
    return notices
      .filter((n) => n.kind === 'reminder' && fresh.has(`${n.interviewerId} ${n.dedupeKey}`))
      .map((n) => n.scorecardId);
  }

  private describe(
    row: DueReminderRow,
    audience: NoticeToInsert['audience'],
    overdueHours: number,
    dedupeKey: string,
  ): NoticeToInsert {
    const what = `${row.candidate_name} (${row.round_name})`;
    const late =
      overdueHours < 1 ? 'It is due now.' : `It was due ${describeOverdue(overdueHours)}.`;
    const common = {
      audience,
      scorecardId: row.scorecard_id,
      jobId: row.job_id,
      interviewerId: row.interviewer_id,
      dedupeKey,
    };
    if (audience === 'interviewer') {
      return {
        ...common,
        kind: 'reminder',
        title: `Your scorecard for ${what} is due`,
        body: `${row.job_title}. ${late}`,
        link: `/interviews/${row.scorecard_id}`,
      };
    }
    return {
      ...common,
      kind: 'escalation',
      title: `${row.interviewer_name} still owes a scorecard for ${what}`,
      body: `${row.job_title}. ${late}`,
      link: `/feedback?jobId=${row.job_id}`,
    };
  }
}
