import { Job } from '@calibrate/contracts';
import { Grid, Stack } from '@mantine/core';
import { useState } from 'react';

import { ScheduleRound } from '../schedule-round';
import { BestCandidatesPanel } from './best-candidates-panel';
import { JobFacts } from './job-facts';
import { OwedPanel } from './owed-panel';
import { RecentRoundsPanel, UpcomingRoundsPanel } from './rounds-panel';
import { StageCountsPanel } from './stage-counts-panel';

/**
 * What a hiring manager opens a job for: its facts, where its candidates stand, the best-scored
 * to compare, who still owes scorecards, and what was held and comes next.
 */
export function JobOverview({ job }: { job: Job }) {
  // One "now" per visit keeps the rounds' query keys (their time windows) stable across renders.
  const [now] = useState(() => Date.now());
  return (
    <Stack gap="md">
      <JobFacts job={job} />
      <StageCountsPanel jobId={job.id} headcount={job.headcount} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <BestCandidatesPanel jobId={job.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <OwedPanel jobId={job.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <RecentRoundsPanel jobId={job.id} now={now} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <UpcomingRoundsPanel jobId={job.id} now={now} />
        </Grid.Col>
      </Grid>
      <ScheduleRound job={job} />
    </Stack>
  );
}
