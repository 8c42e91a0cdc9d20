import { CalibrationFilterOptions, CalibrationFilters } from '@calibrate/contracts';
import { Button, Group, Select } from '@mantine/core';

import { FilterKey, formatMonth, isFiltered } from '../model/filters';

/**
 * Job, site, rubric and a period of months. Hiring managers are offered only their own jobs
 * (and those jobs' sites and rubrics): the API keeps them there whatever the URL says.
 */
export function CalibrationFiltersBar({
  filters,
  options,
  set,
  clear,
}: {
  filters: CalibrationFilters;
  options: CalibrationFilterOptions;
  set: (key: FilterKey, value: string | null) => void;
  clear: () => void;
}) {
  const jobLabel = (job: CalibrationFilterOptions['jobs'][number]) =>
    options.jobs.filter((other) => other.title === job.title).length > 1
      ? `${job.title} (${job.site})`
      : job.title;
  const months = options.months.map((month) => ({ value: month, label: formatMonth(month) }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Calibration filters">
      <Select
        label="Job"
        placeholder="All jobs"
        data={options.jobs.map((job) => ({ value: job.id, label: jobLabel(job) }))}
        value={filters.jobId ?? null}
        onChange={(value) => set('jobId', value)}
        searchable
        clearable
        nothingFoundMessage="No such job"
        w={{ base: '100%', xs: 240 }}
      />
      <Select
        label="Site"
        placeholder="All sites"
        data={options.sites}
        value={filters.site ?? null}
        onChange={(value) => set('site', value)}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      <Select
        label="Rubric"
        placeholder="All rubrics"
        data={options.rubrics.map((rubric) => ({ value: rubric.id, label: rubric.name }))}
        value={filters.rubricId ?? null}
        onChange={(value) => set('rubricId', value)}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        label="From"
        placeholder="First month"
        data={months.filter((month) => !filters.to || month.value <= filters.to)}
        value={filters.from ?? null}
        onChange={(value) => set('from', value)}
        clearable
        w={{ base: 'calc(50% - 6px)', xs: 150 }}
      />
      <Select
        label="To"
        placeholder="Latest month"
        data={months.filter((month) => !filters.from || month.value >= filters.from)}
        value={filters.to ?? null}
        onChange={(value) => set('to', value)}
        clearable
        w={{ base: 'calc(50% - 6px)', xs: 150 }}
      />
      {isFiltered(filters) && (
        <Button variant="subtle" onClick={clear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
