import { ValidityFilters, validityReportSchema } from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** The filters as query parameters, in a fixed order (a stable URL and query key). */
function filterParams(filters: ValidityFilters): string {
  const params = new URLSearchParams();
  for (const key of ['jobId', 'site', 'rubricId'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Which interview scores predict how hires do, for the candidates the filters select (hiring
 * managers: their jobs'). Without a rubric the API picks the most used one.
 */
export function getValidity(filters: ValidityFilters = {}, signal?: AbortSignal) {
  return apiRequest(`/v1/validity${filterParams(filters)}`, {
    schema: validityReportSchema,
    signal,
  });
}

export const validityQueries = {
  all: () => ['validity'] as const,
  reports: () => [...validityQueries.all(), 'report'] as const,
  report: (filters: ValidityFilters = {}) =>
    queryOptions({
      queryKey: [...validityQueries.reports(), filters] as const,
      queryFn: ({ signal }) => getValidity(filters, signal),
      // A new filter keeps the page in place until its figures arrive.
      placeholderData: keepPreviousData,
    }),
};

export const useValidity = (filters: ValidityFilters = {}) =>
  useQuery(validityQueries.report(filters));
