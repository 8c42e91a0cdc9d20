import { feedbackWindows } from '@calibrate/contracts';
import { Group, SegmentedControl, Select } from '@mantine/core';

/** Which job (or all), and over how many days the job figures are counted. */
export function FeedbackFilters({
  jobs,
  jobId,
  days,
  set,
}: {
  jobs: { id: string; title: string }[];
  jobId: string | undefined;
  days: number;
  set: (key: 'jobId' | 'days', value: string | null) => void;
}) {
  return (
    <Group gap="sm" align="flex-end">
      <Select
        aria-label="Job"
        placeholder="All jobs"
        data={jobs.map((job) => ({ value: job.id, label: job.title }))}
        value={jobId ?? null}
        onChange={(value) => set('jobId', value)}
        searchable
        clearable
        w={240}
      />
      <SegmentedControl
        aria-label="Period for job figures"
        value={String(days)}
        onChange={(value) => set('days', value === '30' ? null : value)}
        data={feedbackWindows.map((d) => ({ value: String(d), label: `${d} days` }))}
      />
    </Group>
  );
}
