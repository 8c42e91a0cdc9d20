import { candidateSummarySchema } from '@calibrate/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

/** A candidate's scores: overall and per round, only what the viewer may see (drafts stay private). */
export function getCandidateSummary(candidateId: string, signal?: AbortSignal) {
  return apiRequest(`/v1/candidates/${candidateId}/summary`, {
    schema: candidateSummarySchema,
    signal,
  });
}

export const candidateSummaryQuery = (candidateId: string) =>
  queryOptions({
    queryKey: [...candidateQueries.all(), 'summary', candidateId] as const,
    queryFn: ({ signal }) => getCandidateSummary(candidateId, signal),
  });

export const useCandidateSummary = (candidateId: string) =>
  useQuery(candidateSummaryQuery(candidateId));
