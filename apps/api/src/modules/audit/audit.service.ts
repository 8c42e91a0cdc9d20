import { AuditEventPage, ListAuditEventsQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { AppException } from '../../common/errors/app-exception';
import { Sql } from '../../database/sql';
import { AuditRecord, AuditRepository } from './audit.repository';

export type { AuditRecord };

/** Who changed what, when, with before and after: written in the same transaction as the change. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  async record(db: Sql, event: AuditRecord): Promise<void> {
    await this.events.insert(db, event);
  }

  /** Many changes of one transaction (a batch import), in one statement. */
  async recordMany(db: Sql, events: AuditRecord[]): Promise<void> {
    await this.events.insertMany(db, events);
  }

  /** An entity's history, newest first, keyset-paginated by event id. */
  async list(query: ListAuditEventsQuery): Promise<AuditEventPage> {
    const page = await this.events.findPage({
      entityType: query.entityType,
      entityId: query.entityId,
      beforeId: query.cursor ? decodeIdCursor(query.cursor) : null,
      limit: query.limit,
    });
    return {
      items: page.rows.map((row) => ({
        id: row.id,
        actorId: row.actor_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        createdAt: row.created_at.toISOString(),
      })),
      nextCursor: page.nextCursor,
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
