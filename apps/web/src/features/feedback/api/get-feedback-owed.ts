import { feedbackOwedSchema } from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const feedbackQueries = {
  all: () => ['feedback-owed'] as const,
  owed: (filters: { jobId?: string; days: number }) =>
    queryOptions({
      queryKey: [...feedbackQueries.all(), filters] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/feedback-owed', {
          query: filters,
          schema: feedbackOwedSchema,
          signal,
        }),
      // Feedback arrives all day: the screen refreshes itself while open.
      refetchInterval: 60_000,
    }),
};

export const useFeedbackOwed = (filters: { jobId?: string; days: number }) =>
  useQuery({ ...feedbackQueries.owed(filters), placeholderData: keepPreviousData });
