import { calibrationReportSchema } from '@calibrate/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** While a fit runs, the report is asked again this often, so the page follows it to its end. */
export const RUNNING_POLL_MS = 2_000;

/** The latest calibration fit as the viewer may see it (hiring managers: their jobs' interviewers). */
export function getCalibration(signal?: AbortSignal) {
  return apiRequest('/v1/calibration', { schema: calibrationReportSchema, signal });
}

export const calibrationQueries = {
  all: () => ['calibration'] as const,
  report: () =>
    queryOptions({
      queryKey: [...calibrationQueries.all(), 'report'] as const,
      queryFn: ({ signal }) => getCalibration(signal),
      refetchInterval: (query) => (query.state.data?.running ? RUNNING_POLL_MS : false),
    }),
};

export const useCalibration = () => useQuery(calibrationQueries.report());
