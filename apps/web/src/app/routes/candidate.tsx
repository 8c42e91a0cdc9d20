import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';

import { useCan, useMe } from '@/features/auth';
import { CandidateProfilePage } from '@/features/candidates';
import { jobQueries, useJobs } from '@/features/jobs';

export function Component() {
  const { candidateId = '' } = useParams();
  const user = useMe().data?.user;
  const canEdit = useCan('candidates.edit');
  const canMove = useCan('candidates.move');
  const canListPeople = useCan('people.list');
  const jobs = useJobs();
  // Interviewers may not list people: they see "A colleague" instead of a name.
  const people = useQuery({ ...jobQueries.people(), enabled: canListPeople });
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
      canEdit={canEdit}
      canMove={canMove}
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
