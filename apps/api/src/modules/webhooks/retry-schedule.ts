/** A delivery is retried for this long after it was created, then given up. */
export const RETRY_WINDOW_MS = 24 * 60 * 60_000;
/** The first retry waits this long; each next one twice as long… */
const FIRST_RETRY_MS = 30_000;
/** …up to this (about 14 attempts fit in the day). */
const MAX_RETRY_MS = 4 * 60 * 60_000;

/**
 * When to try a failed delivery again, or null when its day is over. Exponential backoff with
 * "equal jitter" (half fixed, half random): endpoints that failed together (an outage) do not all
 * come back at the same second. `random` is injectable for tests.
 */
export function nextAttemptAt(
  attempts: number,
  createdAt: Date,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  const delay = base / 2 + random() * (base / 2);
  const next = new Date(now.getTime() + delay);
  return next.getTime() - createdAt.getTime() > RETRY_WINDOW_MS ? null : next;
}
