import {
  AmendScorecardInput,
  Scorecard,
  scorecardAmendmentListSchema,
  scorecardSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { roundAnswersQuery } from './round-answers';
import { InterviewSession, scorecardQueries } from './scorecards';

/** A submitted scorecard's amendments, oldest first (GET /scorecards/:id/amendments). */
export const amendmentsQuery = (scorecardId: string) =>
  queryOptions({
    queryKey: [...scorecardQueries.all(), 'amendments', scorecardId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/v1/scorecards/${scorecardId}/amendments`, {
        schema: scorecardAmendmentListSchema,
        signal,
      }),
  });

export function useAmendments(scorecardId: string) {
  return useQuery(amendmentsQuery(scorecardId));
}

export interface AmendRequest {
  body: AmendScorecardInput;
  /** The scorecard version the amendment was made on: sent as If-Match. */
  version: number;
  /** The same key for a retry of the same amendment, so it applies once. */
  idempotencyKey: string;
}

/**
 * Amends a submitted scorecard (POST /scorecards/:id/amendments, If-Match and Idempotency-Key as
 * every scorecard write). The screen's copy of the scorecard becomes the amended one; what is
 * derived from it (history, the panel's answers and scores) is loaded again.
 */
export function useAmendScorecard(scorecard: Pick<Scorecard, 'id' | 'roundId' | 'candidateId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version, idempotencyKey }: AmendRequest) =>
      apiRequest(`/v1/scorecards/${scorecard.id}/amendments`, {
        method: 'POST',
        headers: { 'if-match': `"${version}"`, 'idempotency-key': idempotencyKey },
        body,
        schema: scorecardSchema,
      }),
    // The dialog shows what went wrong where the user is looking.
    meta: { errorToast: false },
    onSuccess: (amended) => {
      queryClient.setQueryData<InterviewSession>(
        scorecardQueries.session(scorecard.id).queryKey,
        (session) => session && { ...session, scorecard: amended },
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: amendmentsQuery(scorecard.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: roundAnswersQuery(scorecard.roundId).queryKey }),
        queryClient.invalidateQueries({
          queryKey: scorecardQueries.panel(scorecard.candidateId).queryKey,
        }),
      ]);
    },
  });
}

/** After a conflict: load the scorecard as it is now. */
export function useReloadSession(scorecardId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: scorecardQueries.session(scorecardId).queryKey });
}
