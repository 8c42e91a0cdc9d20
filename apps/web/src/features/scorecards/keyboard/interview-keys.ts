import { useEffect, useLayoutEffect, useRef } from 'react';

export type InterviewAction =
  | { type: 'rate'; rating: 1 | 2 | 3 | 4 | 5 }
  | { type: 'not-asked' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'focus-note' }
  | { type: 'leave-note' }
  | { type: 'help' }
  | { type: 'submit' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * Where the key was pressed: in a text field only Esc (and Ctrl+Enter) mean something; on a button
 * or radio, Enter, Space and arrows keep their usual meaning; in a dialog nothing is intercepted.
 */
export type KeyContext = 'page' | 'control' | 'text' | 'dialog';

export const shortcuts: { keys: string[]; does: string }[] = [
  { keys: ['1', '2', '3', '4', '5'], does: 'Rate the question (and go to the next one)' },
  { keys: ['0', 'N'], does: 'Mark the question not asked' },
  { keys: ['J', '↓', '→'], does: 'Next question' },
  { keys: ['K', '↑', '←'], does: 'Previous question' },
  { keys: ['Enter'], does: 'Write a note for this question' },
  { keys: ['Esc'], does: 'Leave the note' },
  { keys: ['Ctrl', 'Enter'], does: 'Submit the scorecard (on the wrap-up step)' },
  { keys: ['?'], does: 'Show these shortcuts' },
];

/** What a key press means in interview mode, or null to leave it to the browser. */
export function actionForKey(input: KeyInput, context: KeyContext): InterviewAction | null {
  if (context === 'dialog') return null;
  if (input.key === 'Enter' && (input.ctrlKey || input.metaKey)) return { type: 'submit' };
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (context === 'text') return input.key === 'Escape' ? { type: 'leave-note' } : null;
  switch (input.key) {
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
      return { type: 'rate', rating: Number(input.key) as 1 | 2 | 3 | 4 | 5 };
    case '0':
    case 'n':
    case 'N':
      return { type: 'not-asked' };
    case 'j':
    case 'J':
      return { type: 'next' };
    case 'k':
    case 'K':
      return { type: 'previous' };
    case '?':
      return { type: 'help' };
  }
  if (context === 'control') return null;
  switch (input.key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { type: 'next' };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { type: 'previous' };
    case 'Enter':
      return { type: 'focus-note' };
  }
  return null;
}

/** Inputs that are switched, not typed into: rating keys still work on them. */
const toggleInputs = '[type="checkbox"], [type="radio"], [type="button"], [type="submit"]';

export function keyContextOf(target: EventTarget | null): KeyContext {
  if (!(target instanceof HTMLElement)) return 'page';
  if (target.closest('[role="dialog"], [role="menu"], [role="listbox"]')) return 'dialog';
  if (target.matches('button, a[href], [role="radio"], [role="button"], [role="tab"]'))
    return 'control';
  if (target.matches(`input:is(${toggleInputs})`)) return 'control';
  if (target.isContentEditable || target.matches('textarea, input, select')) return 'text';
  return 'page';
}

/** Listens for interview shortcuts on the whole page while `enabled`. */
export function useInterviewKeys(onAction: (action: InterviewAction) => void, enabled = true) {
  const handler = useRef(onAction);
  // Updated before the browser can deliver the next key, so a fast typist never hits a stale step.
  useLayoutEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = actionForKey(event, keyContextOf(event.target));
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
