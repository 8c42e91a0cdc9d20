import { Job } from '@calibrate/contracts';
import { Anchor, Badge, Button, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';

import { useJobs } from '../api/jobs';
import { shiftLabels, statusLabels } from '../model/job-labels';

export function JobsPage({ canEdit }: { canEdit: boolean }) {
  const jobs = useJobs();
  return (
    <Stack gap="lg">
      <PageHeader
        title="Jobs"
        description="Requisitions and their interview plans: the rounds every candidate goes through."
        action={
          canEdit && (
            <Button component={Link} to="/jobs/new" leftSection={<IconPlus size={18} />}>
              New job
            </Button>
          )
        }
      />
      <Paper withBorder radius="md" p={0}>
        <QueryState
          query={jobs}
          loading={
            <Stack p="md" aria-busy="true" aria-label="Loading jobs">
              <Skeleton height={18} />
              <Skeleton height={18} />
            </Stack>
          }
          errorTitle="Jobs could not be loaded"
          errorMessage={jobs.error?.message}
          isEmpty={(data) => data.pages[0]?.items.length === 0}
          empty={
            <Text p="md" size="sm" c="dimmed">
              No jobs yet.
            </Text>
          }
        >
          {(data) => <JobsTable jobs={data.pages.flatMap((page) => page.items)} />}
        </QueryState>
      </Paper>
      {jobs.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={jobs.isFetchingNextPage}
          onClick={() => void jobs.fetchNextPage()}
        >
          Load more
        </Button>
      )}
    </Stack>
  );
}

function JobsTable({ jobs }: { jobs: Job[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Jobs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Job</Table.Th>
            <Table.Th>Site · language · shift</Table.Th>
            <Table.Th ta="right">Headcount</Table.Th>
            <Table.Th>Interview plan</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td>
                <Anchor component={Link} to={`/jobs/${job.id}`} fw={500}>
                  {job.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {job.clientProgram}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {job.site} · {job.language} · {shiftLabels[job.shift]}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{job.headcount}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {job.interviewPlan.length
                    ? job.interviewPlan.map((r) => r.name).join(' → ')
                    : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  c="dark.8"
                  miw="max-content"
                  color={job.status === 'open' ? 'teal' : 'gray'}
                >
                  {statusLabels[job.status]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
