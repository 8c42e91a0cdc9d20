import { CandidateFilters, candidatePageSchema, DEFAULT_PAGE_SIZE } from '@calibrate/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { CandidateSort } from '../model/pipeline-view';

export interface CandidateListFilters extends CandidateFilters {
  sort?: CandidateSort;
}

export function getCandidates(
  filters: CandidateListFilters,
  pageSize: number,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return apiRequest('/v1/candidates', {
    query: {
      ...filters,
      sort: filters.sort === 'createdAt' ? undefined : filters.sort,
      limit: pageSize,
      cursor,
    },
    schema: candidatePageSchema,
    signal,
  });
}

/** The feature's query keys: every candidate query starts with `all()`, so one invalidation refreshes them. */
export const candidateQueries = {
  all: () => ['candidates'] as const,
  lists: () => [...candidateQueries.all(), 'list'] as const,
  list: (filters: CandidateListFilters, pageSize = DEFAULT_PAGE_SIZE) =>
    infiniteQueryOptions({
      queryKey: [...candidateQueries.lists(), filters, pageSize] as const,
      queryFn: ({ pageParam, signal }) => getCandidates(filters, pageSize, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
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
