import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Sql } from '../../database/sql';
import { LiveEventsRepository, RoundEventKind, ScorecardEventKind } from './live-events.repository';

/** At most one progress event per scorecard in this time; the last count always follows. */
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
  /** Per scorecard: when its last progress event went out, and the one waiting to follow. */
  private readonly progress = new Map<string, { sentAt: number; timer?: NodeJS.Timeout }>();

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
   * An answer was saved (and committed). Autosave sends one per pause in typing, so the panel's
   * count is published at most once a second per scorecard, off the save's path: the save never
   * waits for it, and a failure only delays the count until the next one.
   */
  answerSaved(scorecardId: string): void {
    const now = Date.now();
    const entry = this.progress.get(scorecardId);
    if (entry?.timer) return;
    const wait = entry ? entry.sentAt + PROGRESS_EVENT_INTERVAL_MS - now : 0;
    if (wait <= 0) {
      this.sendProgress(scorecardId);
      return;
    }
    const timer = setTimeout(() => this.sendProgress(scorecardId), wait);
    timer.unref();
    this.progress.set(scorecardId, { sentAt: entry?.sentAt ?? 0, timer });
  }

  onModuleDestroy(): void {
    for (const entry of this.progress.values()) clearTimeout(entry.timer);
    this.progress.clear();
  }

  private sendProgress(scorecardId: string): void {
    const sentAt = Date.now();
    this.progress.set(scorecardId, { sentAt });
    // Forget scorecards nobody is typing in, so the map stays as small as the live interviews.
    setTimeout(() => {
      const entry = this.progress.get(scorecardId);
      if (entry && !entry.timer && entry.sentAt === sentAt) this.progress.delete(scorecardId);
    }, PROGRESS_EVENT_INTERVAL_MS).unref();
    this.events
      .publishScorecard(this.dataSource.manager, 'scorecard.progress', scorecardId)
      .catch((error: unknown) => {
        this.logger.warn(`Progress event not published: ${String(error)}`);
      });
  }
}
