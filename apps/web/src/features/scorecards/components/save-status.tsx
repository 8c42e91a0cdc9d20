import { RubricVersion } from '@calibrate/contracts';
import { Box, Button, Group, Modal, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCloudOff, IconLoader2 } from '@tabler/icons-react';
import { useMemo } from 'react';

import { PendingWrite } from '../autosave/save-queue';
import { useSaveQueue, useSaveQueueSnapshot } from '../autosave/save-queue-provider';
import { WriteKind, WriteTarget, WriteValue } from '../autosave/write-targets';
import { recommendationOptions } from './wrap-up-step';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving'; waiting: number }
  | { kind: 'offline'; waiting: number }
  | { kind: 'retrying'; waiting: number; error: string | null }
  | { kind: 'conflict'; writes: PendingWrite[] }
  | { kind: 'failed'; writes: PendingWrite[] };

/** Where this scorecard's writes stand: one state, the most urgent first. */
export function useScorecardSaveState(scorecardId: string): SaveState {
  const snapshot = useSaveQueueSnapshot();
  return useMemo(() => {
    const writes = snapshot.writes.filter((w) => w.target.scorecardId === scorecardId);
    const conflicts = writes.filter((w) => w.state === 'conflict');
    if (conflicts.length) return { kind: 'conflict', writes: conflicts };
    const failed = writes.filter((w) => w.state === 'failed');
    if (failed.length) return { kind: 'failed', writes: failed };
    if (writes.length === 0) return { kind: 'saved' };
    if (!snapshot.online) return { kind: 'offline', waiting: writes.length };
    const retrying = writes.find((w) => w.attempts > 0);
    if (retrying) return { kind: 'retrying', waiting: writes.length, error: retrying.error };
    return { kind: 'saving', waiting: writes.length };
  }, [snapshot, scorecardId]);
}

const plural = (n: number) => `${n} change${n === 1 ? '' : 's'} waiting`;

/** Saved / saving / offline with N waiting / conflict: in words and an icon, announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  const [icon, color, text] =
    state.kind === 'saved'
      ? [<IconCircleCheck key="i" size={16} />, 'teal.9', 'All changes saved']
      : state.kind === 'saving'
        ? [<IconLoader2 key="i" size={16} />, 'dimmed', 'Saving…']
        : state.kind === 'offline'
          ? [<IconCloudOff key="i" size={16} />, 'orange.9', `Offline · ${plural(state.waiting)}`]
          : state.kind === 'retrying'
            ? [
                <IconCloudOff key="i" size={16} />,
                'orange.9',
                `Not reaching the server · ${plural(state.waiting)}`,
              ]
            : state.kind === 'conflict'
              ? [
                  <IconAlertTriangle key="i" size={16} />,
                  'red.8',
                  'Conflict: choose which version to keep',
                ]
              : [
                  <IconAlertTriangle key="i" size={16} />,
                  'red.8',
                  `Not saved: ${state.writes[0]?.error ?? ''}`,
                ];
  return (
    <Group gap={6} role="status" aria-live="polite" data-save-state={state.kind} wrap="nowrap">
      <Box c={color} display="flex" aria-hidden>
        {icon}
      </Box>
      <Text size="sm">{text}</Text>
    </Group>
  );
}

const describeValue: { [K in WriteKind]: (value: WriteValue<K>) => string } = {
  answer: (answer) => {
    const rating = answer.notAsked
      ? 'Not asked'
      : answer.rating
        ? `Rated ${answer.rating}`
        : 'Not rated';
    return answer.note ? `${rating} · Note: ${answer.note}` : rating;
  },
  scorecard: (wrapUp) => {
    const recommendation = recommendationOptions.find((o) => o.value === wrapUp.recommendation);
    return `Recommendation: ${recommendation?.label ?? 'none'}${wrapUp.summary ? ` · Summary: ${wrapUp.summary}` : ''}`;
  },
};

/** One side of a conflict in words: the value of the write's target, or "—" when none. */
function describe<K extends WriteKind>(target: WriteTarget<K>, value: WriteValue<K> | undefined) {
  return value === undefined ? '—' : describeValue[target.kind](value);
}

/**
 * Someone saved this answer elsewhere (another tab, another device) since this page loaded: both
 * versions side by side, and the user decides. Nothing is overwritten without that choice.
 */
export function ConflictDialog({
  write,
  rubric,
}: {
  write: PendingWrite | undefined;
  rubric: RubricVersion;
}) {
  const queue = useSaveQueue();
  const question =
    write?.target.kind === 'answer'
      ? rubric.categories
          .flatMap((category) => category.questions)
          .find((q) => write.target.kind === 'answer' && q.id === write.target.questionId)
      : undefined;
  return (
    <Modal
      opened={Boolean(write)}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="This answer was changed elsewhere"
      size="lg"
      centered
    >
      {write && (
        <Stack>
          <Text size="sm">
            {question ? `“${question.text}”` : 'The recommendation and summary'} was saved from
            another window after you opened this one. Choose the version to keep.
          </Text>
          <SimpleGrid cols={2}>
            <Paper withBorder p="sm" radius="md">
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                Yours (this window)
              </Text>
              <Text size="sm" data-testid="conflict-mine">
                {describe(write.target, write.desired)}
              </Text>
            </Paper>
            <Paper withBorder p="sm" radius="md">
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                Saved (the other window)
              </Text>
              <Text size="sm" data-testid="conflict-theirs">
                {describe(write.target, write.server?.value)}
              </Text>
            </Paper>
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => queue.resolveConflict(write.id, 'theirs')}>
              Use the saved version
            </Button>
            <Button onClick={() => queue.resolveConflict(write.id, 'mine')} data-autofocus>
              Keep mine
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
