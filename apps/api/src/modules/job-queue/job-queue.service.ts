import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';

/** pg-boss keeps its tables here, beside the app's `public` schema (which the snapshot covers). */
export const JOB_QUEUE_SCHEMA = 'pgboss';

export type JobHandler<Data extends object> = (data: Data, jobId: string) => Promise<void>;

interface WorkerRegistration {
  queue: string;
  handler: JobHandler<object>;
}

interface ScheduleRegistration {
  queue: string;
  cron: string;
  /** Also queue one run as soon as the queue starts (not only at the next tick). */
  runAtStart: boolean;
}

/**
 * Background work on PostgreSQL (pg-boss): any number of API instances share the queues, a job
 * survives a restart, failed jobs retry with backoff. Modules register their workers and
 * schedules at init; the queue starts once the app is up (unless JOBS_ENABLED is off) and stops,
 * letting running jobs finish, before the database connections close.
 *
 * Handlers must be idempotent: pg-boss delivers a job at least once (a crash mid-job runs it again).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | undefined;
  private starting: Promise<void> | undefined;
  private readonly workers: WorkerRegistration[] = [];
  private readonly schedules: ScheduleRegistration[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get started(): boolean {
    return this.boss !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobs.enabled) await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Starts pg-boss (creating or upgrading its schema), then the registered workers and schedules. */
  start(): Promise<void> {
    this.starting ??= this.startBoss();
    return this.starting;
  }

  /** Stops taking jobs, waits for running ones (up to 10 s), and closes pg-boss's connections. */
  async stop(): Promise<void> {
    const starting = this.starting;
    if (!starting) return;
    await starting.catch(() => undefined);
    const boss = this.boss;
    this.boss = undefined;
    this.starting = undefined;
    if (boss) await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
  }

  /** Runs `handler` for each job of `queue` (now, or as soon as the queue starts). */
  async work<Data extends object>(queue: string, handler: JobHandler<Data>): Promise<void> {
    const registration = { queue, handler: handler as JobHandler<object> };
    this.workers.push(registration);
    if (this.boss) await this.startWorker(this.boss, registration);
  }

  /** Sends a job to `queue` every time `cron` fires (UTC), once across all instances. */
  async schedule(queue: string, cron: string, { runAtStart = false } = {}): Promise<void> {
    const registration = { queue, cron, runAtStart };
    this.schedules.push(registration);
    if (this.boss) await this.startSchedule(this.boss, registration);
  }

  /**
   * Queues a job. A `singletonKey` makes a second send of the same job a no-op while the first
   * is queued. Returns the job id, or null when pg-boss refused it as a duplicate.
   */
  async send(
    queue: string,
    data: object,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    const boss = this.boss;
    if (!boss) throw new Error(`The job queue is not running: "${queue}" not sent.`);
    await boss.createQueue(queue);
    return boss.send(queue, data, {
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      ...options,
    });
  }

  private async startBoss(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const boss = new PgBoss({
      connectionString: options.url,
      schema: JOB_QUEUE_SCHEMA,
      application_name: 'calibrate-jobs',
      // Its own small pool: job polling never waits behind requests for a connection.
      max: 3,
    });
    boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
    try {
      await boss.start();
      for (const registration of this.workers) await this.startWorker(boss, registration);
      for (const registration of this.schedules) await this.startSchedule(boss, registration);
    } catch (error) {
      await boss.stop({ graceful: false, close: true, wait: true }).catch(() => undefined);
      this.starting = undefined;
      throw error;
    }
    this.boss = boss;
  }

  private async startWorker(boss: PgBoss, { queue, handler }: WorkerRegistration): Promise<void> {
    await boss.createQueue(queue);
    await boss.work<object>(queue, { pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) await handler(job.data, job.id);
    });
  }

  private async startSchedule(
    boss: PgBoss,
    { queue, cron, runAtStart }: ScheduleRegistration,
  ): Promise<void> {
    await boss.createQueue(queue);
    await boss.schedule(queue, cron, {}, { tz: 'UTC', singletonKey: queue });
    // One per minute across instances: several starting together queue one run.
    if (runAtStart)
      await boss.send(queue, {}, { singletonKey: `${queue}:start`, singletonSeconds: 60 });
  }
}
