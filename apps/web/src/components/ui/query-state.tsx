import { Skeleton } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { ReactNode } from 'react';

import { useDeferredWithDeadline } from '@/lib/use-deferred-with-deadline';

import { ErrorAlert } from './error-alert';

interface QueryStateProps<T> {
  query: Pick<UseQueryResult<T>, 'isPending' | 'isError' | 'data' | 'refetch'>;
  /** Shown while the first load is on its way (default: a skeleton of `loadingHeight`). */
  loading?: ReactNode;
  loadingHeight?: number;
  /** Accessible name of the default skeleton, e.g. "Loading candidates". */
  loadingLabel?: string;
  /** The error's title, e.g. "Could not load the candidates". */
  errorTitle: string;
  errorMessage?: string;
  /** When the data has nothing to show, and what to show instead. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The one place a screen's query becomes loading, error, empty or content: every screen shows
 * the same skeleton, the same retry and the same empty state instead of its own ternaries.
 *
 * The first content renders deferred: the skeleton stays while React renders it in a transition,
 * in slices between which the browser paints and takes input (at most a second: see
 * `useDeferredWithDeadline`).
 * Without it, an answer's arrival rendered the whole screen in one task (a query's update is
 * synchronous): 100–200 ms on this VM, four times that on Lighthouse's mid-range phone.
 */
export function QueryState<T>({
  query,
  loading,
  loadingHeight = 160,
  loadingLabel = 'Loading',
  errorTitle,
  errorMessage = 'Check your connection and try again.',
  isEmpty,
  empty,
  children,
}: QueryStateProps<T>) {
  // Only the first arrival is deferred; later answers (refetches, saves) show as they come.
  const loaded = query.data !== undefined;
  const shown = useDeferredWithDeadline(loaded);
  const arriving = loaded && !shown;
  if (query.isPending || arriving)
    return <>{loading ?? <Skeleton height={loadingHeight} aria-label={loadingLabel} />}</>;
  if (query.isError || query.data === undefined)
    return (
      <ErrorAlert title={errorTitle} message={errorMessage} onAction={() => void query.refetch()} />
    );
  if (isEmpty?.(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
