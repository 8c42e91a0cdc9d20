import {
  candidateDetailSchema,
  candidateSummarySchema,
  interviewRoundSchema,
  myInterviewsSchema,
  rubricVersionSchema,
  scorecardSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const interviewQueries = {
  all: () => ['interviews'] as const,
  mine: () =>
    queryOptions({
      queryKey: [...interviewQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/my-interviews', { schema: myInterviewsSchema, signal }),
    }),
  /** Everything interview mode shows: the scorecard, its round, the pinned rubric and the candidate. */
  session: (scorecardId: string) =>
    queryOptions({
      queryKey: [...interviewQueries.all(), 'session', scorecardId] as const,
      queryFn: async ({ signal }) => {
        const scorecard = await apiRequest(`/v1/scorecards/${scorecardId}`, {
          schema: scorecardSchema,
          signal,
        });
        const round = await apiRequest(`/v1/interview-rounds/${scorecard.roundId}`, {
          schema: interviewRoundSchema,
          signal,
        });
        const [rubric, candidate] = await Promise.all([
          apiRequest(`/v1/rubric-versions/${scorecard.rubricVersionId}`, {
            schema: rubricVersionSchema,
            signal,
          }),
          apiRequest(`/v1/candidates/${round.candidateId}`, {
            schema: candidateDetailSchema,
            signal,
          }),
        ]);
        return { scorecard, round, rubric, candidate };
      },
      // The screen edits its own copy; a background refetch must not reset what is being typed.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  /** The panel's results for the candidate: shown once this interviewer has submitted. */
  panel: (candidateId: string) =>
    queryOptions({
      queryKey: [...interviewQueries.all(), 'panel', candidateId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/candidates/${candidateId}/summary`, {
          schema: candidateSummarySchema,
          signal,
        }),
    }),
};

export function useMyInterviews() {
  return useQuery(interviewQueries.mine());
}

export function useInterviewSession(scorecardId: string) {
  return useQuery(interviewQueries.session(scorecardId));
}

export function usePanelResults(candidateId: string, enabled: boolean) {
  return useQuery({ ...interviewQueries.panel(candidateId), enabled });
}

/** After a round changes, every interview list and the round's own screen reload. */
function useInvalidateInterviews() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: interviewQueries.all() });
}

export function useMarkNoShow() {
  const invalidate = useInvalidateInterviews();
  return useMutation({
    mutationFn: (roundId: string) =>
      apiRequest(`/v1/interview-rounds/${roundId}`, {
        method: 'PATCH',
        body: { status: 'no_show' },
        schema: interviewRoundSchema,
      }),
    onSuccess: invalidate,
  });
}

export function useDeclineScorecard() {
  const invalidate = useInvalidateInterviews();
  return useMutation({
    mutationFn: ({ scorecardId, reason }: { scorecardId: string; reason: string }) =>
      apiRequest(`/v1/scorecards/${scorecardId}/decline`, {
        method: 'POST',
        body: { reason },
        schema: scorecardSchema,
      }),
    meta: { errorToast: false },
    onSuccess: invalidate,
  });
}

export function useSubmitScorecard() {
  const invalidate = useInvalidateInterviews();
  return useMutation({
    mutationFn: ({ scorecardId, version }: { scorecardId: string; version: number }) =>
      apiRequest(`/v1/scorecards/${scorecardId}/submit`, {
        method: 'POST',
        headers: { 'if-match': `"${version}"`, 'idempotency-key': crypto.randomUUID() },
        schema: scorecardSchema,
      }),
    meta: { errorToast: false },
    onSuccess: invalidate,
  });
}
