import { Stack } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useCan, useMe } from '@/features/auth';

import { useCalibration } from '../api/get-calibration';
import { useStartRefit } from '../api/start-refit';
import { refitOutcome } from '../model/fit';
import { CalibrationEmpty } from './calibration-empty';
import { CalibrationReportView } from './calibration-report';
import { RefitButton } from './refit-button';
import { useCalibrationFilters } from './use-calibration-filters';

/**
 * Interviewer calibration: how lenient each interviewer rates against the others on the same
 * candidates, how far their scores agree, and how much a score says about the candidate. Admins
 * see everyone and may refit; hiring managers see the interviewers on their jobs. Filters (in the
 * URL) narrow whom the page lists, never what their figures are computed from.
 */
export function CalibrationPage() {
  const filterState = useCalibrationFilters();
  const report = useCalibration(filterState.filters);
  const canRefit = useCan('calibration.refit');
  const scope =
    useMe().data?.user.role === 'hiring_manager'
      ? 'Interviewers who scored candidates on the jobs you manage.'
      : 'Every interviewer with a submitted scorecard.';
  const refit = useStartRefit();
  const running = Boolean(report.data?.running) || refit.isPending;
  const refitButton = canRefit ? (
    <RefitButton running={running} onRefit={() => refit.mutate()} />
  ) : undefined;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Calibration"
        description="How lenient or strict each interviewer rates compared with the others on the same candidates, and how much of a score is the candidate rather than who interviewed them."
        action={report.data?.fit ? refitButton : undefined}
      />
      <QueryState
        query={report}
        loadingHeight={480}
        loadingLabel="Loading calibration"
        errorTitle="Calibration could not be loaded"
        errorMessage={report.error?.message}
        isEmpty={(data) => data.fit === null}
        empty={<CalibrationEmpty running={report.data?.running ?? null} action={refitButton} />}
      >
        {(data) => (
          <CalibrationReportView
            report={data}
            scope={scope}
            outcome={refitOutcome(refit.data, data)}
            filterState={filterState}
            updating={report.isPlaceholderData}
          />
        )}
      </QueryState>
    </Stack>
  );
}
