import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

import { Sql } from '../../database/sql';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhooksRepository } from './webhooks.repository';

/**
 * What the other services call when something webhooks report has happened. Pass the transaction
 * of the change: the event and its deliveries are written in it (so a rolled-back change sends
 * nothing), and the sender is woken once it commits. Nothing is written when no enabled endpoint
 * subscribes to the type.
 */
@Injectable()
export class WebhookEventsPublisher implements OnModuleInit, EntitySubscriberInterface {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksRepository,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  private readonly logger = new Logger(WebhookEventsPublisher.name);
  /** Transactions that queued deliveries: the sender is woken when one of them commits. */
  private readonly waiting = new WeakSet<QueryRunner>();

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** TypeORM calls this after every commit; only ours wake the sender (never awaited by it). */
  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    if (!this.waiting.has(event.queryRunner)) return;
    this.waiting.delete(event.queryRunner);
    this.dispatcher.wake();
  }

  async candidatesCreated(db: Sql, candidateIds: string[]): Promise<void> {
    this.queued(db, await this.webhooks.recordCandidatesCreated(db, candidateIds));
  }

  async candidateStageChanged(
    db: Sql,
    candidateId: string,
    change: { from: string; to: string; reason: string | null; actorId: string | null },
  ): Promise<void> {
    this.queued(db, await this.webhooks.recordStageChanged(db, candidateId, change));
  }

  async roundScheduled(db: Sql, roundId: string): Promise<void> {
    this.queued(db, await this.webhooks.recordRound(db, 'round.scheduled', roundId));
  }

  async roundNoShow(db: Sql, roundId: string): Promise<void> {
    this.queued(db, await this.webhooks.recordRound(db, 'round.no_show', roundId));
  }

  async scorecardSubmitted(db: Sql, scorecardId: string): Promise<void> {
    this.queued(
      db,
      await this.webhooks.recordScorecard(db, 'scorecard.submitted', scorecardId, null),
    );
  }

  async scorecardAmended(db: Sql, scorecardId: string, reason: string): Promise<void> {
    this.queued(
      db,
      await this.webhooks.recordScorecard(db, 'scorecard.amended', scorecardId, reason),
    );
  }

  async calibrationFitted(db: Sql, fitId: string): Promise<void> {
    this.queued(db, await this.webhooks.recordCalibrationFitted(db, fitId));
  }

  private queued(db: Sql, deliveries: number): void {
    if (deliveries === 0) return;
    const runner = (db as Partial<EntityManager>).queryRunner;
    if (runner?.isTransactionActive) this.waiting.add(runner);
    else this.dispatcher.wake();
    this.logger.debug(`${deliveries} webhook deliveries queued`);
  }
}
