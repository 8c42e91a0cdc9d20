/**
 * The question analysis and the validity report read per-fit sums that the API writes after a
 * calibration fit (and its rewrite of the stored corrected scores), or at start-up for a fit made
 * before they existed; `calibration_fits.aggregated_at` marks the fit whose sums are complete
 * (migration 1764110000000). The bench measures those reports only once the newest fit's are
 * written: before, a report would read an older fit's sums or none, beside a background pass over
 * every submitted scorecard.
 */
import { Pool } from 'pg';

/** How long the aggregates may take: 20 minutes at 1M candidates, linear, and 5 at least. */
export const AGGREGATES_WAIT_MINUTES_AT_1M = 20;
export const AGGREGATES_WAIT_MINUTES_MIN = 5;

export function aggregatesWaitMs(candidates: number): number {
  const minutes = Math.max(
    AGGREGATES_WAIT_MINUTES_MIN,
    (AGGREGATES_WAIT_MINUTES_AT_1M * Math.max(0, candidates)) / 1_000_000,
  );
  return Math.round(minutes * 60_000);
}

/** The newest fit that has not failed: running, or succeeded with or without its aggregates. */
export interface NewestFit {
  id: string;
  status: string;
  aggregatedAt: Date | null;
}

/** Has the schema report aggregates (`calibration_fits.aggregated_at`)? */
export async function hasReportAggregates(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ present: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = 'calibration_fits'
                       AND column_name = 'aggregated_at') AS present`,
  );
  return rows[0]?.present ?? false;
}

async function newestFit(pool: Pool): Promise<NewestFit | undefined> {
  // Plain SQL: the column exists only from migration 1764110000000 on (checked before).
  const { rows } = await pool.query<{ id: string; status: string; aggregated_at: Date | null }>(
    `SELECT id::text AS id, status, aggregated_at
       FROM calibration_fits WHERE status <> 'failed' ORDER BY id DESC LIMIT 1`,
  );
  const row = rows[0];
  return row ? { id: row.id, status: row.status, aggregatedAt: row.aggregated_at } : undefined;
}

/**
 * Waits until the newest fit that has not failed has succeeded and has its report aggregates;
 * its id, or null for a schema without aggregates (nothing to wait for: the reports read the
 * answers). Throws after `timeoutMs` (see `aggregatesWaitMs`), or at once when there is no fit.
 */
export async function waitForReportAggregates(
  pool: Pool,
  options: { timeoutMs: number; pollMs?: number; log: (line: string) => void },
): Promise<string | null> {
  const { timeoutMs, log } = options;
  if (!(await hasReportAggregates(pool))) {
    log(
      '  no report aggregates in this schema (calibration_fits.aggregated_at): nothing to wait for',
    );
    return null;
  }
  const pollMs = options.pollMs ?? 2000;
  const started = Date.now();
  let lastLog = started;
  for (;;) {
    const fit = await newestFit(pool);
    if (!fit) throw new Error('No calibration fit to wait for: fit once before the reports.');
    if (fit.status === 'succeeded' && fit.aggregatedAt) {
      const waited = (Date.now() - started) / 1000;
      if (waited >= 1)
        log(`  fit ${fit.id}: report aggregates written (waited ${waited.toFixed(0)} s)`);
      return fit.id;
    }
    const elapsed = Date.now() - started;
    if (elapsed >= timeoutMs) {
      throw new Error(
        `Calibration fit ${fit.id} (${fit.status}) has no report aggregates after ` +
          `${Math.round(elapsed / 60_000)} min (calibration_fits.aggregated_at is still NULL): ` +
          'the API writes them after each fit, and at start-up for a fit made before they existed. ' +
          'Is the API built from a version that does, and did it log an error?',
      );
    }
    if (Date.now() - lastLog >= 60_000) {
      lastLog = Date.now();
      log(
        `  waiting for fit ${fit.id}'s report aggregates (${fit.status}; ${Math.round(elapsed / 1000)} s of at most ${Math.round(timeoutMs / 1000)} s)…`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
