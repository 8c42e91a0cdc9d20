import { QuestionAnalysis, QuestionAnalysisQuery } from '@calibrate/contracts';
import { Button, Group } from '@mantine/core';

import { JobSiteSelects } from '@/components/ui/job-site-selects';

import { FilterKey, isFiltered } from '../model/filters';

/** Job and site: the jobs that used the rubric, and their sites. */
export function QuestionAnalysisFilters({
  filters,
  options,
  set,
  clear,
}: {
  filters: QuestionAnalysisQuery;
  options: QuestionAnalysis['options'];
  set: (key: FilterKey, value: string | null) => void;
  clear: () => void;
}) {
  return (
    <Group
      gap="sm"
      align="flex-end"
      wrap="wrap"
      role="search"
      aria-label="Question analysis filters"
    >
      <JobSiteSelects
        jobs={options.jobs}
        sites={options.sites}
        jobId={filters.jobId}
        site={filters.site}
        onChange={set}
      />
      {isFiltered(filters) && (
        <Button variant="subtle" onClick={clear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
