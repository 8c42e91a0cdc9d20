import { Injectable } from '@nestjs/common';

import { queryRows, Sql } from '../../database/sql';

/** What a key's row holds once its request has been seen. */
export interface StoredIdempotencyKey<T> {
  request_hash: string;
  response_body: T;
}

/**
 * The `idempotency_keys` rows. Every method runs on the write's own transaction (`db`), so the key
 * and the write commit or roll back together.
 */
@Injectable()
export class IdempotencyRepository {
  /**
   * Inserts the key's row (status 0: in progress); false when the key is already there. A
   * concurrent insert of the same key blocks here until the other transaction ends.
   */
  async claim(db: Sql, scope: string, key: string, requestHash: string): Promise<boolean> {
    const inserted = await queryRows(
      db,
      `INSERT INTO idempotency_keys (scope, key, request_hash, status_code)
       VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING RETURNING key`,
      [scope, key, requestHash],
    );
    return inserted.length > 0;
  }

  /** The stored request hash and response of a key, if there is one. */
  async find<T>(db: Sql, scope: string, key: string): Promise<StoredIdempotencyKey<T> | undefined> {
    const [stored] = (await db.query(
      `SELECT request_hash, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    )) as StoredIdempotencyKey<T>[];
    return stored;
  }

  /** Stores the response a claimed key replays from now on. */
  async storeResponse(db: Sql, scope: string, key: string, response: unknown): Promise<void> {
    await db.query(
      `UPDATE idempotency_keys SET status_code = 200, response_body = $3 WHERE scope = $1 AND key = $2`,
      [scope, key, JSON.stringify(response)],
    );
  }
}
