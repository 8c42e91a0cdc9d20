import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { MaintenanceRepository } from './maintenance.repository';

const EVERY_MINUTES = 10;

export interface PurgeResult {
  sessions: number;
  loginFailures: number;
  idempotencyKeys: number;
}

/**
 * Deletes what no request needs any more: ended sessions, sign-in failures past the 15-minute
 * window (a day is kept for investigation), idempotency keys older than a day (a client retries
 * within minutes). Safe with any number of API instances: each run is a few idempotent DELETEs.
 */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Maintenance');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly maintenance: MaintenanceRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.timer = setInterval(() => {
      this.purge().catch((error: unknown) => this.logger.error(`purge failed: ${String(error)}`));
    }, EVERY_MINUTES * 60_000);
    // The timer never keeps the process alive on its own.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(): Promise<PurgeResult> {
    return {
      sessions: await this.maintenance.deleteExpiredSessions(this.config.sessionIdleMinutes),
      loginFailures: await this.maintenance.deleteOldLoginFailures(),
      idempotencyKeys: await this.maintenance.deleteOldIdempotencyKeys(),
    };
  }
}
