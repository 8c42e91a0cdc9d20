import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback whose identity never changes and which always calls the latest `callback`: for
 * handlers given to memoized children (the candidates table), which would otherwise re-render
 * whenever the parent does because an inline function is new each time. For event handlers only,
 * never during render.
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
