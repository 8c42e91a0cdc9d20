import {
  OutcomeKey,
  outcomeKeySchema,
  ValidityFilters,
  validityFiltersSchema,
} from '@calibrate/contracts';

export const filterKeys = ['jobId', 'site', 'rubricId'] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * The filters a URL holds: each parameter kept only if the API would take it, so a mistyped
 * shared link shows the page rather than an error.
 */
export function filtersFromParams(params: URLSearchParams): ValidityFilters {
  const filters: ValidityFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value === null) continue;
    const parsed = validityFiltersSchema.safeParse({ [key]: value });
    if (parsed.success && parsed.data[key] !== undefined) filters[key] = parsed.data[key];
  }
  return filters;
}

/** The outcome a URL asks for, if it names one. */
export function outcomeFromParams(params: URLSearchParams): OutcomeKey | null {
  const parsed = outcomeKeySchema.safeParse(params.get('outcome'));
  return parsed.success ? parsed.data : null;
}

export const isFiltered = (filters: ValidityFilters): boolean =>
  filterKeys.some((key) => filters[key] !== undefined);
