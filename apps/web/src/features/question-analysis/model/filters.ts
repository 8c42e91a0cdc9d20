import { QuestionAnalysisQuery, questionAnalysisQuerySchema } from '@calibrate/contracts';

export const filterKeys = ['jobId', 'site'] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * The filters a URL holds: each parameter kept only if the API would take it, so a mistyped
 * shared link shows the page rather than an error.
 */
export function filtersFromParams(params: URLSearchParams): QuestionAnalysisQuery {
  const filters: QuestionAnalysisQuery = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value === null) continue;
    const parsed = questionAnalysisQuerySchema.safeParse({ [key]: value });
    if (parsed.success && parsed.data[key] !== undefined) filters[key] = parsed.data[key];
  }
  return filters;
}

export const isFiltered = (filters: QuestionAnalysisQuery): boolean =>
  filterKeys.some((key) => filters[key] !== undefined);
