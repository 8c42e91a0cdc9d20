import { needsEvidence } from '@calibrate/contracts';
import { useLocalStorage } from '@mantine/hooks';
import { RefObject, useCallback, useRef, useState } from 'react';

import { InterviewDraft } from '../../autosave/interview-draft';
import { SaveQueue } from '../../autosave/save-queue';
import { firstOpenStep, InterviewStep } from '../../model/interview-steps';

export type InterviewView = 'one' | 'all';

/** Where focus goes on a move: the current card, or its note (a textarea). */
export interface InterviewFocus {
  cardRef: RefObject<HTMLDivElement | null>;
  noteRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * Where the interviewer is: the current step, the layout (one question or all), whether rating
 * moves on, the time spent per question, and the moves between steps (rate, not asked, go to).
 */
export function useInterviewNavigation({
  scorecardId,
  steps,
  draft,
  queue,
  focus: { cardRef, noteRef },
}: {
  scorecardId: string;
  steps: InterviewStep[];
  draft: InterviewDraft;
  queue: SaveQueue;
  focus: InterviewFocus;
}) {
  const [current, setCurrent] = useState(() => firstOpenStep(steps, draft.getAnswer));
  const [view, setView] = useLocalStorage<InterviewView>({
    key: 'calibrate.interview-view',
    defaultValue: 'one',
  });
  const [stay, setStay] = useLocalStorage({
    key: 'calibrate.stay-after-rating',
    defaultValue: false,
  });

  // Time per question: what was spent on each before, and when the current one was opened.
  const spent = useRef(new Map<string, number>());
  const [timing, setTiming] = useState(() => ({ enteredAt: Date.now(), spentBefore: 0 }));
  const step = steps[current] ?? steps[0];

  const goTo = useCallback(
    (index: number, focus: 'card' | 'note' = 'card') => {
      const next = Math.max(0, Math.min(steps.length - 1, index));
      const leaving = steps[current];
      if (leaving?.kind === 'question') {
        const id = leaving.question.id;
        spent.current.set(id, (spent.current.get(id) ?? 0) + Date.now() - timing.enteredAt);
      }
      const entering = steps[next];
      // Moving on is a natural moment to save without waiting for the debounce.
      queue.flush(scorecardId);
      setCurrent(next);
      setTiming({
        enteredAt: Date.now(),
        spentBefore:
          entering?.kind === 'question' ? (spent.current.get(entering.question.id) ?? 0) : 0,
      });
      requestAnimationFrame(() => {
        if (focus === 'note') noteRef.current?.focus();
        else if (view === 'all')
          document
            .querySelector(`[data-question-row="${next}"]`)
            ?.scrollIntoView({ block: 'nearest' });
        else {
          cardRef.current?.focus({ preventScroll: true });
          // A new question starts at the top, with the save status and progress in view.
          window.scrollTo({ top: 0 });
        }
      });
    },
    [current, timing.enteredAt, queue, scorecardId, steps, view, cardRef, noteRef],
  );

  const rate = useCallback(
    (index: number, rating: number) => {
      const target = steps[index];
      if (target?.kind !== 'question') return;
      draft.setAnswer(target.question.id, { rating });
      // A 1 or a 5 waits for its evidence; otherwise on to the next question.
      if (!stay && !needsEvidence(draft.getAnswer(target.question.id))) goTo(index + 1);
    },
    [draft, goTo, stay, steps],
  );

  const markNotAsked = useCallback(
    (index: number) => {
      const target = steps[index];
      if (target?.kind !== 'question') return;
      draft.setAnswer(target.question.id, { notAsked: true });
      if (!stay) goTo(index + 1);
    },
    [draft, goTo, stay, steps],
  );

  return {
    current,
    /** Selects a step without moving focus (a row of the all-questions view). */
    select: setCurrent,
    step,
    questionCount: steps.length - 1,
    timing,
    view,
    setView,
    stay,
    setStay,
    goTo,
    rate,
    markNotAsked,
  };
}

export type InterviewNavigation = ReturnType<typeof useInterviewNavigation>;
