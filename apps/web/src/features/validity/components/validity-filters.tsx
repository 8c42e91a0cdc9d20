import { ValidityFilters, ValidityReport } from '@calibrate/contracts';
import { Button, Group, Select } from '@mantine/core';

import { JobSiteSelects } from '@/components/ui/job-site-selects';

import { FilterKey, isFiltered } from '../model/filters';

/**
 * Job, site and rubric. Hiring managers are offered only their own jobs (and their sites and
 * rubrics): the API keeps them there whatever the URL says. Without a rubric in the URL, the
 * select shows the one the API chose (the most used).
 */
export function ValidityFiltersBar({
  filters,
  options,
  chosenRubricId,
  set,
  clear,
}: {
  filters: ValidityFilters;
  options: ValidityReport['options'];
  chosenRubricId: string | null;
  set: (key: FilterKey, value: string | null) => void;
  clear: () => void;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Validity filters">
      <JobSiteSelects
        jobs={options.jobs}
        sites={options.sites}
        jobId={filters.jobId}
        site={filters.site}
        onChange={set}
      />
      <Select
        label="Rubric"
        placeholder="Most used rubric"
        data={options.rubrics.map((rubric) => ({ value: rubric.id, label: rubric.name }))}
        value={filters.rubricId ?? chosenRubricId}
        onChange={(value) => set('rubricId', value)}
        // Cleared, the API picks the most used rubric again: only a rubric the URL holds clears.
        clearable={filters.rubricId !== undefined}
        allowDeselect={false}
        w={{ base: '100%', xs: 220 }}
      />
      {isFiltered(filters) && (
        <Button variant="subtle" onClick={clear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
