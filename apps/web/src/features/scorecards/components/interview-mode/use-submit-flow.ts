import { RefObject, useState } from 'react';

import { ApiError } from '@/lib/api-client';

import { useSubmitScorecard } from '../../api/scorecards';
import { InterviewDraft } from '../../autosave/interview-draft';
import { SaveQueue } from '../../autosave/save-queue';
import { InterviewStep, missingForSubmit, MissingItem } from '../../model/interview-steps';
import { SubmitPhase } from '../submit-dialog';

/** Submitting: review what is missing, save every answer first, then lock the scorecard. */
export function useSubmitFlow({
  scorecardId,
  steps,
  draft,
  queue,
  goTo,
  noteRef,
}: {
  scorecardId: string;
  steps: InterviewStep[];
  draft: InterviewDraft;
  queue: SaveQueue;
  goTo: (index: number) => void;
  noteRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const [phase, setPhase] = useState<SubmitPhase>({ kind: 'closed' });
  const submit = useSubmitScorecard();
  const missing = () => missingForSubmit(steps, draft.getAnswer, draft.getWrapUp());

  const open = () => setPhase({ kind: 'review', missing: missing() });
  const close = () => setPhase({ kind: 'closed' });

  const confirm = async () => {
    setPhase({ kind: 'saving' });
    // Every answer must be on the server before the scorecard is locked.
    if (!(await queue.settle(scorecardId))) {
      setPhase({
        kind: 'error',
        message:
          'Some changes are not saved yet (offline, or a conflict to resolve). They are kept; submit again once they are saved.',
        missing: [],
      });
      return;
    }
    submit.mutate(
      { scorecardId, version: draft.scorecardVersion },
      {
        onSuccess: close,
        onError: (error) =>
          setPhase({
            kind: 'error',
            message: error.message,
            missing:
              error instanceof ApiError && error.code === 'SCORECARD_INCOMPLETE' ? missing() : [],
          }),
      },
    );
  };

  const jumpTo = (item: MissingItem) => {
    close();
    goTo(item.stepIndex);
    if (item.kind === 'evidence') requestAnimationFrame(() => noteRef.current?.focus());
  };

  return { phase, open, close, confirm, jumpTo };
}

export type SubmitFlow = ReturnType<typeof useSubmitFlow>;
