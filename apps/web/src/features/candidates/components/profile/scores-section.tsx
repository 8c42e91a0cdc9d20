import { CandidateSummary } from '@calibrate/contracts';
import { Stack, Text } from '@mantine/core';

import { QueryState } from '@/components/ui/query-state';
import { useCan, useMe } from '@/features/auth';

import { useCandidateSummary } from '../../api/get-candidate-summary';
import { hasLeniencyFigures } from './format';
import { OverallScores } from './overall-scores';
import { ProfileSection } from './profile-section';
import { RoundResult } from './round-result';

/** The overall scores and every round: only what the viewer may see (drafts stay private). */
export function ScoresSection({ candidateId }: { candidateId: string }) {
  const summary = useCandidateSummary(candidateId);
  return (
    <QueryState
      query={summary}
      loadingHeight={240}
      loadingLabel="Loading scores"
      errorTitle="Scores could not be loaded"
      errorMessage={summary.error?.message}
    >
      {(data) => <Scores summary={data} />}
    </QueryState>
  );
}

/** Raw scores always; leniency-corrected beside them once calibration knows an interviewer. */
function Scores({ summary: { overall, rounds } }: { summary: CandidateSummary }) {
  const corrected = hasLeniencyFigures(rounds);
  // Colleagues' leniency is for those who see Calibration; everyone sees their own.
  const canViewCalibration = useCan('calibration.view');
  const viewerId = useMe().data?.user.id;
  const showsLeniencyOf = (interviewerId: string) =>
    canViewCalibration || interviewerId === viewerId;
  return (
    <>
      <OverallScores overall={overall} corrected={corrected} />
      <ProfileSection title="Rounds">
        {rounds.length === 0 ? (
          <Text size="sm" c="dimmed">
            No interview rounds scheduled yet.
          </Text>
        ) : (
          <Stack gap="md">
            {rounds.map((round) => (
              <RoundResult
                key={round.roundId}
                round={round}
                corrected={corrected}
                showsLeniencyOf={showsLeniencyOf}
              />
            ))}
          </Stack>
        )}
      </ProfileSection>
    </>
  );
}
