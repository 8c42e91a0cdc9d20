import { useDeferredValue, useEffect, useState } from 'react';

/**
 * `useDeferredValue` with a deadline: the new value renders in a transition, in slices between
 * which the browser paints and takes input (the screens' first content, issue 22), but no later
 * than `maxDelayMs` after it arrived; then an urgent render shows it. On a starved CPU a
 * transition that other updates keep interrupting (timers, other queries, live events) held a
 * list's skeleton 2–15 s after its data was there (browser tests at a load average of 12 failed
 * on it). `initialValue`: what the first render shows, as useDeferredValue's second argument.
 */
export function useDeferredWithDeadline<T>(value: T, initialValue?: T, maxDelayMs = 1000): T {
  const deferred = useDeferredValue(value, initialValue);
  const [forced, setForced] = useState<{ value: T } | null>(null);
  const lagging = !Object.is(deferred, value);
  useEffect(() => {
    if (!lagging) return;
    const timer = setTimeout(() => setForced({ value }), maxDelayMs);
    return () => clearTimeout(timer);
  }, [lagging, value, maxDelayMs]);
  return forced && Object.is(forced.value, value) ? value : deferred;
}
