import { candidateDetailSchema } from '@calibrate/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

/** One candidate's details with their stage history. */
export function getCandidate(candidateId: string, signal?: AbortSignal) {
  return apiRequest(`/v1/candidates/${candidateId}`, { schema: candidateDetailSchema, signal });
}

export const candidateQuery = (candidateId: string) =>
  queryOptions({
    queryKey: [...candidateQueries.all(), 'detail', candidateId] as const,
    queryFn: ({ signal }) => getCandidate(candidateId, signal),
  });

export const useCandidate = (candidateId: string) => useQuery(candidateQuery(candidateId));
