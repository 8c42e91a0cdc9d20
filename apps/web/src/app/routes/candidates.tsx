import { UserRole } from '@calibrate/contracts';
import { useMemo } from 'react';

import { useCan, useMe } from '@/features/auth';
import { CandidatesPage } from '@/features/candidates';
import { useJobs } from '@/features/jobs';

/** What the list holds for each role (which rows a role sees is the API's access rules). */
const descriptions: Record<UserRole, string> = {
  admin: 'Everyone who applied: filter, move between stages, compare.',
  recruiter: 'Everyone who applied: filter, move between stages, compare.',
  hiring_manager: 'The candidates of the jobs you manage and the interviews you sit on.',
  interviewer: 'The candidates of the interviews you are assigned to.',
};

export function Component() {
  const role = useMe().data?.user.role;
  const canAdd = useCan('candidates.edit');
  const canMove = useCan('candidates.move');
  // Comparing, exporting and stored scores go together: interviewers get none of them.
  const canCompare = useCan('candidates.compare');
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
      canAdd={canAdd}
      canMove={canMove}
      canCompare={canCompare}
      showScores={canCompare}
      jobs={jobOptions}
    />
  );
}
