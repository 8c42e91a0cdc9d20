import { AuditEntityType, AuditEventPage, ListAuditEventsQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import { Sql } from '../../database/sql';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

interface AuditRow {
  id: string;
  actor_id: string | null;
  action: string;
  entity_type: AuditEntityType;
  entity_id: string;
  before: unknown;
  after: unknown;
  created_at: Date;
}

/** Who changed what, when, with before and after: written in the same transaction as the change. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(db: Sql, event: AuditRecord): Promise<void> {
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

  /** An entity's history, newest first, keyset-paginated by event id. */
  async list(query: ListAuditEventsQuery): Promise<AuditEventPage> {
    const after = query.cursor ? decodeIdCursor(query.cursor) : null;
    const rows = (await this.dataSource.query(
      // Ordered by the bigint column (e.id), not the text alias: "10" sorts before "9" as text.
      `SELECT e.id::text AS id, e.actor_id, e.action, e.entity_type, e.entity_id, e.before, e.after, e.created_at
         FROM audit_events e
        WHERE e.entity_type = $1 AND e.entity_id = $2 AND ($3::bigint IS NULL OR e.id < $3::bigint)
        ORDER BY e.id DESC
        LIMIT $4`,
      [query.entityType, query.entityId, after, query.limit + 1],
    )) as AuditRow[];
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => ({
        id: row.id,
        actorId: row.actor_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        createdAt: row.created_at.toISOString(),
      })),
      nextCursor: rows.length > query.limit && last ? last.id : null,
    };
  }
}

function decodeIdCursor(cursor: string): string {
  if (!/^\d{1,19}$/.test(cursor)) {
    throw new AppException('VALIDATION_FAILED', [
      {
        path: ['cursor'],
        code: 'invalid_cursor',
        message: 'This cursor is not one the API gave out.',
      },
    ]);
  }
  return cursor;
}
