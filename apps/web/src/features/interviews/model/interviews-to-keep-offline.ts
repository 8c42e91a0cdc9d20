import { MyInterview } from '@calibrate/contracts';

import { sameDay } from './group-my-interviews';

/** At most this many interviews are copied for offline use when My interviews opens. */
export const OFFLINE_INTERVIEWS_LIMIT = 12;

/**
 * The scorecards worth having offline: today's rounds (the nearest first) and, after them, rounds
 * that took place and are still to score (the latest first). Later days and rounds that will not
 * happen are left to load when they come.
 */
export function interviewsToKeepOffline(open: MyInterview[], now = new Date()): string[] {
  const scorable = open.filter(
    (item) =>
      item.scorecardStatus === 'draft' &&
      (item.roundStatus === 'scheduled' || item.roundStatus === 'completed'),
  );
  const distance = (item: MyInterview) => Math.abs(Date.parse(item.scheduledAt) - now.getTime());
  const today = scorable
    .filter((item) => sameDay(new Date(item.scheduledAt), now))
    .sort((a, b) => distance(a) - distance(b));
  const owed = scorable
    .filter((item) => new Date(item.scheduledAt) < now && !sameDay(new Date(item.scheduledAt), now))
    .sort((a, b) => Date.parse(b.scheduledAt) - Date.parse(a.scheduledAt));
  return [...today, ...owed].slice(0, OFFLINE_INTERVIEWS_LIMIT).map((item) => item.scorecardId);
}
