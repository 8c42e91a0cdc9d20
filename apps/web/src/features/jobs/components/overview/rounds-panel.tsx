import { InterviewRound, InterviewRoundPage } from '@calibrate/contracts';
import { Anchor, Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/query-state';
import { PanelProgress } from '@/features/interviews';

import { RECENT_DAYS, useJobRounds } from '../../api/job-overview';
import { formatRoundTime, RoundState, roundState, roundStateLabels } from '../../model/job-labels';
import { Panel } from './panel';

/** Rows each list shows; the API's page of recent rounds is larger, for the counts. */
const ROWS = 6;
const RECENT_PAGE = 100;

const stateColors: Record<RoundState, string> = {
  upcoming: 'blue',
  awaiting: 'yellow',
  scored: 'teal',
  cancelled: 'gray',
  no_show: 'orange',
};

/** The job's rounds of the last week, latest first, with how they went. */
export function RecentRoundsPanel({ jobId, now }: { jobId: string; now: number }) {
  const from = new Date(now - RECENT_DAYS * 24 * 3600_000).toISOString();
  const recent = useJobRounds(jobId, { from, to: new Date(now).toISOString() }, RECENT_PAGE);
  return (
    <Panel title={`Rounds of the last ${RECENT_DAYS} days`}>
      <QueryState
        query={recent}
        loading={<Skeleton height={120} aria-label="Loading the recent rounds" />}
        errorTitle="The recent rounds could not be loaded"
        errorMessage={recent.error?.message}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <Text size="sm" c="dimmed">
            No rounds in the last {RECENT_DAYS} days.
          </Text>
        }
      >
        {(page) => <RecentRounds page={page} now={now} />}
      </QueryState>
    </Panel>
  );
}

/** The job's next scheduled rounds, soonest first. */
export function UpcomingRoundsPanel({ jobId, now }: { jobId: string; now: number }) {
  const upcoming = useJobRounds(
    jobId,
    { from: new Date(now).toISOString(), status: 'scheduled' },
    ROWS,
  );
  return (
    <Panel title="Upcoming rounds">
      <QueryState
        query={upcoming}
        loading={<Skeleton height={120} aria-label="Loading the upcoming rounds" />}
        errorTitle="The upcoming rounds could not be loaded"
        errorMessage={upcoming.error?.message}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <Text size="sm" c="dimmed">
            Nothing scheduled yet.
          </Text>
        }
      >
        {(page) => (
          <Stack gap="xs">
            <RoundList rounds={page.items} label="Upcoming rounds" now={now} />
            {page.nextCursor && (
              <Text size="xs" c="dimmed">
                More are scheduled after these.
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Panel>
  );
}

function RecentRounds({ page, now }: { page: InterviewRoundPage; now: number }) {
  const rounds = page.items;
  const count = (state: RoundState) =>
    rounds.filter((round) => roundState(round, now) === state).length;
  const more = page.nextCursor ? '+' : '';
  const parts = [
    `${count('scored')} scored`,
    count('awaiting') > 0 && `${count('awaiting')} awaiting scores`,
    count('no_show') > 0 && `${count('no_show')} no-show`,
    count('cancelled') > 0 && `${count('cancelled')} cancelled`,
  ].filter(Boolean);
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Text span fw={700}>
          {rounds.length}
          {more}
        </Text>{' '}
        {rounds.length === 1 ? 'round' : 'rounds'}: {parts.join(', ')}
      </Text>
      <RoundList rounds={[...rounds].reverse().slice(0, ROWS)} label="Latest rounds" now={now} />
    </Stack>
  );
}

function RoundList({
  rounds,
  label,
  now,
}: {
  rounds: InterviewRound[];
  label: string;
  now: number;
}) {
  return (
    <Stack component="ul" gap={8} m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {rounds.map((round) => {
        const expected = round.scorecards.filter((card) => card.status !== 'declined');
        const submitted = expected.filter((card) => card.status === 'submitted').length;
        const state = roundState(round, now);
        return (
          <li key={round.id}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/candidates/${round.candidateId}`} size="sm" fw={500}>
                  {round.candidateName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatRoundTime(round.scheduledAt)} · {round.name}
                  {state === 'scored' || state === 'awaiting'
                    ? ` · ${submitted} of ${expected.length} scorecards in`
                    : ` · panel ${round.scorecards.map((card) => card.interviewerName).join(', ')}`}
                </Text>
              </div>
              <Badge variant="light" color={stateColors[state]} c="dark.8" miw="max-content">
                {roundStateLabels[state]}
              </Badge>
            </Group>
            {/* A round under way: who has started, how far, who submitted (live). */}
            {state === 'awaiting' && <PanelProgress roundId={round.id} />}
          </li>
        );
      })}
    </Stack>
  );
}
