import { roundAnswersSchema } from '@calibrate/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { scorecardQueries } from './scorecards';

/** A round's panel, question by question (GET /interview-rounds/:roundId/answers). */
export const roundAnswersQuery = (roundId: string) =>
  queryOptions({
    queryKey: [...scorecardQueries.all(), 'round-answers', roundId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/v1/interview-rounds/${roundId}/answers`, { schema: roundAnswersSchema, signal }),
  });

export function useRoundAnswers(roundId: string) {
  return useQuery(roundAnswersQuery(roundId));
}
