import { candidatePageSchema, comparisonSchema } from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const comparisonQueries = {
  all: () => ['comparison'] as const,
  comparison: (jobId: string, candidateIds: string[]) =>
    queryOptions({
      queryKey: [...comparisonQueries.all(), jobId, candidateIds] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/jobs/${jobId}/comparison`, {
          query: { candidateIds: candidateIds.join(',') },
          schema: comparisonSchema,
          signal,
        }),
    }),
  /** The job's candidates to pick from, best scored first. */
  pickable: (jobId: string) =>
    queryOptions({
      queryKey: [...comparisonQueries.all(), 'pickable', jobId] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/candidates', {
          query: { jobId, sort: 'score', limit: 100 },
          schema: candidatePageSchema,
          signal,
        }),
    }),
};

export function useComparison(jobId: string, candidateIds: string[]) {
  return useQuery({
    ...comparisonQueries.comparison(jobId, candidateIds),
    enabled: candidateIds.length >= 2,
    // Adding or removing a candidate keeps the current table on screen while the new one loads.
    placeholderData: keepPreviousData,
  });
}

export const usePickableCandidates = (jobId: string) => useQuery(comparisonQueries.pickable(jobId));
