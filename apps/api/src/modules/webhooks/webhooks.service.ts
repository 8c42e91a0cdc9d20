import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpoint,
  UpdateWebhookEndpoint,
  WebhookDeliveriesQuery,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookEndpoint,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import { decodeCursor, encodeCursor } from '../../common/pagination/keyset-cursor';
import { Sql } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { resolveTarget, TargetRefusedError } from './target-address';
import { WebhookDispatcher } from './webhook-dispatcher';
import { newWebhookSecret } from './webhook-signature';
import { toWebhookDelivery, toWebhookEndpoint } from './webhooks.mapper';
import { EndpointRow, WebhooksRepository } from './webhooks.repository';

const endpointNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This webhook endpoint does not exist.');

/** What an audit entry keeps of an endpoint: never its secret. */
const auditFields = (endpoint: WebhookEndpoint | EndpointRow) => ({
  url: endpoint.url,
  description: endpoint.description,
  events: endpoint.events,
  enabled: endpoint.enabled,
});

/** Webhook endpoints admins register, their delivery log, test pings and redeliveries. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksRepository,
    private readonly dispatcher: WebhookDispatcher,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<WebhookEndpoint[]> {
    return (await this.webhooks.findEndpoints()).map(toWebhookEndpoint);
  }

  async get(endpointId: string, db: Sql = this.dataSource.manager): Promise<WebhookEndpoint> {
    const row = await this.webhooks.findEndpoint(db, endpointId);
    if (!row) throw endpointNotFound();
    return toWebhookEndpoint(row);
  }

  /** Registers an endpoint; the answer carries its signing secret, the only time it is shown. */
  async create(input: CreateWebhookEndpoint, actorId: string): Promise<CreatedWebhookEndpoint> {
    await this.assertAllowedTarget(input.url);
    const secret = newWebhookSecret();
    const endpoint = await this.dataSource.transaction(async (db) => {
      const id = await this.webhooks.insertEndpoint(db, {
        url: input.url,
        description: input.description ?? '',
        events: input.events,
        secret,
        createdBy: actorId,
      });
      const created = await this.get(id, db);
      await this.audit.record(db, {
        actorId,
        action: 'webhook_endpoint.created',
        entityType: 'webhook_endpoint',
        entityId: id,
        after: auditFields(created),
      });
      return created;
    });
    return { ...endpoint, secret };
  }

  /**
   * Changes the URL, events, description or enabled state. Disabling gives up the pending
   * deliveries; enabling starts a new failure count.
   */
  async update(
    endpointId: string,
    patch: UpdateWebhookEndpoint,
    actorId: string,
  ): Promise<WebhookEndpoint> {
    if (patch.url) await this.assertAllowedTarget(patch.url);
    return this.dataSource.transaction(async (db) => {
      const row = await this.webhooks.findEndpoint(db, endpointId, true);
      if (!row) throw endpointNotFound();
      const enabled = patch.enabled ?? row.enabled;
      const disabling = row.enabled && !enabled;
      const enabling = !row.enabled && enabled;
      await this.webhooks.updateEndpoint(db, endpointId, {
        url: patch.url ?? row.url,
        description: patch.description ?? row.description,
        events: patch.events ?? row.events,
        enabled,
        disabledReason: enabled ? null : disabling ? 'manual' : row.disabled_reason,
        failingSince: enabling ? null : row.failing_since,
      });
      if (disabling)
        await this.webhooks.failPending(db, endpointId, 'Not sent: the endpoint was disabled.');
      const after = await this.get(endpointId, db);
      await this.audit.record(db, {
        actorId,
        action: disabling
          ? 'webhook_endpoint.disabled'
          : enabling
            ? 'webhook_endpoint.enabled'
            : 'webhook_endpoint.updated',
        entityType: 'webhook_endpoint',
        entityId: endpointId,
        before: auditFields(row),
        after: auditFields(after),
      });
      return after;
    });
  }

  /** Deletes the endpoint with its delivery log. */
  async remove(endpointId: string, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const row = await this.webhooks.findEndpoint(db, endpointId, true);
      if (!row) throw endpointNotFound();
      await this.webhooks.deleteEndpoint(db, endpointId);
      await this.audit.record(db, {
        actorId,
        action: 'webhook_endpoint.deleted',
        entityType: 'webhook_endpoint',
        entityId: endpointId,
        before: auditFields(row),
      });
    });
  }

  /** Queues a `ping` to the endpoint ("Send test"); it goes out within seconds. */
  async sendTest(endpointId: string, actorId: string): Promise<WebhookDelivery> {
    const delivery = await this.dataSource.transaction(async (db) => {
      const row = await this.webhooks.findEndpoint(db, endpointId, true);
      if (!row) throw endpointNotFound();
      if (!row.enabled) throw new AppException('WEBHOOK_ENDPOINT_DISABLED');
      const deliveryId = await this.webhooks.insertPing(db, endpointId, {
        endpointId,
        message: 'A test event from Calibrate: your endpoint is reachable.',
      });
      await this.audit.record(db, {
        actorId,
        action: 'webhook_endpoint.tested',
        entityType: 'webhook_endpoint',
        entityId: endpointId,
        after: { deliveryId },
      });
      return this.delivery(db, deliveryId);
    });
    this.dispatcher.wake();
    return delivery;
  }

  /** The same event to the same endpoint again, as a new delivery in the log. */
  async redeliver(deliveryId: string, actorId: string): Promise<WebhookDelivery> {
    const delivery = await this.dataSource.transaction(async (db) => {
      const endpointId = await this.webhooks.findDeliveryEndpoint(db, deliveryId);
      if (!endpointId)
        throw new AppException('NOT_FOUND', undefined, 'This webhook delivery does not exist.');
      const endpoint = await this.webhooks.findEndpoint(db, endpointId, true);
      if (!endpoint) throw endpointNotFound();
      if (!endpoint.enabled) throw new AppException('WEBHOOK_ENDPOINT_DISABLED');
      const newId = await this.webhooks.insertRedelivery(db, deliveryId);
      await this.audit.record(db, {
        actorId,
        action: 'webhook_endpoint.redelivered',
        entityType: 'webhook_endpoint',
        entityId: endpointId,
        after: { deliveryId: newId, of: deliveryId },
      });
      return this.delivery(db, newId);
    });
    this.dispatcher.wake();
    return delivery;
  }

  /** The endpoint's delivery log, newest first, keyset-paged. */
  async deliveries(
    endpointId: string,
    query: WebhookDeliveriesQuery,
  ): Promise<WebhookDeliveryPage> {
    await this.get(endpointId);
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.webhooks.findDeliveries(endpointId, after, query.limit);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toWebhookDelivery),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ at: last.cursor_created_at, id: last.id })
          : null,
    };
  }

  private async delivery(db: Sql, deliveryId: string): Promise<WebhookDelivery> {
    const row = await this.webhooks.findDelivery(db, deliveryId);
    if (!row) throw new Error('delivery not found after insert');
    return toWebhookDelivery(row);
  }

  /**
   * Registration refuses a host that resolves only to private or reserved addresses (in
   * production). Each delivery checks again after its own resolution: DNS can change later.
   */
  private async assertAllowedTarget(url: string): Promise<void> {
    if (this.dispatcher.allowPrivateTargets) return;
    try {
      await resolveTarget(new URL(url).hostname, false, this.dispatcher.resolve);
    } catch (error) {
      if (!(error instanceof TargetRefusedError)) throw error;
      // A host that does not resolve yet may later; deliveries will say why they fail.
      if (error.reason === 'forbidden')
        throw new AppException('WEBHOOK_TARGET_FORBIDDEN', undefined, error.message);
    }
  }
}
