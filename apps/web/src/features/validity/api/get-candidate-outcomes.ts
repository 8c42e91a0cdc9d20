import { candidateOutcomesSchema } from '@calibrate/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { validityQueries } from './get-validity';

/** What happened after a candidate's hire; every figure null (and `recordedAt` null) until recorded. */
export function getCandidateOutcomes(candidateId: string, signal?: AbortSignal) {
  return apiRequest(`/v1/candidates/${candidateId}/outcomes`, {
    schema: candidateOutcomesSchema,
    signal,
  });
}

export const candidateOutcomesQuery = (candidateId: string) =>
  queryOptions({
    queryKey: [...validityQueries.all(), 'outcomes', candidateId] as const,
    queryFn: ({ signal }) => getCandidateOutcomes(candidateId, signal),
  });

/** A candidate's outcomes; `enabled` false asks nothing (e.g. a candidate never hired). */
export const useCandidateOutcomes = (candidateId: string, { enabled = true } = {}) =>
  useQuery({ ...candidateOutcomesQuery(candidateId), enabled });
