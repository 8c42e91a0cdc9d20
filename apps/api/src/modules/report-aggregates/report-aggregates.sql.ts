/**
 * The fit whose report aggregates the question analysis and the validity report read: the
 * newest with them written (`aggregated_at`), as `id, aggregated_at`; no row before the first.
 */
export const latestAggregatedFitSql = `
  SELECT id, aggregated_at FROM calibration_fits
   WHERE aggregated_at IS NOT NULL ORDER BY id DESC LIMIT 1`;
