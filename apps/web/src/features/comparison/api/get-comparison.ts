import {
  candidatePageSchema,
  candidateSummarySchema,
  comparisonSchema,
} from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';

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
  /** A candidate's rounds with each interviewer's leniency (the comparison does not carry them). */
  summary: (candidateId: string) =>
    queryOptions({
      queryKey: [...comparisonQueries.all(), 'summary', candidateId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/candidates/${candidateId}/summary`, {
          schema: candidateSummarySchema,
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

/**
 * The compared candidates' summaries, for who scored them and how lenient they are: one request
 * per candidate (2–8), cached per candidate so adding one loads only that one.
 */
export function useComparisonSummaries(candidateIds: string[]) {
  return useQueries({
    queries: candidateIds.map((id) => comparisonQueries.summary(id)),
    combine: (results) => ({
      summaries: results.flatMap((result) => (result.data ? [result.data] : [])),
      isPending: results.some((result) => result.isPending),
      isError: results.some((result) => result.isError),
      refetch: () => results.forEach((result) => void result.refetch()),
    }),
  });
}
