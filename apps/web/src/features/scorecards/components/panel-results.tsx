import { CandidateSummary, Scorecard } from '@calibrate/contracts';
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';

import { QueryState } from '@/components/ui/query-state';

import { usePanelResults } from '../api/scorecards';
import { recommendationOptions } from './wrap-up-step';

const recommendationLabel = (value: string | null) =>
  recommendationOptions.find((option) => option.value === value)?.label ?? '—';
const oneDecimal = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** After submitting: this round's panel scores per category, and each interviewer's result ("Panel scores"). */
export function PanelResults({
  scorecard,
  candidateId,
}: {
  scorecard: Scorecard;
  candidateId: string;
}) {
  const summary = usePanelResults(candidateId, true);
  const roundOf = (data: CandidateSummary) =>
    data.rounds.find((r) => r.roundId === scorecard.roundId);

  return (
    <Stack gap="md">
      <QueryState
        query={summary}
        loadingLabel="Loading the panel’s scores"
        errorTitle="The panel’s scores could not be loaded"
        errorMessage={summary.error?.message}
        isEmpty={(data) => !roundOf(data)}
        empty={
          <Text size="sm" c="dimmed">
            No panel results for this round yet.
          </Text>
        }
      >
        {(data) => {
          const round = roundOf(data);
          return round && <PanelRound round={round} scorecard={scorecard} />;
        }}
      </QueryState>
    </Stack>
  );
}

function PanelRound({
  round,
  scorecard,
}: {
  round: CandidateSummary['rounds'][number];
  scorecard: Scorecard;
}) {
  return (
    <>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Panel scores for this round
          </Title>
          <Text size="sm">
            Weighted:{' '}
            <b>
              {round.scores.weightedScore100 === null
                ? '—'
                : `${Math.round(round.scores.weightedScore100)} / 100`}
            </b>
          </Text>
        </Group>
        <Table aria-label="Panel scores by category">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              <Table.Th ta="right">Weight</Table.Th>
              <Table.Th ta="right">Panel (1–5)</Table.Th>
              <Table.Th ta="right">You (1–5)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.scores.categories.map((category) => (
              <Table.Tr key={category.categoryId}>
                <Table.Td>{category.name}</Table.Td>
                <Table.Td ta="right">{category.weight}</Table.Td>
                <Table.Td ta="right">{oneDecimal(category.score)}</Table.Td>
                <Table.Td ta="right">
                  {oneDecimal(
                    scorecard.scores.categories.find((c) => c.categoryId === category.categoryId)
                      ?.score ?? null,
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="sm">
          Interviewers
        </Title>
        <Table aria-label="Interviewers">
          <Table.Tbody>
            {round.interviewers.map((interviewer) => (
              <Table.Tr key={interviewer.scorecardId}>
                <Table.Td>{interviewer.interviewerName}</Table.Td>
                <Table.Td>
                  {interviewer.status === 'submitted' ? (
                    recommendationLabel(interviewer.recommendation)
                  ) : (
                    <Badge variant="light" color="gray">
                      {interviewer.status === 'declined' ? 'Declined' : 'Not submitted yet'}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {interviewer.weightedScore100 === null
                    ? '—'
                    : `${Math.round(interviewer.weightedScore100)} / 100`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
