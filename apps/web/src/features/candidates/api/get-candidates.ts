import {
  CandidateFilters,
  candidatePageSchema,
  DEFAULT_PAGE_SIZE,
  stageCountsSchema,
} from '@calibrate/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { CandidateSort } from '../model/pipeline-view';

export interface CandidateListFilters extends CandidateFilters {
  sort?: CandidateSort;
}

export const candidateQueries = {
  all: () => ['candidates'] as const,
  lists: () => [...candidateQueries.all(), 'list'] as const,
  list: (filters: CandidateListFilters, pageSize = DEFAULT_PAGE_SIZE) =>
    infiniteQueryOptions({
      queryKey: [...candidateQueries.lists(), filters, pageSize] as const,
      queryFn: ({ pageParam, signal }) =>
        apiRequest('/v1/candidates', {
          query: {
            ...filters,
            sort: filters.sort === 'score' ? 'score' : undefined,
            limit: pageSize,
            cursor: pageParam,
          },
          schema: candidatePageSchema,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
  stageCounts: (filters: CandidateFilters) =>
    queryOptions({
      queryKey: [...candidateQueries.all(), 'stage-counts', filters] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/candidates/stage-counts', {
          query: { ...filters },
          schema: stageCountsSchema,
          signal,
        }),
    }),
};

export function useCandidates(filters: CandidateListFilters, pageSize?: number, enabled = true) {
  // While new filters load, the previous rows stay on screen instead of a blank table.
  return useInfiniteQuery({
    ...candidateQueries.list(filters, pageSize),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useStageCounts(filters: CandidateFilters) {
  return useQuery({ ...candidateQueries.stageCounts(filters), placeholderData: keepPreviousData });
}
