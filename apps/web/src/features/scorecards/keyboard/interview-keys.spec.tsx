import { fireEvent, render, screen } from '@testing-library/react';

import { actionForKey, InterviewAction, keyContextOf, useInterviewKeys } from './interview-keys';

describe('actionForKey', () => {
  it.each([
    ['1', { type: 'rate', rating: 1 }],
    ['5', { type: 'rate', rating: 5 }],
    ['0', { type: 'not-asked' }],
    ['n', { type: 'not-asked' }],
    ['j', { type: 'next' }],
    ['ArrowDown', { type: 'next' }],
    ['ArrowRight', { type: 'next' }],
    ['k', { type: 'previous' }],
    ['ArrowUp', { type: 'previous' }],
    ['Enter', { type: 'focus-note' }],
    ['?', { type: 'help' }],
  ])('on the page, %s means %j', (key, action) => {
    expect(actionForKey({ key }, 'page')).toEqual(action);
  });

  it('ignores 6–9, letters without a meaning, and browser shortcuts', () => {
    for (const key of ['6', '9', 'x', 'Tab', ' ']) expect(actionForKey({ key }, 'page')).toBeNull();
    expect(actionForKey({ key: '1', ctrlKey: true }, 'page')).toBeNull();
    expect(actionForKey({ key: 'j', metaKey: true }, 'page')).toBeNull();
    expect(actionForKey({ key: 'r', ctrlKey: true }, 'page')).toBeNull();
  });

  it('while typing a note, only Esc leaves it and Ctrl+Enter submits', () => {
    expect(actionForKey({ key: '3' }, 'text')).toBeNull();
    expect(actionForKey({ key: 'j' }, 'text')).toBeNull();
    expect(actionForKey({ key: 'Enter' }, 'text')).toBeNull();
    expect(actionForKey({ key: 'Escape' }, 'text')).toEqual({ type: 'leave-note' });
    expect(actionForKey({ key: 'Enter', ctrlKey: true }, 'text')).toEqual({ type: 'submit' });
  });

  it('on a focused button, Enter and arrows keep their usual meaning but ratings still work', () => {
    expect(actionForKey({ key: 'Enter' }, 'control')).toBeNull();
    expect(actionForKey({ key: 'ArrowDown' }, 'control')).toBeNull();
    expect(actionForKey({ key: '4' }, 'control')).toEqual({ type: 'rate', rating: 4 });
  });

  it('leaves dialogs alone', () => {
    expect(actionForKey({ key: '3' }, 'dialog')).toBeNull();
    expect(actionForKey({ key: 'Escape' }, 'dialog')).toBeNull();
  });
});

function Harness({ onAction }: { onAction: (action: InterviewAction) => void }) {
  useInterviewKeys(onAction);
  return (
    <div>
      <button type="button">Rate 3</button>
      <textarea aria-label="Note" />
      <input type="checkbox" role="switch" aria-label="Stay" />
      <input type="text" aria-label="Search" />
      <div role="dialog">
        <input aria-label="Reason" />
      </div>
    </div>
  );
}

describe('useInterviewKeys', () => {
  it('turns key presses into actions according to where focus is', () => {
    const actions: InterviewAction[] = [];
    render(<Harness onAction={(action) => actions.push(action)} />);
    fireEvent.keyDown(document.body, { key: '2' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: '2' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'Escape' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Reason' }), { key: 'Escape' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Rate 3' }), { key: 'Enter' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(actions).toEqual([
      { type: 'rate', rating: 2 },
      { type: 'leave-note' },
      { type: 'focus-note' },
    ]);
  });

  it('prevents the browser default only for keys it handles', () => {
    render(<Harness onAction={() => undefined} />);
    expect(fireEvent.keyDown(document.body, { key: 'j' })).toBe(false);
    expect(fireEvent.keyDown(document.body, { key: 'x' })).toBe(true);
  });

  it('classifies focus targets', () => {
    render(<Harness onAction={() => undefined} />);
    expect(keyContextOf(screen.getByRole('textbox', { name: 'Note' }))).toBe('text');
    expect(keyContextOf(screen.getByRole('button'))).toBe('control');
    expect(keyContextOf(screen.getByRole('textbox', { name: 'Reason' }))).toBe('dialog');
    expect(keyContextOf(document.body)).toBe('page');
    expect(keyContextOf(screen.getByRole('switch', { name: 'Stay' }))).toBe('control');
    expect(keyContextOf(screen.getByRole('textbox', { name: 'Search' }))).toBe('text');
  });
});
