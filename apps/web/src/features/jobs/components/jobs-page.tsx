import { Anchor, Badge, Button, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';

import { useJobs } from '../api/jobs';

export const statusLabels = { open: 'Open', on_hold: 'On hold', closed: 'Closed' } as const;
export const shiftLabels = {
  day: 'Day',
  mid: 'Mid',
  night: 'Night',
  rotating: 'Rotating',
  flexible: 'Flexible',
} as const;

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
        {jobs.isPending ? (
          <Stack p="md" aria-busy="true" aria-label="Loading jobs">
            <Skeleton height={18} />
            <Skeleton height={18} />
          </Stack>
        ) : jobs.isError ? (
          <ErrorAlert
            title="Jobs could not be loaded"
            message={jobs.error.message}
            onAction={() => void jobs.refetch()}
          />
        ) : jobs.data.pages[0]?.items.length === 0 ? (
          <Text p="md" size="sm" c="dimmed">
            No jobs yet.
          </Text>
        ) : (
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
                {jobs.data.pages
                  .flatMap((page) => page.items)
                  .map((job) => (
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
        )}
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
