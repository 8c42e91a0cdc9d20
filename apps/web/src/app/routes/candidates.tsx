import { UserRole } from '@calibrate/contracts';
import { useMemo } from 'react';

import { useMe } from '@/features/auth/api/session';
import { CandidatesPage } from '@/features/candidates/components/candidates-page';
import { useJobs } from '@/features/jobs/api/jobs';

const descriptions: Record<UserRole, string> = {
  admin: 'Everyone who applied: filter, move between stages, compare.',
  recruiter: 'Everyone who applied: filter, move between stages, compare.',
  hiring_manager: 'The candidates of the jobs you manage and the interviews you sit on.',
  interviewer: 'The candidates of the interviews you are assigned to.',
};

export function Component() {
  const role = useMe().data?.user.role;
  const jobs = useJobs();
  const jobOptions = useMemo(
    () =>
      (jobs.data?.pages.flatMap((page) => page.items) ?? []).map((job) => ({
        id: job.id,
        title: job.title,
      })),
    [jobs.data],
  );
  return (
    <CandidatesPage
      description={role ? descriptions[role] : ''}
      canAdd={role === 'admin' || role === 'recruiter'}
      canMove={role === 'admin' || role === 'recruiter' || role === 'hiring_manager'}
      canCompare={role === 'admin' || role === 'recruiter' || role === 'hiring_manager'}
      showScores={role !== 'interviewer'}
      jobs={jobOptions}
    />
  );
}
