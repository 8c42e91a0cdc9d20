import { calibrationFitSchema, CalibrationReport } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { calibrationQueries } from './get-calibration';

/** Starts a refit (admins); the API answers 202 with the fit that is running (a new or the same one). */
export function startRefit() {
  return apiRequest('/v1/calibration/fits', {
    method: 'POST',
    body: {},
    schema: calibrationFitSchema,
  });
}

/**
 * Starts a refit and marks the report as running at once, so the page disables the button and
 * polls the report until the fit is done.
 */
export function useStartRefit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startRefit,
    onSuccess: (fit) => {
      if (fit.status === 'running')
        queryClient.setQueriesData<CalibrationReport>(
          { queryKey: calibrationQueries.reports() },
          (report) => (report ? { ...report, running: fit } : report),
        );
      return queryClient.invalidateQueries({ queryKey: calibrationQueries.all() });
    },
  });
}
