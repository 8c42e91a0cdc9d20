import { candidateOutcomesSchema, RecordOutcomes } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateOutcomesQuery } from './get-candidate-outcomes';
import { validityQueries } from './get-validity';

/** Replaces a hired candidate's outcomes: the whole record, null for "not recorded". */
export function recordCandidateOutcomes(candidateId: string, outcomes: RecordOutcomes) {
  return apiRequest(`/v1/candidates/${candidateId}/outcomes`, {
    method: 'PUT',
    body: outcomes,
    schema: candidateOutcomesSchema,
  });
}

/**
 * Saves a candidate's outcomes; the profile shows the saved record at once and every validity
 * report is asked again (its figures now include this hire).
 */
export function useRecordCandidateOutcomes(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outcomes: RecordOutcomes) => recordCandidateOutcomes(candidateId, outcomes),
    // The form shows field errors next to the fields and a refusal (not hired) above them.
    meta: { errorToast: false },
    onSuccess: (saved) => {
      queryClient.setQueryData(candidateOutcomesQuery(candidateId).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: validityQueries.reports() });
    },
  });
}
