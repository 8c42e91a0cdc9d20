import { CandidateFilters, stageCountsSchema } from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

export function getStageCounts(filters: CandidateFilters, signal?: AbortSignal) {
  return apiRequest('/v1/candidates/stage-counts', {
    query: { ...filters },
    schema: stageCountsSchema,
    signal,
  });
}

export const stageCountsQuery = (filters: CandidateFilters) =>
  queryOptions({
    queryKey: [...candidateQueries.all(), 'stage-counts', filters] as const,
    queryFn: ({ signal }) => getStageCounts(filters, signal),
  });

export function useStageCounts(filters: CandidateFilters) {
  return useQuery({ ...stageCountsQuery(filters), placeholderData: keepPreviousData });
}
