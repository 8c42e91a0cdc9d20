import {
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_EVENT_TYPE_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WebhookEnvelope,
} from '@calibrate/contracts';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../job-queue/job-queue.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { nextAttemptAt, RETRY_WINDOW_MS } from './retry-schedule';
import { Resolver } from './target-address';
import { AttemptResult, sendDelivery } from './webhook-sender';
import { signatureHeader } from './webhook-signature';
import { ClaimedDeliveryRow, WebhooksRepository } from './webhooks.repository';

export const DELIVER_QUEUE = 'webhooks.deliver';
/** Deliveries sent at once by one worker… */
const BATCH_SIZE = 20;
/** …and batches per job, so one job never runs for long; the next job takes the rest. */
const MAX_BATCHES = 25;
/** A claimed delivery is left alone this long (above the 10 s send timeout) before a retry. */
const LEASE_MS = 60_000;
/** An endpoint failing for this long is disabled. */
export const DISABLE_AFTER_MS = 24 * 60 * 60_000;
/** The follow-up job is queued only for deliveries due within this; the minute cron does the rest. */
const FOLLOW_UP_WITHIN_MS = 60_000;

/**
 * Sends webhook deliveries (a pg-boss worker): claims what is due, posts it signed, records the
 * outcome and schedules the retry with backoff; after a day of failures the endpoint is disabled
 * and admins are notified. Runs every minute, when a change with deliveries commits, and again
 * when the next retry is due within the minute.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksRepository,
    private readonly queue: JobQueue,
    private readonly notifications: NotificationsRepository,
    private readonly audit: AuditService,
  ) {
    this.allowPrivateTargets = config.webhooks.allowPrivateTargets;
  }

  private readonly logger = new Logger(WebhookDispatcher.name);
  /** From WEBHOOKS_ALLOW_PRIVATE_TARGETS (tests switch it to check the production refusal). */
  allowPrivateTargets: boolean;
  /** DNS resolution (tests inject one). */
  resolve: Resolver | undefined;
  /** The jitter's randomness (tests fix it). */
  random: () => number = Math.random;

  async onModuleInit(): Promise<void> {
    await this.queue.work(DELIVER_QUEUE, () => this.run());
    await this.queue.schedule(DELIVER_QUEUE, '* * * * *', { runAtStart: true });
  }

  /** Asks for a run now (at most one queued per second); a no-op while the queue is off. */
  wake(startAfterSeconds = 0): void {
    if (!this.queue.started) return;
    this.queue
      .send(
        DELIVER_QUEUE,
        {},
        {
          singletonKey: startAfterSeconds > 0 ? `${DELIVER_QUEUE}:next` : `${DELIVER_QUEUE}:wake`,
          singletonSeconds: 1,
          startAfter: startAfterSeconds,
          retryLimit: 0,
        },
      )
      .catch((error: unknown) => this.logger.warn(`Webhook sender not woken: ${String(error)}`));
  }

  private async run(): Promise<void> {
    await this.deliverDue();
    const next = await this.webhooks.nextDueAt();
    if (!next) return;
    const wait = next.getTime() - Date.now();
    if (wait < FOLLOW_UP_WITHIN_MS) this.wake(Math.max(1, Math.ceil(wait / 1000)));
  }

  /**
   * Sends what is due at `now` (tests pass a later time to reach retries), batch after batch
   * until nothing is due or MAX_BATCHES were sent. Returns the number of attempts made.
   */
  async deliverDue(now?: Date): Promise<number> {
    let attempts = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const at = now ?? new Date();
      const claimed = await this.webhooks.claimDue(at, BATCH_SIZE, LEASE_MS);
      if (claimed.length === 0) break;
      const outcomes = await Promise.allSettled(
        claimed.map((delivery) => this.attempt(delivery, at)),
      );
      // An outcome not recorded (the database went away) is retried once its lease ends.
      for (const outcome of outcomes)
        if (outcome.status === 'rejected')
          this.logger.warn(`Webhook attempt not recorded: ${String(outcome.reason)}`);
      attempts += claimed.length;
    }
    return attempts;
  }

  private async attempt(delivery: ClaimedDeliveryRow, now: Date): Promise<void> {
    const envelope: WebhookEnvelope = {
      id: delivery.event_id,
      type: delivery.event_type as WebhookEnvelope['type'],
      createdAt: delivery.event_created_at.toISOString(),
      data: delivery.payload,
    };
    const body = JSON.stringify(envelope);
    let result: AttemptResult;
    try {
      result = await sendDelivery(
        {
          url: delivery.url,
          body,
          headers: {
            // Signed with the real clock: receivers compare it with theirs.
            [WEBHOOK_SIGNATURE_HEADER]: signatureHeader(delivery.secret, body, new Date()),
            [WEBHOOK_EVENT_ID_HEADER]: delivery.event_id,
            [WEBHOOK_EVENT_TYPE_HEADER]: delivery.event_type,
          },
        },
        { allowPrivateTargets: this.allowPrivateTargets, resolve: this.resolve },
      );
    } catch (error) {
      result = {
        ok: false,
        statusCode: null,
        durationMs: 0,
        error: `Could not deliver: ${String(error)}`,
        responseBody: null,
      };
    }
    const retryAt = result.ok
      ? null
      : nextAttemptAt(delivery.attempts, delivery.created_at, now, this.random);
    await this.dataSource.transaction(async (db) => {
      await this.webhooks.lockEndpoint(db, delivery.endpoint_id);
      await this.webhooks.recordAttempt(
        db,
        { id: delivery.id, endpointId: delivery.endpoint_id },
        result,
        { delivered: result.ok, nextAttemptAt: retryAt, now },
      );
      if (result.ok) return;
      const url = await this.webhooks.disableIfFailingSince(
        db,
        delivery.endpoint_id,
        new Date(now.getTime() - DISABLE_AFTER_MS),
      );
      if (url === undefined) return;
      await this.webhooks.failPending(
        db,
        delivery.endpoint_id,
        'Not sent: the endpoint was disabled after a day of failures.',
      );
      const admins = await this.webhooks.activeAdminIds(db);
      await this.notifications.insertMany(
        db,
        admins.map((userId) => ({
          userId,
          kind: 'webhook_disabled' as const,
          title: 'Webhook endpoint disabled',
          body: `Deliveries to ${url} failed for ${RETRY_WINDOW_MS / 3_600_000} hours, so the endpoint was disabled. Fix the receiver, then enable it again.`,
          link: `/webhooks?endpoint=${delivery.endpoint_id}`,
          scorecardId: null,
        })),
      );
      await this.audit.record(db, {
        actorId: null,
        action: 'webhook_endpoint.disabled',
        entityType: 'webhook_endpoint',
        entityId: delivery.endpoint_id,
        before: { enabled: true },
        after: { enabled: false, disabledReason: 'failing' },
      });
      this.logger.warn(`Webhook endpoint ${delivery.endpoint_id} disabled after a day of failures`);
    });
  }
}
