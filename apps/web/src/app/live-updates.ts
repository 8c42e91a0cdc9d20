import { LiveEvent, RoundProgress } from '@calibrate/contracts';
import { QueryClient, QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { sessionQueries } from '@/features/auth';
import { applyProgressEvent, interviewQueries } from '@/features/interviews';
import { followLiveEvents } from '@/lib/live-events';

/*
 * The features' query key prefixes (their `all()`), for what a live event makes stale. An event
 * carries ids and counts only: the screens refetch, through the API's own access rules.
 */
const feedbackOwed = ['feedback-owed'];
const candidates = ['candidates'];
const comparison = ['comparison'];

/** What an event makes stale (only screens on show refetch; the rest refetch when next shown). */
export function staleAfter(event: LiveEvent): QueryKey[] {
  switch (event.kind) {
    case 'scorecard.progress':
      // The panel's count moves in place (`applyProgressEvent`); nothing else shows others' drafts.
      return [];
    case 'scorecard.submitted':
    case 'scorecard.declined':
      return [
        interviewQueries.all(),
        feedbackOwed,
        candidates,
        comparison,
        ['scorecards', 'round-answers', event.roundId],
        ['scorecards', 'panel', event.candidateId],
      ];
    case 'round.scheduled':
    case 'round.updated':
      return [interviewQueries.all(), feedbackOwed, ['scorecards', 'panel', event.candidateId]];
    case 'candidate.stage_changed':
      return [candidates, comparison];
  }
}

/** Interview mode's own scorecard is never refetched under the interviewer (see its session). */
const isInterviewSession = (key: QueryKey) => key[0] === 'scorecards' && key[1] === 'session';

export function applyLiveEvent(queryClient: QueryClient, event: LiveEvent): void {
  if ('scorecardId' in event) {
    queryClient.setQueryData<RoundProgress>(
      interviewQueries.roundProgress(event.roundId).queryKey,
      (progress) => applyProgressEvent(progress, event),
    );
  }
  for (const queryKey of staleAfter(event)) void queryClient.invalidateQueries({ queryKey });
}

/** Follows the signed-in user's live events while the app shell is mounted. */
export function useLiveUpdates(userId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    // No EventSource (jsdom, a very old browser): the screens still refetch as they always did.
    if (!userId || typeof EventSource === 'undefined') return undefined;
    return followLiveEvents({
      onEvent: (event) => applyLiveEvent(queryClient, event),
      onResync: () =>
        void queryClient.invalidateQueries({
          predicate: ({ queryKey }) => !isInterviewSession(queryKey),
        }),
      onSessionEnded: () =>
        void queryClient.invalidateQueries({ queryKey: sessionQueries.me().queryKey }),
    });
  }, [queryClient, userId]);
}
