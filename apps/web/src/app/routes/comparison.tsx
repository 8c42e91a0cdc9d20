import { useParams } from 'react-router';

import { ComparisonPage } from '@/features/comparison';

export function Component() {
  const { jobId = '' } = useParams();
  return <ComparisonPage key={jobId} jobId={jobId} />;
}
