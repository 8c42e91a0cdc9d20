import { Candidate, CandidateDetail, CandidateStage } from '@calibrate/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormEvent, ReactNode, useState } from 'react';

import { useChangeStage } from '../api/change-stage';
import { stageLabels } from '../model/labels';

/** How long a move can be undone from its notification. */
export const UNDO_WINDOW_MS = 8000;

type Movable = Pick<Candidate, 'id' | 'name' | 'stage'>;

interface PendingReason {
  candidate: Movable;
  to: CandidateStage;
}

/**
 * Moving a candidate between stages, the same from the board's drag and drop and from a card's
 * menu: a reject asks for a reason first; every move is saved (and audited) by the API at once and
 * can be undone for a few seconds from its notification.
 */
export function useMoveCandidate(): {
  move: (candidate: Movable, to: CandidateStage) => void;
  dialog: ReactNode;
} {
  const changeStage = useChangeStage();
  const [pending, setPending] = useState<PendingReason | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const save = (candidate: Movable, to: CandidateStage, reasonText?: string) => {
    const from = candidate.stage;
    changeStage.mutate(
      { candidateId: candidate.id, stage: to, reason: reasonText },
      {
        onSuccess: (saved) => {
          setPending(null);
          announceMove(saved, from, () =>
            changeStage.mutate(
              { candidateId: candidate.id, stage: from, reason: reasonInto(saved, from) },
              {
                onSuccess: () =>
                  notifications.show({
                    position: 'bottom-left',
                    message: `${candidate.name} is back in ${stageLabels[from]}.`,
                  }),
              },
            ),
          );
        },
      },
    );
  };

  const move = (candidate: Movable, to: CandidateStage) => {
    if (candidate.stage === to) return;
    if (to === 'rejected') {
      setReason('');
      setReasonError(null);
      setPending({ candidate, to });
      return;
    }
    save(candidate, to);
  };

  const submitReason = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) return;
    if (!reason.trim()) {
      setReasonError('Give a reason for rejecting.');
      return;
    }
    save(pending.candidate, pending.to, reason.trim());
  };

  const dialog = (
    <Modal
      opened={pending !== null}
      onClose={() => setPending(null)}
      title={pending ? `Reject ${pending.candidate.name}` : ''}
      centered
    >
      <form onSubmit={submitReason} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            The reason is kept in the candidate’s history and audit trail.
          </Text>
          <Textarea
            label="Reason"
            placeholder="e.g. Typing speed under 25 WPM"
            required
            autosize
            minRows={2}
            maxLength={1000}
            data-autofocus
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={changeStage.isPending}>
              Reject
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );

  return { move, dialog };
}

/** Undoing a move back into a stage that needs a reason reuses the reason it had. */
function reasonInto(saved: CandidateDetail, stage: CandidateStage): string | undefined {
  const entered = saved.stageHistory.findLast((event) => event.toStage === stage);
  return entered?.reason ?? (stage === 'rejected' ? 'Move undone' : undefined);
}

function announceMove(saved: CandidateDetail, from: CandidateStage, undo: () => void) {
  const id = `moved-${saved.id}-${Date.now()}`;
  notifications.show({
    id,
    autoClose: UNDO_WINDOW_MS,
    // Bottom left, over the navigation's empty foot: the top right holds the account menu, and
    // the board's columns fill the middle.
    position: 'bottom-left',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
          Moved {saved.name} from {stageLabels[from]} to {stageLabels[saved.stage]}.
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          // A long name must wrap the sentence, never squeeze the button's word.
          style={{ flexShrink: 0 }}
          onClick={() => {
            notifications.hide(id);
            undo();
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
