import { useParams } from 'react-router';

import { useMe } from '@/features/auth/api/session';
import { JobPage } from '@/features/jobs/components/job-page';

export function Component() {
  const { jobId } = useParams();
  const role = useMe().data?.user.role;
  const id = jobId === 'new' ? undefined : jobId;
  return <JobPage key={jobId} jobId={id} canEdit={role === 'admin' || role === 'recruiter'} />;
}
