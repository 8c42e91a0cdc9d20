import { useCan } from '@/features/auth';
import { JobsPage } from '@/features/jobs';

export function Component() {
  return <JobsPage canEdit={useCan('jobs.edit')} />;
}
