import { candidateDetailSchema, CandidateStage } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

export interface StageChange {
  candidateId: string;
  stage: CandidateStage;
  reason?: string;
}

export function changeStage({ candidateId, stage, reason }: StageChange) {
  return apiRequest(`/v1/candidates/${candidateId}/stage`, {
    method: 'POST',
    body: { stage, ...(reason ? { reason } : {}) },
    schema: candidateDetailSchema,
  });
}

/** Moves a candidate; every list, count and profile showing them is refreshed. */
export function useChangeStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeStage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: candidateQueries.all() }),
  });
}
