import { useParams } from 'react-router';

import { useCan } from '@/features/auth';
import { JobPage } from '@/features/jobs';

export function Component() {
  const { jobId } = useParams();
  const canEdit = useCan('jobs.edit');
  const id = jobId === 'new' ? undefined : jobId;
  return <JobPage key={jobId} jobId={id} canEdit={canEdit} />;
}
