import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';

import { useMe } from '@/features/auth/api/session';
import { CandidateProfilePage } from '@/features/candidates/components/candidate-profile-page';
import { jobQueries, useJobs } from '@/features/jobs/api/jobs';

export function Component() {
  const { candidateId = '' } = useParams();
  const user = useMe().data?.user;
  const role = user?.role;
  const staff = role === 'admin' || role === 'recruiter' || role === 'hiring_manager';
  const jobs = useJobs();
  // Interviewers may not list people: they see "A colleague" instead of a name.
  const people = useQuery({ ...jobQueries.people(), enabled: staff });
  const jobTitles = useMemo(
    () => new Map((jobs.data?.pages.flatMap((p) => p.items) ?? []).map((j) => [j.id, j.title])),
    [jobs.data],
  );
  const names = useMemo(
    () => new Map((people.data?.items ?? []).map((p) => [p.id, p.name])),
    [people.data],
  );
  return (
    <CandidateProfilePage
      key={candidateId}
      candidateId={candidateId}
      canEdit={role === 'admin' || role === 'recruiter'}
      canMove={staff}
      jobTitle={(jobId) => jobTitles.get(jobId)}
      personName={(userId) =>
        userId === null
          ? 'System'
          : userId === user?.id
            ? 'You'
            : (names.get(userId) ?? 'A colleague')
      }
    />
  );
}
