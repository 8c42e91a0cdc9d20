import {
  CalibrationFilterOptions,
  CalibrationFilters,
  calibrationFiltersSchema,
} from '@calibrate/contracts';

export const filterKeys = ['jobId', 'site', 'rubricId', 'from', 'to'] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * The filters a URL holds: each parameter kept only if the API would take it, and a period in
 * the wrong order dropped, so a mistyped shared link shows the page rather than an error.
 */
export function filtersFromParams(params: URLSearchParams): CalibrationFilters {
  const filters: CalibrationFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value === null) continue;
    const parsed = calibrationFiltersSchema.safeParse({ [key]: value });
    if (parsed.success && parsed.data[key] !== undefined) filters[key] = parsed.data[key];
  }
  if (filters.from && filters.to && filters.from > filters.to) delete filters.from;
  return filters;
}

export const isFiltered = (filters: CalibrationFilters): boolean =>
  filterKeys.some((key) => filters[key] !== undefined);

const monthNames = new Intl.DateTimeFormat('en', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortMonthNames = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** "2026-03" as "Mar 2026" (or "Mar" short). */
export function formatMonth(month: string, short = false): string {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (number ?? 1) - 1, 1));
  return (short ? shortMonthNames : monthNames).format(date);
}

/** What the filters select, in words: "Chat support agent · Jan 2026 – Feb 2026". */
export function describeFilters(
  filters: CalibrationFilters,
  options: CalibrationFilterOptions,
): string | null {
  const parts: string[] = [];
  if (filters.jobId)
    parts.push(options.jobs.find((job) => job.id === filters.jobId)?.title ?? 'a job');
  if (filters.site) parts.push(filters.site);
  if (filters.rubricId)
    parts.push(
      options.rubrics.find((rubric) => rubric.id === filters.rubricId)?.name ?? 'a rubric',
    );
  const { from, to } = filters;
  if (from && to)
    parts.push(from === to ? formatMonth(from) : `${formatMonth(from)} – ${formatMonth(to)}`);
  else if (from) parts.push(`since ${formatMonth(from)}`);
  else if (to) parts.push(`until ${formatMonth(to)}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}
