import {
  CandidateDetail,
  candidateDetailSchema,
  candidateSummarySchema,
  InterviewRound,
  interviewRoundSchema,
  RubricVersion,
  rubricVersionSchema,
  Scorecard,
  scorecardSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { interviewQueries } from '@/features/interviews';
import { apiRequest } from '@/lib/api-client';
import { OFFLINE_HEADERS } from '@/lib/offline/offline-api';

/** Everything interview mode shows: the scorecard, its round, the pinned rubric and the candidate. */
export interface InterviewSession {
  scorecard: Scorecard;
  round: InterviewRound;
  rubric: RubricVersion;
  candidate: CandidateDetail;
}

/**
 * Loads everything interview mode shows. Each request asks the service worker to keep a copy
 * (OFFLINE_HEADERS): a reload with no network shows the interview from it.
 */
export async function loadInterviewSession(
  scorecardId: string,
  signal?: AbortSignal,
): Promise<InterviewSession> {
  const headers = OFFLINE_HEADERS;
  // Two waves: the scorecard names everything else the screen shows (its round, pinned rubric
  // version and candidate), so those three load together once it is here. Before the scorecard
  // carried candidateId, the candidate waited for the round: three waves.
  const scorecard = await apiRequest(`/v1/scorecards/${scorecardId}`, {
    schema: scorecardSchema,
    signal,
    headers,
  });
  const [round, rubric, candidate] = await Promise.all([
    apiRequest(`/v1/interview-rounds/${scorecard.roundId}`, {
      schema: interviewRoundSchema,
      signal,
      headers,
    }),
    apiRequest(`/v1/rubric-versions/${scorecard.rubricVersionId}`, {
      schema: rubricVersionSchema,
      signal,
      headers,
    }),
    apiRequest(`/v1/candidates/${scorecard.candidateId}`, {
      schema: candidateDetailSchema,
      signal,
      headers,
    }),
  ]);
  return { scorecard, round, rubric, candidate };
}

export const scorecardQueries = {
  all: () => ['scorecards'] as const,
  session: (scorecardId: string) =>
    queryOptions({
      queryKey: [...scorecardQueries.all(), 'session', scorecardId] as const,
      queryFn: ({ signal }) => loadInterviewSession(scorecardId, signal),
      // The screen edits its own copy; a background refetch must not reset what is being typed.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  /** The panel's results for the candidate: shown once this interviewer has submitted. */
  panel: (candidateId: string) =>
    queryOptions({
      queryKey: [...scorecardQueries.all(), 'panel', candidateId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/candidates/${candidateId}/summary`, {
          schema: candidateSummarySchema,
          signal,
        }),
    }),
};

export function useInterviewSession(scorecardId: string) {
  return useQuery(scorecardQueries.session(scorecardId));
}

export function usePanelResults(candidateId: string, enabled: boolean) {
  return useQuery({ ...scorecardQueries.panel(candidateId), enabled });
}

export function useSubmitScorecard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scorecardId, version }: { scorecardId: string; version: number }) =>
      apiRequest(`/v1/scorecards/${scorecardId}/submit`, {
        method: 'POST',
        headers: { 'if-match': `"${version}"`, 'idempotency-key': crypto.randomUUID() },
        schema: scorecardSchema,
      }),
    meta: { errorToast: false },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: scorecardQueries.all() }),
        queryClient.invalidateQueries({ queryKey: interviewQueries.all() }),
      ]),
  });
}
