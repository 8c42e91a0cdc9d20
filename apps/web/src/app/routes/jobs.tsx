import { useMe } from '@/features/auth/api/session';
import { JobsPage } from '@/features/jobs/components/jobs-page';

export function Component() {
  const role = useMe().data?.user.role;
  return <JobsPage canEdit={role === 'admin' || role === 'recruiter'} />;
}
