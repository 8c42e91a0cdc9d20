import { Injectable, Logger } from '@nestjs/common';

import { ReportAggregatesRepository } from './report-aggregates.repository';
import { ReportAggregator } from './report-aggregator';

/** Scorecards fetched at a time: as the fit's own load, small batches keep the event loop free. */
const STREAM_BATCH = 1_000;

/**
 * After each calibration fit (and its rewrite of the corrected scores), the sums the question
 * analysis and the validity report read, with that fit's leniency: one background pass over the
 * submitted scorecards per fit instead of one over every answer per request. A report reads the
 * newest aggregated fit, so scorecards submitted since count from the next fit (after
 * CALIBRATION_REFIT_EVERY submissions, or nightly).
 */
@Injectable()
export class ReportAggregatesService {
  private readonly logger = new Logger(ReportAggregatesService.name);

  constructor(private readonly repository: ReportAggregatesRepository) {}

  /** Aggregates the fit; false when a newer fit was aggregated meanwhile (nothing written). */
  async aggregate(fitId: string): Promise<boolean> {
    const started = Date.now();
    let aggregator: ReportAggregator | undefined;
    let scorecards = 0;
    await this.repository.stream(
      fitId,
      STREAM_BATCH,
      (layouts, leniency) => (aggregator = new ReportAggregator(layouts, leniency)),
      (rows) => {
        scorecards += rows.length;
        aggregator?.add(rows);
      },
    );
    if (!aggregator) return false;
    const written = await this.repository.write(fitId, aggregator.finish());
    this.logger.log(
      `Calibration fit ${fitId}: report aggregates of ${scorecards} scorecards ${written ? 'written' : 'skipped (a newer fit has them)'} in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    return written;
  }

  /** The newest fit, if its aggregates are missing (a fit made before they existed). */
  findFitToAggregate(): Promise<string | undefined> {
    return this.repository.findFitToAggregate();
  }
}
