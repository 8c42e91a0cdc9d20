import { createJobSchema, Job, jobShifts, jobStatuses } from '@calibrate/contracts';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { useRubrics } from '@/features/rubrics/api/rubrics';
import { fieldErrors } from '@/lib/api-client';

import { useJob, usePeople, useSaveJob } from '../api/jobs';
import { shiftLabels, statusLabels } from './jobs-page';
import { ScheduleRound } from './schedule-round';

/** A job's fields and interview plan; for an existing job, also scheduling a round. */
export function JobPage({ jobId, canEdit }: { jobId?: string; canEdit: boolean }) {
  const job = useJob(jobId);
  if (jobId && job.isPending) return <Skeleton height={300} aria-label="Loading the job" />;
  if (jobId && job.isError)
    return (
      <ErrorAlert
        title="This job could not be loaded"
        message={job.error.message}
        onAction={() => void job.refetch()}
      />
    );
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/jobs" size="sm">
          Jobs
        </Anchor>
        <Title order={1} size="h2">
          {job.data ? job.data.title : 'New job'}
        </Title>
      </div>
      <JobForm key={job.data?.updatedAt ?? 'new'} job={job.data} canEdit={canEdit} />
      {job.data && <ScheduleRound job={job.data} />}
    </Stack>
  );
}

interface PlanRoundValues {
  name: string;
  rubricId: string;
  defaultInterviewerIds: string[];
}

function JobForm({ job, canEdit }: { job: Job | undefined; canEdit: boolean }) {
  const navigate = useNavigate();
  const save = useSaveJob(job?.id);
  const rubrics = useRubrics();
  const people = usePeople();
  const form = useForm({
    initialValues: {
      title: job?.title ?? '',
      clientProgram: job?.clientProgram ?? '',
      site: job?.site ?? '',
      language: job?.language ?? 'English',
      shift: job?.shift ?? 'day',
      headcount: job?.headcount ?? 10,
      status: job?.status ?? 'open',
      hiringManagerIds: job?.hiringManagerIds ?? [],
      interviewPlan: (job?.interviewPlan ?? []).map((round): PlanRoundValues => ({
        name: round.name,
        rubricId: round.rubricId,
        defaultInterviewerIds: round.defaultInterviewerIds,
      })),
    },
    validate: zod4Resolver(createJobSchema),
  });
  const rubricOptions = (rubrics.data?.items ?? []).map((r) => ({
    value: r.id,
    label: r.currentVersionId ? r.name : `${r.name} (not published yet)`,
  }));
  const managerOptions = (people.data?.items ?? [])
    .filter((p) => p.role === 'hiring_manager' || p.role === 'admin')
    .map((p) => ({ value: p.id, label: p.name }));
  const interviewerOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));
  const plan = form.getValues().interviewPlan;

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        save.mutate(values, {
          onSuccess: (saved) => {
            notifications.show({ message: `Saved ${saved.title}.` });
            if (!job) void navigate(`/jobs/${saved.id}`, { replace: true });
          },
          onError: (error) => form.setErrors(fieldErrors(error)),
        }),
      )}
    >
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <TextInput label="Title" readOnly={!canEdit} {...form.getInputProps('title')} />
            <TextInput
              label="Client program"
              readOnly={!canEdit}
              {...form.getInputProps('clientProgram')}
            />
            <TextInput label="Site" readOnly={!canEdit} {...form.getInputProps('site')} />
            <TextInput label="Language" readOnly={!canEdit} {...form.getInputProps('language')} />
            <Select
              label="Shift"
              data={jobShifts.map((s) => ({ value: s, label: shiftLabels[s] }))}
              allowDeselect={false}
              readOnly={!canEdit}
              {...form.getInputProps('shift')}
            />
            <NumberInput
              label="Headcount"
              min={1}
              readOnly={!canEdit}
              {...form.getInputProps('headcount')}
            />
            <Select
              label="Status"
              data={jobStatuses.map((s) => ({ value: s, label: statusLabels[s] }))}
              allowDeselect={false}
              readOnly={!canEdit}
              {...form.getInputProps('status')}
            />
            <MultiSelect
              label="Hiring managers"
              data={managerOptions}
              searchable
              readOnly={!canEdit}
              {...form.getInputProps('hiringManagerIds')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Title order={2} size="h4" mb={4}>
            Interview plan
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            The rounds every candidate goes through, in order. A round scheduled from the plan pins
            its rubric’s current published version.
          </Text>
          <Stack gap="sm">
            {plan.length === 0 && (
              <Text size="sm" c="dimmed">
                No rounds yet.
              </Text>
            )}
            {plan.map((round, index) => (
              <Group
                key={form.key(`interviewPlan.${index}`)}
                align="flex-end"
                wrap="nowrap"
                data-testid="plan-round"
              >
                <Text fw={600} w={24} pb={8}>
                  {index + 1}.
                </Text>
                <TextInput
                  label="Round"
                  placeholder="e.g. Mock call"
                  readOnly={!canEdit}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`interviewPlan.${index}.name`)}
                />
                <Select
                  label="Rubric"
                  data={rubricOptions}
                  searchable
                  readOnly={!canEdit}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`interviewPlan.${index}.rubricId`)}
                />
                <MultiSelect
                  label="Default interviewers"
                  data={interviewerOptions}
                  searchable
                  readOnly={!canEdit}
                  style={{ flex: 1.3 }}
                  {...form.getInputProps(`interviewPlan.${index}.defaultInterviewerIds`)}
                />
                {canEdit && (
                  <Group gap={2} wrap="nowrap" pb={4}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move round ${index + 1} up`}
                      disabled={index === 0}
                      onClick={() =>
                        form.reorderListItem('interviewPlan', { from: index, to: index - 1 })
                      }
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move round ${index + 1} down`}
                      disabled={index === plan.length - 1}
                      onClick={() =>
                        form.reorderListItem('interviewPlan', { from: index, to: index + 1 })
                      }
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove round ${index + 1}`}
                      onClick={() => form.removeListItem('interviewPlan', index)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            ))}
            {canEdit && (
              <Button
                variant="light"
                w="fit-content"
                leftSection={<IconPlus size={16} />}
                onClick={() =>
                  form.insertListItem('interviewPlan', {
                    name: '',
                    rubricId: '',
                    defaultInterviewerIds: [],
                  })
                }
              >
                Add round
              </Button>
            )}
          </Stack>
        </Paper>
        {save.isError && Object.keys(fieldErrors(save.error)).length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {save.error.message}
          </Text>
        )}
        {canEdit && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {job ? 'Save job' : 'Create job'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
