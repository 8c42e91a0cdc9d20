import { Stack } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useCan, useMe } from '@/features/auth';

import { useValidity } from '../api/get-validity';
import { ImportOutcomesButton } from './import/import-outcomes-button';
import { useValidityFilters } from './use-validity-filters';
import { ValidityReportView } from './validity-report';

/**
 * Predictive validity: which interview scores (overall, per category, per question) go with how
 * hires do after nesting. Admins and recruiters see every job; hiring managers their own. The
 * filters and the outcome shown live in the URL.
 */
export function ValidityPage() {
  const filterState = useValidityFilters();
  const report = useValidity(filterState.filters);
  const canRecord = useCan('outcomes.record');
  const scope =
    useMe().data?.user.role === 'hiring_manager' ? 'Candidates of the jobs you manage.' : null;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Validity"
        description="Which interview scores predict how hires do on the floor: nesting QA, handle time, resolution, CSAT and retention."
        action={<ImportOutcomesButton />}
      />
      <QueryState
        query={report}
        loadingHeight={480}
        loadingLabel="Loading validity"
        errorTitle="Validity could not be loaded"
        errorMessage={report.error?.message}
      >
        {(data) => (
          <ValidityReportView
            report={data}
            filterState={filterState}
            updating={report.isPlaceholderData}
            canRecord={canRecord}
            scope={scope}
          />
        )}
      </QueryState>
    </Stack>
  );
}
