import { MyInterview } from '@calibrate/contracts';

export const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** Owed first: past rounds still to score (overdue ones lead), then today, then later. */
export function groupMyInterviews(open: MyInterview[], now = new Date()) {
  const past = open.filter((item) => new Date(item.scheduledAt) <= now);
  const future = open.filter((item) => new Date(item.scheduledAt) > now);
  return {
    toScore: past,
    today: future.filter((item) => sameDay(new Date(item.scheduledAt), now)),
    upcoming: future.filter((item) => !sameDay(new Date(item.scheduledAt), now)),
  };
}
