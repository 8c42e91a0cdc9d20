import { recommendationLabels, RoundSummary } from '@calibrate/contracts';
import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';

import { PanelSplitBadge } from '@/components/ui/panel-split-badge';

import { CategoryBars } from './category-bars';
import { score100, when } from './format';
import { InterviewerLeniency } from './interviewer-leniency';

/**
 * One round: its panel, each interviewer's recommendation and score, and its categories; with
 * `corrected`, the leniency-corrected scores beside the raw ones and each interviewer's leniency.
 */
export function RoundResult({
  round,
  corrected = false,
  showsLeniencyOf = () => true,
}: {
  round: RoundSummary;
  corrected?: boolean;
  /** Whose leniency (and corrected score) the viewer may see on the panel. */
  showsLeniencyOf?: (interviewerId: string) => boolean;
}) {
  return (
    <Paper withBorder radius="sm" p="sm">
      <Group justify="space-between" mb={6}>
        <div>
          <Text fw={600}>{round.name}</Text>
          <Text size="xs" c="dimmed">
            {when.format(new Date(round.scheduledAt))} · {round.rubricName} v{round.rubricVersion}
          </Text>
        </div>
        <Group gap="xs">
          {round.panelSplit && <PanelSplitBadge />}
          <Badge variant="light" color="gray">
            {round.status.replace('_', ' ')}
          </Badge>
          <Text size="sm" fw={600}>
            {score100(round.scores.weightedScore100)} / 100
          </Text>
          {corrected &&
            round.scores.weightedScore100 !== null &&
            round.correctedScore100 !== null && (
              <Text size="sm" c="dimmed">
                · {score100(round.correctedScore100)} corrected
              </Text>
            )}
        </Group>
      </Group>
      <Table verticalSpacing={4} aria-label={`${round.name} panel`}>
        <Table.Tbody>
          {round.interviewers.map((interviewer) => (
            <Table.Tr key={interviewer.scorecardId}>
              <Table.Td>
                <Text size="sm">{interviewer.interviewerName}</Text>
              </Table.Td>
              <Table.Td>
                {interviewer.status === 'submitted' ? (
                  <Text size="sm">
                    {interviewer.recommendation
                      ? recommendationLabels[interviewer.recommendation]
                      : '—'}
                  </Text>
                ) : (
                  <Badge variant="light" color="gray">
                    {interviewer.status === 'declined' ? 'Declined' : 'Not submitted yet'}
                  </Badge>
                )}
              </Table.Td>
              {corrected && (
                <Table.Td>
                  {showsLeniencyOf(interviewer.interviewerId) && (
                    <InterviewerLeniency interviewer={interviewer} />
                  )}
                </Table.Td>
              )}
              <Table.Td ta="right">
                <Text size="sm" ff="monospace">
                  {score100(interviewer.weightedScore100)}
                </Text>
                {corrected &&
                  showsLeniencyOf(interviewer.interviewerId) &&
                  interviewer.weightedScore100 !== null &&
                  interviewer.correctedScore100 !== null && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {score100(interviewer.correctedScore100)} corrected
                    </Text>
                  )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {round.scores.weightedScore100 !== null && (
        <Stack mt="xs">
          <CategoryBars
            categories={round.scores.categories.map((c) => ({
              ...c,
              score100: c.score === null ? null : ((c.score - 1) / 4) * 100,
            }))}
          />
        </Stack>
      )}
    </Paper>
  );
}
