import { useQuery } from '@tanstack/react-query';

import { interviewQueries, interviewsToKeepOffline, MyInterviewsPage } from '@/features/interviews';
import { useKeepInterviewsOffline } from '@/features/scorecards';

import { ScreenPrefetch } from './screen-prefetch';

const NONE: string[] = [];

export const prefetch: ScreenPrefetch = (queryClient) => {
  void queryClient.prefetchQuery(interviewQueries.mine());
};

export function Component() {
  // Today's interviews are copied for offline use as soon as the list is here.
  const mine = useQuery(interviewQueries.mine());
  useKeepInterviewsOffline(mine.data ? interviewsToKeepOffline(mine.data.open) : NONE);
  return <MyInterviewsPage />;
}
