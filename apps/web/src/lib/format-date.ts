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
