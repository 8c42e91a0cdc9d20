import { useEffect, useState } from 'react';

import { isControlled, onControlled } from '@/lib/offline/service-worker';

import { loadInterviewSession } from './scorecards';

/** A scorecard copied less than this long ago is not copied again. */
const RECOPY_MS = 10 * 60_000;

/**
 * Copies interviews for offline use: loads each one's scorecard, round, rubric version and
 * candidate through the service worker, which keeps them. One interview at a time, so the list's
 * own requests go first; a failure is left for the next time the list opens.
 *
 * The copies go to the worker only, not to the query cache: interview mode's session never
 * refreshes by itself, so seeding it from here would open an interview as old as the list.
 */
export function createOfflineCopier(
  load: (scorecardId: string) => Promise<unknown> = (id) => loadInterviewSession(id),
  now: () => number = Date.now,
) {
  const copied = new Map<string, number>();
  return async (scorecardIds: readonly string[]): Promise<void> => {
    for (const id of scorecardIds) {
      const at = copied.get(id);
      if (at !== undefined && now() - at < RECOPY_MS) continue;
      copied.set(id, now());
      try {
        await load(id);
      } catch {
        copied.delete(id);
      }
    }
  };
}

const copyForOffline = createOfflineCopier();

/**
 * Keeps these interviews available offline while a service worker controls the page (without one,
 * loading them would keep nothing). Called with today's scorecards when My interviews opens.
 */
export function useKeepInterviewsOffline(scorecardIds: readonly string[]): void {
  const [controlled, setControlled] = useState(isControlled);
  useEffect(() => onControlled(() => setControlled(true)), []);
  const key = scorecardIds.join(',');
  useEffect(() => {
    if (!controlled || !key) return;
    // Once the screen has painted and the browser is idle: copying parses four answers per
    // interview on the main thread, which the list's first render should not wait behind.
    return whenIdle(() => void copyForOffline(key.split(',')));
  }, [controlled, key]);
}

/** Runs `work` when the browser is next idle (within 3 s at most); returns a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 200);
  return () => window.clearTimeout(handle);
}

/**
 * Interview mode's own requests are kept when a service worker already controls the page; when
 * one takes control only after the interview loaded (the first visit), this copies it then.
 */
export function useKeepOpenInterviewOffline(scorecardId: string): void {
  useEffect(() => {
    if (isControlled()) return;
    return onControlled(() => void copyForOffline([scorecardId]));
  }, [scorecardId]);
}
