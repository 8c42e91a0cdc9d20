import { candidateDetailSchema, UpdateCandidate } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

export interface CandidateUpdate {
  patch: UpdateCandidate;
  /** The version the editor opened; a change made since is a 412, never overwritten. */
  version: number;
}

export function updateCandidate(candidateId: string, { patch, version }: CandidateUpdate) {
  return apiRequest(`/v1/candidates/${candidateId}`, {
    method: 'PATCH',
    body: patch,
    headers: { 'if-match': `"${version}"` },
    schema: candidateDetailSchema,
  });
}

export function useUpdateCandidate(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: CandidateUpdate) => updateCandidate(candidateId, update),
    // The form shows field and duplicate-email errors next to the fields.
    meta: { errorToast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateQueries.all() }),
  });
}
