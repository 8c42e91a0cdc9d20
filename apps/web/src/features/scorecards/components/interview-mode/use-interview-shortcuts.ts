import { InterviewDraft } from '../../autosave/interview-draft';
import { InterviewAction, useInterviewKeys } from '../../keyboard/interview-keys';
import { recommendationOptions } from '../wrap-up-step';
import { InterviewFocus, InterviewNavigation } from './use-interview-navigation';

/** The keyboard in interview mode: each action of `useInterviewKeys` on the current step. */
export function useInterviewShortcuts({
  nav,
  focus: { cardRef, noteRef },
  draft,
  paused,
  openHelp,
  openSubmit,
}: {
  nav: InterviewNavigation;
  focus: InterviewFocus;
  draft: InterviewDraft;
  /** A dialog is open: it has the keyboard. */
  paused: boolean;
  openHelp: () => void;
  openSubmit: () => void;
}) {
  const { current, step, view } = nav;
  const onAction = (action: InterviewAction) => {
    if (paused) return;
    switch (action.type) {
      case 'rate':
        if (step?.kind === 'wrap-up') {
          const option = recommendationOptions[action.rating - 1];
          if (option) draft.setWrapUp({ recommendation: option.value });
        } else nav.rate(current, action.rating);
        return;
      case 'not-asked':
        nav.markNotAsked(current);
        return;
      case 'next':
        nav.goTo(current + 1);
        return;
      case 'previous':
        nav.goTo(current - 1);
        return;
      case 'focus-note':
        if (view === 'all')
          document
            .querySelector<HTMLTextAreaElement>(`[data-question-row="${current}"] textarea`)
            ?.focus();
        else noteRef.current?.focus();
        return;
      case 'leave-note':
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        cardRef.current?.focus({ preventScroll: true });
        return;
      case 'help':
        openHelp();
        return;
      case 'submit':
        openSubmit();
        return;
    }
  };
  useInterviewKeys(onAction);
}
