import { CalibrationFilterOptions, CalibrationFilters } from '@calibrate/contracts';
import { Button, Group, Select } from '@mantine/core';

import { JobSiteSelects } from '@/components/ui/job-site-selects';

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
  const months = options.months.map((month) => ({ value: month, label: formatMonth(month) }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Calibration filters">
      <JobSiteSelects
        jobs={options.jobs}
        sites={options.sites}
        jobId={filters.jobId}
        site={filters.site}
        onChange={set}
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
