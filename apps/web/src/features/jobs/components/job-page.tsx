import { Job } from '@calibrate/contracts';
import { Anchor, Group, Stack, Tabs, Title } from '@mantine/core';
import { IconLayoutDashboard, IconPencil } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/query-state';

import { useJob } from '../api/jobs';
import { JobForm } from './job-form';
import { JobStatusBadge } from './overview/job-facts';
import { JobOverview } from './overview/job-overview';

/**
 * A job's page: its overview for everyone who may open it; for those who may edit jobs, also an
 * "Edit job" tab with the form (`?tab=edit`, so a link can open it). A new job is the form alone.
 */
export function JobPage({ jobId, canEdit }: { jobId?: string; canEdit: boolean }) {
  const job = useJob(jobId);
  if (!jobId)
    return (
      <Stack gap="lg">
        <JobHeading title="New job" />
        <JobForm key="new" job={undefined} canEdit={canEdit} />
      </Stack>
    );
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

function JobHeading({ title, job }: { title: string; job?: Job }) {
  return (
    <div>
      <Anchor component={Link} to="/jobs" size="sm">
        Jobs
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {title}
        </Title>
        {job && <JobStatusBadge job={job} />}
      </Group>
    </div>
  );
}

function JobScreen({ job, canEdit }: { job: Job; canEdit: boolean }) {
  const [params, setParams] = useSearchParams();
  const tab = canEdit && params.get('tab') === 'edit' ? 'edit' : 'overview';
  const heading = <JobHeading title={job.title} job={job} />;
  if (!canEdit)
    return (
      <Stack gap="lg">
        {heading}
        <JobOverview job={job} />
      </Stack>
    );
  return (
    <Stack gap="lg">
      {heading}
      <Tabs
        value={tab}
        onChange={(next) =>
          setParams(
            (current) => {
              const updated = new URLSearchParams(current);
              if (next === 'edit') updated.set('tab', 'edit');
              else updated.delete('tab');
              return updated;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview" leftSection={<IconLayoutDashboard size={16} aria-hidden />}>
            Overview
          </Tabs.Tab>
          <Tabs.Tab value="edit" leftSection={<IconPencil size={16} aria-hidden />}>
            Edit job
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <JobOverview job={job} />
        </Tabs.Panel>
        <Tabs.Panel value="edit">
          <JobForm key={job.updatedAt} job={job} canEdit />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
