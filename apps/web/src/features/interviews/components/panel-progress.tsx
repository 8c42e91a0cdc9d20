import { RoundProgress } from '@calibrate/contracts';
import { Group, Progress, Skeleton, Stack, Text } from '@mantine/core';

import { QueryState } from '@/components/ui/query-state';

import { useRoundProgress } from '../api/interviews';
import { panelMemberLabel } from '../model/panel-progress';

/**
 * Each interviewer of a live round: not started, how many questions answered, submitted. Never a
 * rating: the panel scores independently. Kept current by the live events (`app/live-updates`).
 */
export function PanelProgress({ roundId }: { roundId: string }) {
  const progress = useRoundProgress(roundId);
  return (
    <QueryState
      query={progress}
      loading={<Skeleton height={32} aria-label="Loading the panel’s progress" />}
      errorTitle="The panel’s progress could not be loaded"
      errorMessage={progress.error?.message}
      isEmpty={(data) => data.panel.length === 0}
      empty={null}
    >
      {(data) => <PanelProgressList progress={data} />}
    </QueryState>
  );
}

/**
 * The rest of the panel of a round I am scoring now, under my own progress: nothing while it
 * loads, if it cannot be read, or when I am alone on the panel (it only adds to the row).
 */
export function OthersOnPanel({
  roundId,
  myScorecardId,
}: {
  roundId: string;
  myScorecardId: string;
}) {
  const progress = useRoundProgress(roundId);
  const others = progress.data?.panel.filter((member) => member.scorecardId !== myScorecardId);
  if (!progress.data || !others?.length) return null;
  return <PanelProgressList progress={{ ...progress.data, panel: others }} />;
}

export function PanelProgressList({ progress }: { progress: RoundProgress }) {
  return (
    <Stack
      component="ul"
      gap={4}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Panel progress"
      aria-live="polite"
    >
      {progress.panel.map((member) => {
        const percent =
          member.status === 'submitted'
            ? 100
            : member.questions === 0
              ? 0
              : Math.round((member.answered / member.questions) * 100);
        return (
          <li key={member.scorecardId}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="xs" fw={500} truncate>
                {member.interviewerName}
              </Text>
              <Text size="xs" c={member.status === 'submitted' ? 'teal.9' : 'dimmed'}>
                {panelMemberLabel(member)}
              </Text>
            </Group>
            <Progress
              value={percent}
              size="xs"
              color={member.status === 'submitted' ? 'teal' : 'blue'}
              aria-hidden
            />
          </li>
        );
      })}
    </Stack>
  );
}
