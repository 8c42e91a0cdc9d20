const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; dates older than two weeks in full. */
export function formatRelativeDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const elapsed = Math.abs(seconds);
  if (elapsed < 45) return 'just now';
  if (elapsed > 14 * 24 * 60 * 60) return absolute.format(date);
  for (let index = units.length - 1; index >= 0; index -= 1) {
    const [unit, size] = units[index] ?? ['minute', 60];
    if (elapsed >= size || unit === 'minute')
      return relative.format(Math.round(seconds / size), unit);
  }
  return absolute.format(date);
}

const dateTime = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "Tue, Dec 1, 08:29 AM UTC": a moment in the browser’s time zone, named so it cannot be misread. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });
const dayAndTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One format for a date in a column: "Nov 28, 2026", whatever its age, so a column never mixes
 * "3 days ago" with "Oct 2, 2026". The time goes in `formatDayAndTime`, for a title.
 */
export function formatDay(iso: string): string {
  return day.format(new Date(iso));
}

/** The full date, year included, and time in the browser's time zone: "Nov 28, 2026, 2:05 PM". */
export function formatDayAndTime(iso: string): string {
  return dayAndTime.format(new Date(iso));
}
