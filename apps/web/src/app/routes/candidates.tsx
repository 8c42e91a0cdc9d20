import { UserRole } from '@calibrate/contracts';

import { useMe } from '@/features/auth/api/session';
import { CandidatesPage } from '@/features/candidates/components/candidates-page';

const descriptions: Record<UserRole, string> = {
  admin: 'Everyone who applied, newest first.',
  recruiter: 'Everyone who applied, newest first.',
  hiring_manager: 'The candidates of the jobs you manage and the interviews you sit on.',
  interviewer: 'The candidates of the interviews you are assigned to.',
};

export function Component() {
  const role = useMe().data?.user.role;
  return (
    <CandidatesPage
      description={role ? descriptions[role] : ''}
      canAdd={role === 'admin' || role === 'recruiter'}
    />
  );
}
