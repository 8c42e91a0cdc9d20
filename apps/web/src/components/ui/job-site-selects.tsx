import { Select } from '@mantine/core';

export interface ScopeJob {
  id: string;
  title: string;
  site: string;
}

/** A job as a select names it: its title, and its site when another job has the same title. */
export function scopeJobLabel(job: ScopeJob, jobs: readonly ScopeJob[]): string {
  return jobs.filter((other) => other.title === job.title).length > 1
    ? `${job.title} (${job.site})`
    : job.title;
}

/**
 * The Job and Site selects of a report's filter bar (Calibration, Validity, question analysis):
 * the jobs and sites the viewer may choose, "All jobs" and "All sites" when none is chosen.
 */
export function JobSiteSelects({
  jobs,
  sites,
  jobId,
  site,
  onChange,
}: {
  jobs: readonly ScopeJob[];
  sites: readonly string[];
  jobId: string | undefined;
  site: string | undefined;
  onChange: (key: 'jobId' | 'site', value: string | null) => void;
}) {
  return (
    <>
      <Select
        label="Job"
        placeholder="All jobs"
        data={jobs.map((job) => ({ value: job.id, label: scopeJobLabel(job, jobs) }))}
        value={jobId ?? null}
        onChange={(value) => onChange('jobId', value)}
        searchable
        clearable
        nothingFoundMessage="No such job"
        w={{ base: '100%', xs: 240 }}
      />
      <Select
        label="Site"
        placeholder="All sites"
        data={[...sites]}
        value={site ?? null}
        onChange={(value) => onChange('site', value)}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
    </>
  );
}
