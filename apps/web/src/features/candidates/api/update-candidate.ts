import { candidateDetailSchema, UpdateCandidate } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

export function useUpdateCandidate(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdateCandidate) =>
      apiRequest(`/v1/candidates/${candidateId}`, {
        method: 'PATCH',
        body: patch,
        schema: candidateDetailSchema,
      }),
    // The form shows field and duplicate-email errors next to the fields.
    meta: { errorToast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateQueries.all() }),
  });
}
