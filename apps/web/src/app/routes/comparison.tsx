import { useParams } from 'react-router';

import { ComparisonPage, comparisonQueries, readCandidateIds } from '@/features/comparison';

import { ScreenPrefetch } from './screen-prefetch';

/** The comparison in the address is asked for while the screen's chunk is still arriving. */
export const prefetch: ScreenPrefetch = (queryClient, { params, request }) => {
  const candidateIds = readCandidateIds(new URL(request.url).searchParams.get('candidates'));
  if (params.jobId && candidateIds.length >= 2)
    void queryClient.prefetchQuery(comparisonQueries.comparison(params.jobId, candidateIds));
};

export function Component() {
  const { jobId = '' } = useParams();
  return <ComparisonPage key={jobId} jobId={jobId} />;
}
