import { useParams } from 'react-router';

import { InterviewPage } from '@/features/interviews/components/interview-page';

export function Component() {
  const { scorecardId = '' } = useParams();
  return <InterviewPage key={scorecardId} scorecardId={scorecardId} />;
}
