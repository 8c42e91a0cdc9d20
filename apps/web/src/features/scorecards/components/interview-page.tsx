import { Alert, Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { QueryState } from '@/components/ui/query-state';

import { InterviewSession, useInterviewSession } from '../api/scorecards';
import { InterviewMode } from './interview-mode/interview-mode';
import { SubmittedScorecard } from './submitted/submitted-scorecard';

/** Interview mode at /interviews/:scorecardId: scoring, or what is left once there is none to do. */
export function InterviewPage({ scorecardId }: { scorecardId: string }) {
  const session = useInterviewSession(scorecardId);
  // Not found is final: there is nothing to retry.
  if (session.isError && session.error.status === 404)
    return (
      <ErrorAlert
        title="This interview does not exist"
        message="It may have been removed, or it is not assigned to you."
      />
    );
  return (
    <QueryState
      query={session}
      loading={
        <Stack aria-busy="true" aria-label="Loading the interview">
          <Skeleton height={32} width="40%" />
          <Skeleton height={320} />
        </Stack>
      }
      errorTitle="The interview could not be loaded"
      errorMessage={session.error?.message}
    >
      {(loaded) => <InterviewScreen session={loaded} />}
    </QueryState>
  );
}

function InterviewScreen({ session }: { session: InterviewSession }) {
  const { scorecard, round, candidate } = session;
  const header = (
    <Group gap="xs">
      <Anchor component={Link} to="/interviews" size="sm">
        My interviews
      </Anchor>
      <Text size="sm" c="dimmed">
        /
      </Text>
      <Text size="sm">
        {candidate.name} · {round.name}
      </Text>
    </Group>
  );
  if (round.status === 'no_show' || round.status === 'cancelled' || scorecard.status === 'declined')
    return (
      <Stack>
        {header}
        <Alert color="gray" title="Nothing to score">
          {nothingToScore(session)}
        </Alert>
      </Stack>
    );
  if (scorecard.status === 'submitted')
    return (
      <Stack>
        {header}
        <Title order={1} size="h2">
          {candidate.name}: {round.name}
        </Title>
        <SubmittedScorecard session={session} />
      </Stack>
    );
  return <InterviewMode key={scorecard.id} session={session} header={header} />;
}

function nothingToScore({ scorecard, round, candidate }: InterviewSession): ReactNode {
  if (round.status === 'no_show') return `${candidate.name} did not show for this round.`;
  if (round.status === 'cancelled') return 'This round was cancelled.';
  return `You declined this interview: ${scorecard.declinedReason ?? ''}`;
}
