import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The purge's DELETEs. Each runs on its own, outside transactions, and answers how many rows it
 * removed.
 */
@Injectable()
export class MaintenanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Sessions past their end, or idle longer than `idleMinutes`. */
  deleteExpiredSessions(idleMinutes: number): Promise<number> {
    return this.deleted(
      `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [idleMinutes],
    );
  }

  /** Sign-in failures older than a day. */
  deleteOldLoginFailures(): Promise<number> {
    return this.deleted(`DELETE FROM login_failures WHERE created_at < now() - interval '1 day'`);
  }

  /** Idempotency keys older than a day. */
  deleteOldIdempotencyKeys(): Promise<number> {
    return this.deleted(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'`);
  }

  private async deleted(sql: string, params: unknown[] = []): Promise<number> {
    const result = (await this.dataSource.query(sql, params)) as [unknown[], number];
    return result[1];
  }
}
