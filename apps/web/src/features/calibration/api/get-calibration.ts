import { CalibrationFilters, calibrationReportSchema } from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** While a fit runs, the report is asked again this often, so the page follows it to its end. */
export const RUNNING_POLL_MS = 2_000;

/** The filters as query parameters, in a fixed order (a stable URL and query key). */
function filterParams(filters: CalibrationFilters): string {
  const params = new URLSearchParams();
  for (const key of ['jobId', 'site', 'rubricId', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The latest calibration fit as the viewer may see it (hiring managers: their jobs'
 * interviewers), narrowed by the filters.
 */
export function getCalibration(filters: CalibrationFilters = {}, signal?: AbortSignal) {
  return apiRequest(`/v1/calibration${filterParams(filters)}`, {
    schema: calibrationReportSchema,
    signal,
  });
}

/** The signed-in user's own figures (any role; only their own row). */
export function getMyCalibration(signal?: AbortSignal) {
  return apiRequest('/v1/calibration/me', { schema: calibrationReportSchema, signal });
}

export const calibrationQueries = {
  all: () => ['calibration'] as const,
  reports: () => [...calibrationQueries.all(), 'report'] as const,
  report: (filters: CalibrationFilters = {}) =>
    queryOptions({
      queryKey: [...calibrationQueries.reports(), filters] as const,
      queryFn: ({ signal }) => getCalibration(filters, signal),
      refetchInterval: (query) => (query.state.data?.running ? RUNNING_POLL_MS : false),
      // A new filter keeps the page in place until its figures arrive.
      placeholderData: keepPreviousData,
    }),
  mine: () =>
    queryOptions({
      queryKey: [...calibrationQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => getMyCalibration(signal),
    }),
};

export const useCalibration = (filters: CalibrationFilters = {}) =>
  useQuery(calibrationQueries.report(filters));

export const useMyCalibration = () => useQuery(calibrationQueries.mine());
