import { useParams } from 'react-router';

import { InterviewPage, useKeepOpenInterviewOffline } from '@/features/scorecards';

export function Component() {
  const { scorecardId = '' } = useParams();
  useKeepOpenInterviewOffline(scorecardId);
  return <InterviewPage key={scorecardId} scorecardId={scorecardId} />;
}
