import {
  interviewRoundSchema,
  myInterviewsSchema,
  roundProgressSchema,
  scorecardSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { OFFLINE_HEADERS } from '@/lib/offline/offline-api';

export const interviewQueries = {
  all: () => ['interviews'] as const,
  mine: () =>
    queryOptions({
      queryKey: [...interviewQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) =>
        // Kept by the service worker: My interviews opens offline too.
        apiRequest('/v1/my-interviews', {
          schema: myInterviewsSchema,
          signal,
          headers: OFFLINE_HEADERS,
        }),
    }),
  /** Who on a round's panel has started, how far each is, who submitted (live events update it). */
  roundProgress: (roundId: string) =>
    queryOptions({
      queryKey: [...interviewQueries.all(), 'round-progress', roundId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/interview-rounds/${roundId}/progress`, {
          schema: roundProgressSchema,
          signal,
        }),
    }),
};

export function useRoundProgress(roundId: string) {
  return useQuery(interviewQueries.roundProgress(roundId));
}

export function useMyInterviews() {
  return useQuery(interviewQueries.mine());
}

/**
 * After a round action every interview list reloads, and so does anything cached under the round's
 * or the scorecard's id in other features (interview mode's session never refreshes by itself).
 */
function useInvalidateAfterRoundAction() {
  const queryClient = useQueryClient();
  return (...ids: string[]) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: interviewQueries.all() }),
      queryClient.invalidateQueries({
        predicate: ({ queryKey }) => ids.some((id) => queryKey.includes(id)),
      }),
    ]);
}

export function useMarkNoShow() {
  const invalidate = useInvalidateAfterRoundAction();
  return useMutation({
    mutationFn: ({ roundId }: { roundId: string; scorecardId: string }) =>
      apiRequest(`/v1/interview-rounds/${roundId}`, {
        method: 'PATCH',
        body: { status: 'no_show' },
        schema: interviewRoundSchema,
      }),
    onSuccess: (_round, { roundId, scorecardId }) => invalidate(roundId, scorecardId),
  });
}

/**
 * Declining is a scorecard endpoint, but it is one of the two round actions (with no-show) that
 * both My interviews and interview mode offer: it lives here, so scorecards depends on interviews
 * and never the other way round.
 */
export function useDeclineScorecard() {
  const invalidate = useInvalidateAfterRoundAction();
  return useMutation({
    mutationFn: ({ scorecardId, reason }: { scorecardId: string; reason: string }) =>
      apiRequest(`/v1/scorecards/${scorecardId}/decline`, {
        method: 'POST',
        body: { reason },
        schema: scorecardSchema,
      }),
    meta: { errorToast: false },
    onSuccess: (_scorecard, { scorecardId }) => invalidate(scorecardId),
  });
}
