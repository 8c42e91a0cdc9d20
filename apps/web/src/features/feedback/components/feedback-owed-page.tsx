import { FEEDBACK_DUE_HOURS } from '@calibrate/contracts';
import { Grid, Stack } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';

import { useFeedbackOwed } from '../api/get-feedback-owed';
import { ByInterviewer } from './by-interviewer';
import { FeedbackFilters } from './feedback-filters';
import { JobFigures } from './job-figures';
import { OwedScorecards } from './owed-scorecards';
import { useFeedbackFilters } from './use-feedback-filters';

/** Who still owes scorecards, and how each job's panels keep up. Job and window live in the URL. */
export function FeedbackOwedPage({ jobs }: { jobs: { id: string; title: string }[] }) {
  const { jobId, days, set } = useFeedbackFilters();
  const report = useFeedbackOwed({ jobId, days });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Feedback owed"
        description={`Scorecards are due ${FEEDBACK_DUE_HOURS} hours after the interview starts. Oldest first.`}
        action={<FeedbackFilters jobs={jobs} jobId={jobId} days={days} set={set} />}
      />
      <QueryState
        query={report}
        loadingHeight={400}
        loadingLabel="Loading feedback owed"
        errorTitle="Feedback owed could not be loaded"
        errorMessage={report.error?.message}
      >
        {(data) => (
          <>
            <JobFigures report={data} />
            {/* With its reminder column the owed table needs ~820 px, and the interviewers' ~520:
                side by side only on wide screens (at 1366 px, 4 + 8 of 12 overlapped). */}
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, xl: 4 }}>
                <ByInterviewer report={data} jobId={jobId} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, xl: 8 }}>
                <OwedScorecards report={data} />
              </Grid.Col>
            </Grid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
