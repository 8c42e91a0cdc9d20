import {
  candidatePageSchema,
  feedbackOwedSchema,
  interviewRoundPageSchema,
  ScoreBasis,
  stageCountsSchema,
} from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** How many best-scored candidates the overview lists (the comparison takes at most 8). */
export const BEST_CANDIDATES = 8;
/** The recent-rounds panel covers rounds that started in the last this many days. */
export const RECENT_DAYS = 7;

/**
 * A job's overview composes existing list routes. The keys sit under the prefixes the other
 * features invalidate ('candidates' after a move, 'interviews' after scheduling,
 * 'feedback-owed'), so the overview follows what happens elsewhere without its own plumbing.
 */
export const jobOverviewQueries = {
  stageCounts: (jobId: string) =>
    queryOptions({
      queryKey: ['candidates', 'job-overview', jobId, 'stage-counts'] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/candidates/stage-counts', {
          query: { jobId },
          schema: stageCountsSchema,
          signal,
        }),
    }),
  best: (jobId: string, scoreBasis: ScoreBasis) =>
    queryOptions({
      queryKey: ['candidates', 'job-overview', jobId, 'best', scoreBasis] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/candidates', {
          query: { jobId, sort: 'score', scoreBasis, limit: BEST_CANDIDATES },
          schema: candidatePageSchema,
          signal,
        }),
    }),
  owed: (jobId: string) =>
    queryOptions({
      queryKey: ['feedback-owed', 'job-overview', jobId] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/feedback-owed', {
          query: { jobId, days: 7 },
          schema: feedbackOwedSchema,
          signal,
        }),
      // Scorecards arrive all day: refreshed while the page is open, as Feedback owed does.
      refetchInterval: 60_000,
    }),
  /** Rounds in [from, to), soonest first (the API's order); `limit` at most 100. */
  rounds: (
    jobId: string,
    window: { from: string; to?: string; status?: 'scheduled' },
    limit: number,
  ) =>
    queryOptions({
      queryKey: ['interviews', 'job-overview', jobId, window, limit] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/interview-rounds', {
          query: { jobId, ...window, limit },
          schema: interviewRoundPageSchema,
          signal,
        }),
    }),
};

export const useJobStageCounts = (jobId: string) => useQuery(jobOverviewQueries.stageCounts(jobId));
export const useBestCandidates = (jobId: string, scoreBasis: ScoreBasis) =>
  useQuery({ ...jobOverviewQueries.best(jobId, scoreBasis), placeholderData: keepPreviousData });
export const useJobFeedbackOwed = (jobId: string) => useQuery(jobOverviewQueries.owed(jobId));
export const useJobRounds = (...args: Parameters<typeof jobOverviewQueries.rounds>) =>
  useQuery(jobOverviewQueries.rounds(...args));
