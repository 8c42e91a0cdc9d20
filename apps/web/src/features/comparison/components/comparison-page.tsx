import { Alert, Stack } from '@mantine/core';

import { QueryState } from '@/components/ui/query-state';
import { useDeferredWithDeadline } from '@/lib/use-deferred-with-deadline';

import { useComparison } from '../api/get-comparison';
import { CandidatePicker } from './candidate-picker';
import classes from './comparison.module.css';
import { ComparisonHeader } from './comparison-header';
import { ComparisonResults } from './comparison-results';
import { PrintHeader } from './print-header';
import { useComparisonParams } from './use-comparison-params';

/**
 * The hiring manager's decision screen: 2–8 candidates of one job side by side. The URL holds the
 * choice, the scale, blind mode and raw or corrected totals, so a view can be shared as it is.
 */
export function ComparisonPage({ jobId }: { jobId: string }) {
  const { candidateIds, blind, scale, basis, update, setCandidates } = useComparisonParams();
  const comparison = useComparison(jobId, candidateIds);
  // The header and the picker grow when the comparison arrives (job, chips): deferred as
  // QueryState defers the results, all three appear in one frame, and nothing on screen is
  // pushed down (a layout shift of 0.24 on a phone when the results' skeleton moved).
  const shown = useDeferredWithDeadline(comparison.data);

  return (
    <Stack gap="lg" className={classes.page}>
      <PrintHeader blind={blind} scale={scale} basis={basis} />
      <ComparisonHeader
        jobId={jobId}
        comparison={shown}
        blind={blind}
        scale={scale}
        basis={basis}
        update={update}
      />
      <CandidatePicker
        jobId={jobId}
        comparison={shown}
        candidateIds={candidateIds}
        blind={blind}
        basis={basis}
        setCandidates={setCandidates}
      />
      {candidateIds.length < 2 ? (
        <Alert color="blue" title="Pick at least two candidates">
          Choose candidates of this job above, or select them in the candidates table and press
          Compare.
        </Alert>
      ) : (
        <QueryState
          query={comparison}
          loadingHeight={420}
          loadingLabel="Loading the comparison"
          errorTitle="The comparison could not be loaded"
          errorMessage={comparison.error?.message}
        >
          {(data) => (
            <ComparisonResults
              comparison={data}
              blind={blind}
              scale={scale}
              basis={basis}
              update={update}
            />
          )}
        </QueryState>
      )}
    </Stack>
  );
}
