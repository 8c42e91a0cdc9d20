import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Sql } from '../../database/sql';
import { AppException } from '../errors/app-exception';
import { IdempotencyRepository } from './idempotency.repository';

export interface IdempotencyRequest {
  /** The client's `Idempotency-Key`, or undefined when it sent none. */
  key: string | undefined;
  /** What the key is for: method and route. */
  scope: string;
  /**
   * Who sent it: a key belongs to its caller, so another user who happens to send the same key
   * neither collides with it (422) nor gets its stored response.
   */
  userId: string;
  /** Everything that makes the request what it is; a reused key with other content is refused. */
  fingerprint: unknown;
}

const validKey = /^[A-Za-z0-9._:-]{8,200}$/;

/** The scope a key is stored under (`idempotency_keys.scope`): the caller, then the route. */
export function storedScope(request: Pick<IdempotencyRequest, 'scope' | 'userId'>): string {
  return `user:${request.userId} ${request.scope}`;
}

/**
 * Makes a retried write apply once. Runs inside the write's own transaction: the key row is
 * inserted first, so a concurrent retry blocks on it until the first attempt commits (then it
 * replays the stored result) or rolls back (then it runs). Stored in PostgreSQL, so every API
 * instance honours every key.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly keys: IdempotencyRepository) {}

  /** Whether a client's key has an acceptable form (`run` refuses the others with a 400). */
  acceptsKey(key: string): boolean {
    return validKey.test(key);
  }

  /** What is stored with a key to recognise the same request when it comes again. */
  requestHash(fingerprint: unknown): string {
    return createHash('sha256').update(JSON.stringify(fingerprint)).digest('hex');
  }

  async run<T>(db: Sql, request: IdempotencyRequest, work: () => Promise<T>): Promise<T> {
    if (request.key === undefined) return work();
    if (!this.acceptsKey(request.key)) {
      throw new AppException('VALIDATION_FAILED', [
        {
          path: ['Idempotency-Key'],
          code: 'invalid_format',
          message: 'Use 8 to 200 letters, digits, dots, dashes or colons.',
        },
      ]);
    }
    const hash = this.requestHash(request.fingerprint);
    const scope = storedScope(request);
    if (!(await this.keys.claim(db, scope, request.key, hash))) {
      const stored = await this.keys.find<T>(db, scope, request.key);
      if (!stored || stored.request_hash !== hash) throw new AppException('IDEMPOTENCY_KEY_REUSED');
      return stored.response_body;
    }
    const result = await work();
    await this.keys.storeResponse(db, scope, request.key, result);
    return result;
  }
}
