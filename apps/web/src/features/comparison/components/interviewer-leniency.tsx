import { Comparison } from '@calibrate/contracts';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { PanelSplitBadge } from '@/components/ui/panel-split-badge';
import { useCan } from '@/features/auth';

import { candidateLabel } from '../model/comparison-view';
import { ScaleMode } from '../model/heat-scale';
import { scoredRounds } from '../model/leniency';
import { ScoreBasis, totalsInline } from '../model/score-basis';
import { InterviewerChip } from './interviewer-chip';

/**
 * Who scored each candidate in this job, round by round: the round's total on both bases and each
 * interviewer's leniency (for those who may see Calibration; others see who scored).
 */
export function InterviewerLeniency({
  comparison,
  blind,
  basis,
  scale,
}: {
  comparison: Comparison;
  blind: boolean;
  basis: ScoreBasis;
  scale: ScaleMode;
}) {
  const canSeeCalibration = useCan('calibration.view');
  return (
    <Stack gap="xs">
      <Text size="sm">
        Leniency: how many rating points (on 1–5) an interviewer scores above (+) or below (−) the
        average interviewer, from the latest calibration. A corrected total takes the panel&apos;s
        mean leniency out (one rating point is 25 on 0–100).{' '}
        {canSeeCalibration && (
          <Anchor component={Link} to="/calibration" size="sm" data-print-hide>
            Calibration
          </Anchor>
        )}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Interviewers and leniency" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Candidate</Table.Th>
              <Table.Th>Round</Table.Th>
              <Table.Th>Round total</Table.Th>
              <Table.Th>Interviewers and leniency</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.candidates.map((candidate, index) => {
              const rounds = scoredRounds(candidate);
              const name = candidateLabel(candidate.name, index, blind);
              if (rounds.length === 0)
                return (
                  <Table.Tr key={candidate.candidateId}>
                    <Table.Th scope="row">{name}</Table.Th>
                    <Table.Td colSpan={3}>No submitted scorecards yet</Table.Td>
                  </Table.Tr>
                );
              return rounds.map((round, roundIndex) => (
                <Table.Tr key={round.roundId}>
                  {roundIndex === 0 && (
                    <Table.Th scope="row" rowSpan={rounds.length} style={{ verticalAlign: 'top' }}>
                      {name}
                    </Table.Th>
                  )}
                  <Table.Td>
                    <Group gap={6}>
                      {round.name}
                      {round.panelSplit && <PanelSplitBadge size="xs" />}
                    </Group>
                  </Table.Td>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {totalsInline(round, basis, scale)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="md">
                      {round.interviewers.map((interviewer) =>
                        canSeeCalibration ? (
                          <InterviewerChip
                            key={interviewer.scorecardId}
                            name={interviewer.interviewerName}
                            leniency={interviewer.leniency}
                            calibrated={interviewer.calibrated}
                          />
                        ) : (
                          <Text key={interviewer.scorecardId} size="sm">
                            {interviewer.interviewerName}
                          </Text>
                        ),
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ));
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
