import { candidateDetailSchema, UpdateCandidate } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

export function useUpdateCandidate(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    /** `version`: the one the editor opened; a change made since is a 412, never overwritten. */
    mutationFn: ({ patch, version }: { patch: UpdateCandidate; version: number }) =>
      apiRequest(`/v1/candidates/${candidateId}`, {
        method: 'PATCH',
        body: patch,
        headers: { 'if-match': `"${version}"` },
        schema: candidateDetailSchema,
      }),
    // The form shows field and duplicate-email errors next to the fields.
    meta: { errorToast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateQueries.all() }),
  });
}
