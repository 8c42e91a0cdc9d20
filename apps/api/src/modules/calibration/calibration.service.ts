import { CalibrationFilters, CalibrationFit, CalibrationReport } from '@calibrate/contracts';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  Optional,
} from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { ReportAggregatesService } from '../report-aggregates/report-aggregates.service';
import { WebhookEventsPublisher } from '../webhooks/webhook-events.publisher';
import { toCalibrationFit, toInterviewerCalibration, toStoredFit } from './calibration.mapper';
import { CalibrationRepository, FitRow } from './calibration.repository';
import { CalibrationInputBuilder } from './calibration-input';
import { CorrectedScoresRepository } from './corrected-scores.repository';
import { runFit } from './run-fit';

/**
 * Scorecards fetched at a time while loading a fit's input: parsing 5,000 takes ~20 ms of the
 * event loop (141,748 bench scorecards parse in ~0.5 s), so requests wait little meanwhile.
 */
const LOAD_BATCH = 1_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Interviewer calibration: fits the leniency model over every submitted scorecard (in a worker
 * thread, one instance at a time under an advisory lock) after every N submissions, nightly, and
 * when an admin asks; reports the latest fit as the viewer may see it.
 */
@Injectable()
export class CalibrationService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CalibrationService.name);
  private nightly: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /**
   * Everything this instance has in flight: fits with their rewrites, and refit checks after a
   * submission (started without waiting, so a check may not have reached `start` yet).
   */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly repository: CalibrationRepository,
    private readonly correctedScores: CorrectedScoresRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: WebhookEventsPublisher,
    /** Absent only in the bench's baseline server, which reads reports and never fits. */
    @Optional() private readonly reportAggregates?: ReportAggregatesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.repository.failAbandonedFits();
    this.scheduleNightly();
    // A database with scores and no fit yet (a first start on the demo, an upgrade) fits at once.
    if (
      this.config.calibrationRefitEvery > 0 &&
      !(await this.repository.findLatestFit()) &&
      (await this.repository.countSubmittedScorecards()) > 0
    ) {
      await this.start('submissions', null);
      return;
    }
    // A fit made before the report aggregates existed (an upgrade), or whose aggregation was cut
    // short by a stop: aggregate it now rather than wait for the next fit.
    const fitId = await this.reportAggregates?.findFitToAggregate();
    if (fitId) void this.track(this.aggregateReports(fitId));
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.nightly);
    // A fit in progress finishes (or fails) before the database connections close.
    await this.settled();
  }

  /**
   * Starts a fit unless one is running (here or on another instance), and answers at once with
   * the fit that is running; the fit goes on in the background.
   */
  async start(trigger: FitRow['trigger'], requestedBy: string | null): Promise<CalibrationFit> {
    const lock = await this.repository.tryLockFit();
    if (!lock) {
      const running = await this.repository.findRunningFit();
      if (running) return toCalibrationFit(running);
      // Another instance holds the lock between fits' rows: report the latest state.
      const latest = await this.repository.findLatestFit();
      if (latest) return toCalibrationFit(latest);
      throw new Error('A calibration fit is starting on another instance.');
    }
    let fit: FitRow;
    try {
      fit = await this.repository.insertFit(
        trigger,
        requestedBy,
        await this.repository.countSubmittedScorecards(),
      );
    } catch (error) {
      await this.repository.unlockFit(lock);
      throw error;
    }
    const chain: Promise<void> = this.fit(fit)
      .then(
        () => true,
        async (error: unknown) => {
          this.logger.error(`Calibration fit ${fit.id} failed: ${String(error)}`);
          await this.repository.failFit(
            fit.id,
            error instanceof Error ? error.message : String(error),
          );
          return false;
        },
      )
      .finally(() => this.repository.unlockFit(lock))
      // The fit is done (and its leniency in use) once its row says so; the pipelines' stored
      // corrected scores follow in the background, outside the fit's lock.
      .then(async (succeeded) => {
        if (!succeeded) return;
        await this.rewriteCorrectedScores(fit.id);
        // After the rewrite: the validity report's applicant pool reads the corrected scores.
        await this.aggregateReports(fit.id);
      })
      .finally(() => {
        // A fit started during this one's rewrite is running now: keep it.
        if (this.running === chain) this.running = undefined;
      });
    this.running = this.track(chain);
    return toCalibrationFit(fit);
  }

  /** Rewrites the stored corrected scores from the latest fit; a failure waits for the next fit. */
  private async rewriteCorrectedScores(fitId: string): Promise<void> {
    const started = Date.now();
    try {
      const rewritten = await this.correctedScores.refreshAll();
      this.logger.log(
        `Calibration fit ${fitId}: ${rewritten} corrected scores rewritten in ${Math.round((Date.now() - started) / 1000)} s`,
      );
    } catch (error) {
      this.logger.error(`Corrected scores after fit ${fitId} not rewritten: ${String(error)}`);
    }
  }

  /** The question analysis's and validity report's sums for the fit; a failure waits for the next fit. */
  private async aggregateReports(fitId: string): Promise<void> {
    try {
      await this.reportAggregates?.aggregate(fitId);
    } catch (error) {
      this.logger.error(`Report aggregates of fit ${fitId} not written: ${String(error)}`);
    }
  }

  /**
   * Waits for every fit this instance runs and its rewrite, and for refit checks under way
   * (tests, shutdown): also the work that started while it waited.
   */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    void work.then(
      () => this.pending.delete(work),
      () => this.pending.delete(work),
    );
    return work;
  }

  /** Called after a scorecard is submitted: refits once N more have come in since the last fit. */
  afterSubmission(): Promise<void> {
    return this.track(this.refitIfDue());
  }

  private async refitIfDue(): Promise<void> {
    const every = this.config.calibrationRefitEvery;
    if (every === 0 || this.running) return;
    const [latest, submitted] = await Promise.all([
      this.repository.findLatestFit(),
      this.repository.countSubmittedScorecards(),
    ]);
    if (submitted - (latest?.submitted_scorecards ?? 0) >= every) {
      await this.start('submissions', null);
    }
  }

  /**
   * The latest fit as the viewer may see it. Filters narrow whom the list shows (and count their
   * scorecards in scope); the period also bounds each interviewer's monthly trend. The figures
   * themselves stay the whole fit's. Without filter options (the interviewer's own view) none
   * are looked up.
   */
  async report(
    viewer: SessionUser,
    filters: CalibrationFilters = {},
    withOptions = true,
  ): Promise<CalibrationReport> {
    const [latest, running] = await Promise.all([
      this.repository.findLatestFit(),
      this.repository.findRunningFit(),
    ]);
    const results = latest?.results ?? null;
    const [interviewers, options] = await Promise.all([
      latest ? this.repository.findInterviewers(latest.id, viewer, filters) : [],
      withOptions
        ? this.repository.findFilterOptions(latest?.id ?? null, viewer)
        : { jobs: [], sites: [], rubrics: [], months: [] },
    ]);
    const trend = latest
      ? await this.repository.findTrend(
          latest.id,
          interviewers.map((row) => row.interviewer_id),
          filters,
        )
      : [];
    const trendOf = new Map<string, typeof trend>();
    for (const row of trend) {
      const months = trendOf.get(row.interviewer_id) ?? [];
      months.push(row);
      trendOf.set(row.interviewer_id, months);
    }
    return {
      fit: latest ? toCalibrationFit(latest) : null,
      running: running ? toCalibrationFit(running) : null,
      panelSize: results?.panelSize ?? null,
      reliability: results?.reliability ?? null,
      categories: results?.categories ?? [],
      varianceComponents: results?.components ?? null,
      connectivity: results?.connectivity ?? null,
      warnings: results?.warnings ?? [],
      panelAgreement: results?.panelAgreement ?? null,
      filters: { applied: filters, options },
      interviewers: interviewers.map((row) =>
        toInterviewerCalibration(row, trendOf.get(row.interviewer_id)),
      ),
    };
  }

  private async fit(fit: FitRow): Promise<void> {
    const lineages = await this.repository.findCategoryLineages();
    const builder = new CalibrationInputBuilder(lineages);
    await this.repository.streamObservations(lineages, LOAD_BATCH, (rows) => builder.add(rows));
    const input = builder.build();
    const result = await runFit(input.data);
    const names = new Map(lineages.map((lineage) => [lineage.id, lineage.name]));
    const stored = toStoredFit(input, result, names);
    await this.repository.completeFit(
      fit.id,
      stored.inputs,
      stored.results,
      stored.interviewers,
      stored.months,
      (db) => this.webhooks.calibrationFitted(db, fit.id),
    );
    this.logger.log(
      `Calibration fit ${fit.id}: ${stored.inputs.scorecards} scorecards, ${stored.inputs.interviewers} interviewers`,
    );
  }

  private scheduleNightly(): void {
    const hour = this.config.calibrationNightlyHourUtc;
    if (hour === null) return;
    const now = new Date();
    const next = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour),
    );
    if (next.getTime() <= now.getTime()) next.setTime(next.getTime() + DAY_MS);
    this.nightly = setTimeout(() => {
      this.start('nightly', null).catch((error: unknown) =>
        this.logger.error(`Nightly calibration did not start: ${String(error)}`),
      );
      this.scheduleNightly();
    }, next.getTime() - now.getTime());
    this.nightly.unref();
  }
}
