import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { Sql } from '../../database/sql';
import { EmailOutboxRepository, NewEmail } from '../email/email-outbox.repository';
import { EmailSender } from '../email/email-sender.service';
import { formatWhen } from '../email/email-text';
import { JobQueue } from '../job-queue/job-queue.service';
import {
  DailyDigestRepository,
  DigestNoticeRow,
  DigestOwedRow,
  DigestUserRow,
} from './daily-digest.repository';

export const DAILY_DIGEST_QUEUE = 'daily-digest';
/** 06:00 UTC: before the working day in Manila (14:00) is over, and early in Europe. */
const DIGEST_CRON = '0 6 * * *';
/** Users per transaction. */
const BATCH = 200;
/** Lines per section of one digest; the rest is a count. */
const PER_SECTION = 10;

/**
 * The daily digest: users with `dailyDigest` on get one e-mail a day with their unread
 * notifications and the scorecards they owe (none when there is nothing to say). One outbox row
 * per user and UTC day (the idempotency key), so a re-run or a second instance writes it once.
 */
@Injectable()
export class DailyDigestService implements OnModuleInit {
  private readonly logger = new Logger(DailyDigestService.name);

  constructor(
    private readonly repository: DailyDigestRepository,
    private readonly outbox: EmailOutboxRepository,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly email: EmailSender,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work(DAILY_DIGEST_QUEUE, () => this.send().then(() => undefined));
    await this.queue.schedule(DAILY_DIGEST_QUEUE, DIGEST_CRON);
  }

  /** Writes today's digests; returns how many were new. */
  async send(now = new Date()): Promise<number> {
    let written = 0;
    let after: string | null = null;
    // Bounded: every pass moves `after` on, and a short page ends it.
    for (;;) {
      const page: { users: number; written: number; last: string | null } =
        await this.repository.transaction((db) => this.sendPage(db, after, now));
      written += page.written;
      after = page.last;
      if (page.users < BATCH || !after) break;
    }
    if (written > 0) {
      this.logger.log(`Daily digest: ${written} written`);
      await this.email.kick();
    }
    return written;
  }

  private async sendPage(db: Sql, after: string | null, now: Date) {
    const users = await this.repository.findSubscribers(db, after, BATCH);
    const ids = users.map((user) => user.id);
    // One connection (the transaction's): one statement after the other.
    const unread = ids.length ? await this.repository.findUnread(db, ids, PER_SECTION) : [];
    const owed = ids.length ? await this.repository.findOwed(db, ids, now, PER_SECTION) : [];
    const day = now.toISOString().slice(0, 10);
    const emails = users.flatMap((user) => {
      const email = this.digest(
        user,
        unread.filter((row) => row.user_id === user.id),
        owed.filter((row) => row.user_id === user.id),
        day,
      );
      return email ? [email] : [];
    });
    return {
      users: users.length,
      written: await this.outbox.enqueue(db, emails),
      last: users[users.length - 1]?.id ?? null,
    };
  }

  private digest(
    user: DigestUserRow,
    unread: DigestNoticeRow[],
    owed: DigestOwedRow[],
    day: string,
  ): NewEmail | null {
    const unreadTotal = unread[0]?.total ?? 0;
    const owedTotal = owed[0]?.total ?? 0;
    if (unreadTotal === 0 && owedTotal === 0) return null;
    const { appUrl } = this.config.email;
    const more = (total: number, shown: number) =>
      total > shown ? [`  … and ${total - shown} more`] : [];
    const sections: string[] = [];
    if (owedTotal > 0) {
      sections.push(
        [
          `Scorecards you owe (${owedTotal}):`,
          ...owed.map(
            (row) =>
              `  - ${row.candidate_name}, ${row.round_name} (${formatWhen(row.scheduled_at)}): ${appUrl}/interviews/${row.scorecard_id}`,
          ),
          ...more(owedTotal, owed.length),
        ].join('\n'),
      );
    }
    if (unreadTotal > 0) {
      sections.push(
        [
          `Unread notifications (${unreadTotal}):`,
          ...unread.map((row) => `  - ${row.title}${row.link ? `: ${appUrl}${row.link}` : ''}`),
          ...more(unreadTotal, unread.length),
        ].join('\n'),
      );
    }
    const subjectParts = [
      ...(owedTotal > 0 ? [`${owedTotal} scorecard${owedTotal === 1 ? '' : 's'} owed`] : []),
      ...(unreadTotal > 0 ? [`${unreadTotal} unread`] : []),
    ];
    return {
      idempotencyKey: `digest:${user.id}:${day}`,
      kind: 'digest',
      userId: user.id,
      recipient: user.email,
      subject: `Your Calibrate day: ${subjectParts.join(', ')}`,
      textBody:
        `Good morning, ${user.name}.\n\n${sections.join('\n\n')}\n\n— Calibrate\n` +
        'You get this digest because "Daily digest" is on in your notification settings.\n',
    };
  }
}
