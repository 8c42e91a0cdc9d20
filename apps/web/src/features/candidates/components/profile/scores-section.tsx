import { CandidateSummary } from '@calibrate/contracts';
import { Alert, Stack, Text } from '@mantine/core';

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
  // The API blanks every panel result of the candidate while the viewer's own scorecard on one
  // of their rounds is a draft: say why, rather than "no scores yet".
  const draftRound = rounds.find((round) =>
    round.interviewers.some((i) => i.interviewerId === viewerId && i.status === 'draft'),
  );
  return (
    <>
      {draftRound && (
        <Alert color="blue" variant="light" title="Scores are hidden until you submit">
          Your scorecard for {draftRound.name} is still a draft. This candidate’s scores, including
          earlier rounds’, show once you submit it, so that they cannot sway your ratings.
        </Alert>
      )}
      <OverallScores overall={overall} corrected={corrected} hidden={Boolean(draftRound)} />
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
