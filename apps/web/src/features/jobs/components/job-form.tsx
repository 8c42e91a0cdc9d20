import { FEEDBACK_DUE_HOURS, Job, jobShifts, jobStatuses } from '@calibrate/contracts';
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';

import { fieldErrors } from '@/lib/error-details';
import { formatDayAndTime } from '@/lib/format-date';

import { shiftLabels, statusLabels } from '../model/job-labels';
import { InterviewPlanFields } from './interview-plan-fields';
import { KnockOutRulesFields } from './knock-out-rules-fields';
import { useJobForm } from './use-job-form';

/** A job's fields and its interview plan; read-only for those who may not edit jobs. */
export function JobForm({ job, canEdit }: { job: Job | undefined; canEdit: boolean }) {
  const { form, save, submit, rubricOptions, managerOptions, interviewerOptions } = useJobForm(job);
  // A saved job's page remounts this form with the saved values, so clean means saved.
  const dirty = form.isDirty();
  return (
    <form onSubmit={submit}>
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
            <NumberInput
              label="Feedback due after (hours)"
              description={`Blank: the default, ${FEEDBACK_DUE_HOURS} hours after the interview starts.`}
              placeholder={`${FEEDBACK_DUE_HOURS} (default)`}
              min={1}
              max={720}
              allowDecimal={false}
              allowNegative={false}
              readOnly={!canEdit}
              {...form.getInputProps('feedbackDueHours')}
            />
          </SimpleGrid>
        </Paper>
        <InterviewPlanFields
          form={form}
          canEdit={canEdit}
          rubricOptions={rubricOptions}
          interviewerOptions={interviewerOptions}
        />
        <KnockOutRulesFields form={form} canEdit={canEdit} jobId={job?.id} />
        {save.isError && Object.keys(fieldErrors(save.error)).length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {save.error.message}
          </Text>
        )}
        {canEdit && (
          <Group justify="flex-end" gap="md">
            {job && (
              <Text size="sm" c={dirty ? 'dark.8' : 'dimmed'} role="status" fw={dirty ? 600 : 400}>
                {dirty ? 'Unsaved changes' : `All changes saved ${formatDayAndTime(job.updatedAt)}`}
              </Text>
            )}
            <Button type="submit" loading={save.isPending} disabled={Boolean(job) && !dirty}>
              {job ? 'Save job' : 'Create job'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
