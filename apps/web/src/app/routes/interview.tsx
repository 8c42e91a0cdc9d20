import { useParams } from 'react-router';

import {
  InterviewPage,
  scorecardQueries,
  useKeepOpenInterviewOffline,
} from '@/features/scorecards';

import { ScreenPrefetch } from './screen-prefetch';

export const prefetch: ScreenPrefetch = (queryClient, { params }) => {
  if (params.scorecardId)
    void queryClient.prefetchQuery(scorecardQueries.session(params.scorecardId));
};

export function Component() {
  const { scorecardId = '' } = useParams();
  useKeepOpenInterviewOffline(scorecardId);
  return <InterviewPage key={scorecardId} scorecardId={scorecardId} />;
}
