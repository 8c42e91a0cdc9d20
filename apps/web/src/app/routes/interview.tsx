import { useParams } from 'react-router';

import { InterviewPage } from '@/features/scorecards';

export function Component() {
  const { scorecardId = '' } = useParams();
  return <InterviewPage key={scorecardId} scorecardId={scorecardId} />;
}
