import { act, render, screen } from '@testing-library/react';

import { useDeferredWithDeadline } from './use-deferred-with-deadline';

// A transition that never commits, as on a starved CPU where other updates keep interrupting it:
// React's deferred value stays at what the first render showed.
jest.mock('react', () => {
  const actual = jest.requireActual<typeof import('react')>('react');
  return {
    ...actual,
    useDeferredValue: <T,>(value: T, initial?: T) => {
      const first = actual.useRef({ value: initial === undefined ? value : initial });
      return first.current.value;
    },
  };
});

function Shown({ loaded }: { loaded: boolean }) {
  const shown = useDeferredWithDeadline(loaded, false, 1000);
  return <p>{shown ? 'content' : 'skeleton'}</p>;
}

describe('useDeferredWithDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows the new value by the deadline when the deferred render has not come', () => {
    const { rerender } = render(<Shown loaded={false} />);
    rerender(<Shown loaded />);
    expect(screen.getByText('skeleton')).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(999));
    expect(screen.getByText('skeleton')).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(1));
    expect(screen.getByText('content')).toBeInTheDocument();
  });

  it('starts no timer while the value has not changed', () => {
    render(<Shown loaded={false} />);
    act(() => jest.advanceTimersByTime(5000));
    expect(screen.getByText('skeleton')).toBeInTheDocument();
  });
});
