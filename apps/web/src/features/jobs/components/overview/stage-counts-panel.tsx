import { CandidateStage, candidateStages, StageCounts, stageLabels } from '@calibrate/contracts';
import { Anchor, Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/query-state';

import { useJobStageCounts } from '../../api/job-overview';
import { Panel } from './panel';

/** Stages still in play, in funnel order; rejected and withdrawn follow, greyed. */
const closedStages: CandidateStage[] = ['rejected', 'withdrawn'];

const pipelineUrl = (jobId: string, stage?: CandidateStage) =>
  `/candidates?${new URLSearchParams({ jobId, ...(stage ? { stage } : {}) }).toString()}`;

/** How many of the job's candidates are at each stage; each count opens the pipeline there. */
export function StageCountsPanel({ jobId, headcount }: { jobId: string; headcount: number }) {
  const counts = useJobStageCounts(jobId);
  const total = counts.data ? candidateStages.reduce((sum, s) => sum + counts.data[s], 0) : 0;
  return (
    <Panel
      title="Candidates by stage"
      action={
        counts.data && (
          <Anchor component={Link} to={pipelineUrl(jobId)} size="sm">
            All {total} in the pipeline
          </Anchor>
        )
      }
    >
      <QueryState
        query={counts}
        loading={<Skeleton height={72} aria-label="Loading the stage counts" />}
        errorTitle="The stage counts could not be loaded"
        errorMessage={counts.error?.message}
        isEmpty={() => total === 0}
        empty={
          <Text size="sm" c="dimmed">
            No candidates on this job yet.
          </Text>
        }
      >
        {(data) => <StageTiles jobId={jobId} counts={data} headcount={headcount} />}
      </QueryState>
    </Panel>
  );
}

function StageTiles({
  jobId,
  counts,
  headcount,
}: {
  jobId: string;
  counts: StageCounts;
  headcount: number;
}) {
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 3, xs: 4, md: 7 }}
      spacing="xs"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Candidates by stage"
    >
      {candidateStages.map((stage) => {
        const closed = closedStages.includes(stage);
        const count = counts[stage];
        return (
          <li key={stage}>
            <Paper
              component={Link}
              to={pipelineUrl(jobId, stage)}
              withBorder
              radius="sm"
              px="sm"
              py={6}
              display="block"
              bg={closed ? 'gray.0' : undefined}
              style={{ textDecoration: 'none', color: 'inherit' }}
            >
              <Text size="xl" fw={700} lh={1.2} c={count === 0 ? 'dimmed' : undefined}>
                {count}
                {stage === 'hired' && (
                  <Text span size="sm" c="dimmed" fw={400}>
                    {' '}
                    of {headcount}
                  </Text>
                )}
              </Text>
              <Text size="sm" c={closed ? 'dimmed' : 'dark.6'}>
                {stageLabels[stage]}
              </Text>
            </Paper>
          </li>
        );
      })}
    </SimpleGrid>
  );
}
