import { candidateSchema, CreateCandidateInput } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

export function createCandidate(input: CreateCandidateInput) {
  return apiRequest('/v1/candidates', { method: 'POST', body: input, schema: candidateSchema });
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCandidate,
    // The form shows validation and duplicate-email errors on its fields.
    meta: { errorToast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateQueries.lists() }),
  });
}
