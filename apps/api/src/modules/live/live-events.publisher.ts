import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Sql } from '../../database/sql';
import { LiveEventsRepository, RoundEventKind, ScorecardEventKind } from './live-events.repository';

/**
 * Progress events go out together, once per this interval and instance: one statement a second
 * for every scorecard saved in it. One statement per scorecard and second took the API from 86%
 * to 77% of the bare baseline's saves at 50 connections (`npm run bench`, 200 scorecards).
 */
export const PROGRESS_EVENT_INTERVAL_MS = 1000;

/**
 * What the other services call when something others may be watching has changed. Pass the
 * transaction of the change: the event is written in it and announced when it commits.
 */
@Injectable()
export class LiveEventsPublisher implements OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: LiveEventsRepository,
  ) {}

  private readonly logger = new Logger(LiveEventsPublisher.name);
  /** Scorecards with answers saved since the last progress events went out. */
  private readonly saved = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;

  scorecardChanged(db: Sql, kind: ScorecardEventKind, scorecardId: string): Promise<void> {
    return this.events.publishScorecard(db, kind, scorecardId);
  }

  roundChanged(db: Sql, kind: RoundEventKind, roundId: string): Promise<void> {
    return this.events.publishRound(db, kind, roundId);
  }

  candidateStageChanged(db: Sql, candidateId: string): Promise<void> {
    return this.events.publishCandidateStage(db, candidateId);
  }

  /**
   * An answer was saved (and committed). The panel's count follows within a second, off the
   * save's path: the save never waits for it, and a failure only delays the count until the next.
   */
  answerSaved(scorecardId: string): void {
    this.saved.add(scorecardId);
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => this.sendProgress(), PROGRESS_EVENT_INTERVAL_MS);
    this.flushTimer.unref();
  }

  onModuleDestroy(): void {
    clearTimeout(this.flushTimer);
    this.saved.clear();
  }

  private sendProgress(): void {
    this.flushTimer = undefined;
    const scorecardIds = [...this.saved];
    this.saved.clear();
    if (scorecardIds.length === 0) return;
    this.events.publishProgress(this.dataSource.manager, scorecardIds).catch((error: unknown) => {
      this.logger.warn(`Progress events not published: ${String(error)}`);
    });
  }
}
