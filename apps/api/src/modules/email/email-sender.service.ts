import { createHash } from 'node:crypto';

import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { JobQueue } from '../job-queue/job-queue.service';
import { EmailOutboxRepository, EmailRow } from './email-outbox.repository';

/** The queue the sender runs on: every minute, and right after a write that queued mail. */
export const EMAIL_SEND_QUEUE = 'email-send';

/** E-mails claimed per round trip. */
const BATCH = 20;
/** Batches per run at most: a run ends, the next minute's picks up the rest. */
const MAX_BATCHES = 50;
/**
 * A claimed e-mail is someone's for this long: a sender that dies mid-send leaves it queued,
 * due again once the lease runs out (longer than an SMTP send with all its timeouts).
 */
export const EMAIL_LEASE_SECONDS = 300;
/** Attempts before an e-mail is given up as failed (about 4 hours of retries). */
export const EMAIL_MAX_ATTEMPTS = 8;

/** Seconds before the next try after `attempt` failed: 1, 2, 4 … minutes, at most an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempt - 1), 3600);
}

export interface SendResult {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Sends the outbox over SMTP (nodemailer). Without SMTP settings it sends nothing: mail stays
 * queued, for admins to read on the outbox screen. Delivery is at least once: a crash after the
 * SMTP server took a message but before it was marked sent sends it again after the lease, with
 * the same Message-ID (derived from the idempotency key), so a mail system can drop the repeat.
 */
@Injectable()
export class EmailSender implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EmailSender.name);
  private transporter: Transporter | undefined;

  constructor(
    private readonly outbox: EmailOutboxRepository,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get smtpConfigured(): boolean {
    return this.config.email.smtp !== null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.smtpConfigured) return;
    await this.queue.work(EMAIL_SEND_QUEUE, () => this.sendDue().then(() => undefined));
    await this.queue.schedule(EMAIL_SEND_QUEUE, '* * * * *', { runAtStart: true });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
    this.transporter = undefined;
  }

  /** Asks for a send run now (after a commit that queued mail); a no-op without a queue. */
  async kick(): Promise<void> {
    if (!this.smtpConfigured || !this.queue.started) return;
    await this.queue
      .send(EMAIL_SEND_QUEUE, {}, { singletonKey: `${EMAIL_SEND_QUEUE}:kick`, singletonSeconds: 5 })
      .catch((error: Error) => this.logger.warn(`E-mail kick not queued: ${error.message}`));
  }

  /** Sends what is due by `now`, a batch at a time. */
  async sendDue(now = new Date()): Promise<SendResult> {
    const result: SendResult = { sent: 0, retrying: 0, failed: 0 };
    if (!this.smtpConfigured) return result;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const claimed = await this.outbox.claimDue(now, BATCH, EMAIL_LEASE_SECONDS);
      for (const email of claimed) {
        const outcome = await this.sendOne(email);
        result[outcome]++;
      }
      if (claimed.length < BATCH) break;
    }
    if (result.sent + result.failed > 0)
      this.logger.log(
        `E-mail: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed`,
      );
    return result;
  }

  private async sendOne(email: EmailRow): Promise<keyof SendResult> {
    try {
      await this.transport().sendMail({
        from: this.config.email.from,
        to: email.recipient,
        subject: email.subject,
        text: email.text_body,
        ...(email.html_body ? { html: email.html_body } : {}),
        messageId: messageIdFor(email.idempotency_key),
        attachments: email.attachments.map((attachment) => ({
          filename: attachment.filename,
          content: attachment.content,
          contentType: attachment.contentType,
        })),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = email.attempts >= EMAIL_MAX_ATTEMPTS;
      const retryAt = final
        ? null
        : new Date(Date.now() + retryDelaySeconds(email.attempts) * 1000);
      await this.outbox.markNotSent(email.id, email.attempts, message, retryAt);
      this.logger.warn(
        `E-mail ${email.id} to ${email.recipient} not sent (attempt ${email.attempts}): ${message}`,
      );
      return final ? 'failed' : 'retrying';
    }
    await this.outbox.markSent(email.id, email.attempts);
    return 'sent';
  }

  private transport(): Transporter {
    const smtp = this.config.email.smtp;
    if (!smtp) throw new Error('SMTP is not configured');
    this.transporter ??= nodemailer.createTransport({
      // One connection kept open and reused: a new TCP (and TLS) handshake per e-mail would
      // bound a run's throughput by round trips.
      pool: true,
      maxConnections: 1,
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      // A dead server must not hold the sender (and its lease) for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return this.transporter;
  }
}

/** The same Message-ID for every try of one logical message. */
function messageIdFor(idempotencyKey: string): string {
  const digest = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
  return `<${digest}@calibrate.local>`;
}
