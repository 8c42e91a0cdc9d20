import { Job } from '@calibrate/contracts';
import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/query-state';

import { useJob } from '../api/jobs';
import { JobForm } from './job-form';
import { ScheduleRound } from './schedule-round';

/** A job's fields and interview plan; for an existing job, also scheduling a round. */
export function JobPage({ jobId, canEdit }: { jobId?: string; canEdit: boolean }) {
  const job = useJob(jobId);
  if (!jobId) return <JobScreen job={undefined} canEdit={canEdit} />;
  return (
    <QueryState
      query={job}
      loadingHeight={300}
      loadingLabel="Loading the job"
      errorTitle="This job could not be loaded"
      errorMessage={job.error?.message}
    >
      {(data) => <JobScreen job={data} canEdit={canEdit} />}
    </QueryState>
  );
}

function JobScreen({ job, canEdit }: { job: Job | undefined; canEdit: boolean }) {
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/jobs" size="sm">
          Jobs
        </Anchor>
        <Title order={1} size="h2">
          {job ? job.title : 'New job'}
        </Title>
      </div>
      <JobForm key={job?.updatedAt ?? 'new'} job={job} canEdit={canEdit} />
      {job && <ScheduleRound job={job} />}
    </Stack>
  );
}
