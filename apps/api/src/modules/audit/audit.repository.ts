import { AuditEntityType } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Sql } from '../../database/sql';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditRow {
  id: string;
  actor_id: string | null;
  action: string;
  entity_type: AuditEntityType;
  entity_id: string;
  before: unknown;
  after: unknown;
  created_at: Date;
}

/** The audit trail's SQL: one row per change, and an entity's history. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One event, on the connection of the change it records (its transaction). */
  async insert(db: Sql, event: AuditRecord): Promise<void> {
    await db.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        event.actorId,
        event.action,
        event.entityType,
        event.entityId,
        event.before === undefined ? null : JSON.stringify(event.before),
        event.after === undefined ? null : JSON.stringify(event.after),
      ],
    );
  }

  /** Many events in one statement, in the order given (a batch import's changes). */
  async insertMany(db: Sql, events: AuditRecord[]): Promise<void> {
    if (events.length === 0) return;
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    await db.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after)
       SELECT actor_id, action, entity_type, entity_id, before, after
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[], $6::jsonb[])
              WITH ORDINALITY AS e(actor_id, action, entity_type, entity_id, before, after, position)
        ORDER BY position`,
      [
        events.map((e) => e.actorId),
        events.map((e) => e.action),
        events.map((e) => e.entityType),
        events.map((e) => e.entityId),
        events.map((e) => json(e.before)),
        events.map((e) => json(e.after)),
      ],
    );
  }

  /**
   * An entity's history, newest first, keyset-paginated by event id: the events before
   * `beforeId` (all when null), `limit` of them and whether more follow. Read-only, outside
   * transactions.
   */
  async findPage(page: {
    entityType: AuditEntityType;
    entityId: string;
    beforeId: string | null;
    limit: number;
  }): Promise<{ rows: AuditRow[]; nextCursor: string | null }> {
    const rows = (await this.dataSource.query(
      // Ordered by the bigint column (e.id), not the text alias: "10" sorts before "9" as text.
      `SELECT e.id::text AS id, e.actor_id, e.action, e.entity_type, e.entity_id, e.before, e.after, e.created_at
         FROM audit_events e
        WHERE e.entity_type = $1 AND e.entity_id = $2 AND ($3::bigint IS NULL OR e.id < $3::bigint)
        ORDER BY e.id DESC
        LIMIT $4`,
      [page.entityType, page.entityId, page.beforeId, page.limit + 1],
    )) as AuditRow[];
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return { rows: items, nextCursor: rows.length > page.limit && last ? last.id : null };
  }
}
