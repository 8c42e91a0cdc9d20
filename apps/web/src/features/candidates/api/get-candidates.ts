import { candidatePageSchema, DEFAULT_PAGE_SIZE } from '@calibrate/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export interface CandidateListFilters {
  q?: string;
}

export const candidateQueries = {
  all: () => ['candidates'] as const,
  lists: () => [...candidateQueries.all(), 'list'] as const,
  list: (filters: CandidateListFilters) =>
    infiniteQueryOptions({
      queryKey: [...candidateQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        apiRequest('/v1/candidates', {
          query: { q: filters.q, limit: DEFAULT_PAGE_SIZE, cursor: pageParam },
          schema: candidatePageSchema,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
};

export function useCandidates(filters: CandidateListFilters) {
  return useInfiniteQuery(candidateQueries.list(filters));
}
