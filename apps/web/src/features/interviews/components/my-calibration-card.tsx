import { Alert, Badge, Button, Group, List, Paper, Skeleton, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';

import { useMe } from '@/features/auth';
import {
  describeOwnCalibration,
  formatFitTime,
  OwnCalibration,
  useMyCalibration,
} from '@/features/calibration';

/**
 * "Your calibration" on the interviewer's home screen: how they rate against peers who scored the
 * same candidates, in sentences, from `GET /calibration/me` (their own row only: never a
 * colleague's figures). Differences are said only where the 95% interval excludes "the same".
 */
export function MyCalibrationCard() {
  const me = useMe().data?.user;
  const report = useMyCalibration();

  if (report.isPending)
    return <Skeleton height={96} radius="md" aria-label="Loading your calibration" />;
  if (report.isError)
    return (
      <Alert color="red" variant="light" title="Your calibration could not be loaded">
        <Group gap="sm">
          <Text size="sm">Your interviews below are not affected.</Text>
          <Button size="compact-sm" variant="light" onClick={() => void report.refetch()}>
            Try again
          </Button>
        </Group>
      </Alert>
    );

  const own = describeOwnCalibration(report.data, me?.id);
  const fittedAt = report.data.fit
    ? formatFitTime(report.data.fit.finishedAt ?? report.data.fit.startedAt)
    : null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="my-calibration-title">
      <Group gap="xs" mb={6} wrap="wrap">
        <IconScale size={20} stroke={1.6} aria-hidden />
        <Title order={2} size="h4" id="my-calibration-title">
          Your calibration
        </Title>
        <StatusBadge own={own} />
      </Group>
      <Body own={own} />
      <Text size="xs" c="dimmed" mt="xs">
        Peers: the other interviewers who scored the same candidates. Only you see these figures
        {fittedAt ? `; from the calibration of ${fittedAt}` : ''}.
      </Text>
    </Paper>
  );
}

function StatusBadge({ own }: { own: OwnCalibration }) {
  if (own.kind === 'calibrated')
    return (
      <Badge variant="light" color="blue">
        Calibrated · {own.linked} linked scorecards
      </Badge>
    );
  return (
    <Badge variant="light" color="orange" c="dark.7">
      Not yet calibrated
    </Badge>
  );
}

function Body({ own }: { own: OwnCalibration }) {
  switch (own.kind) {
    case 'no-fit':
      return (
        <Text size="sm">
          Calibrate compares how you rate with colleagues who scored the same candidates. Your
          figures appear after the first calibration.
        </Text>
      );
    case 'no-scorecards':
      return (
        <Text size="sm">
          None of your submitted scorecards are in the latest calibration yet. Your figures appear
          once you have submitted some and the model has been refitted.
        </Text>
      );
    case 'not-comparable':
      return (
        <Text size="sm">
          None of your {own.scorecards} scorecards share a candidate with the main group of
          interviewers yet, so there is no one to compare you with.
        </Text>
      );
    case 'not-calibrated':
      return (
        <Text size="sm">
          {own.linked} of the {own.needed} linked scorecards needed (scorecards of candidates
          someone else also scored). Until then your figures are too uncertain to say anything, and
          your scores are barely corrected.
        </Text>
      );
    case 'calibrated':
      return (
        <>
          <Text size="sm" fw={600}>
            {own.overall}
          </Text>
          {own.categories.length > 0 ? (
            <List size="sm" spacing={2} mt={4}>
              {own.categories.map((sentence) => (
                <List.Item key={sentence}>{sentence}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" mt={4}>
              {own.noCategory}
            </Text>
          )}
          {own.recent && (
            <Text size="sm" mt={4}>
              {own.recent}
            </Text>
          )}
        </>
      );
  }
}
