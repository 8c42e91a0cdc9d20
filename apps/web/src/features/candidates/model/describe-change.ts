import { AuditEvent } from '@calibrate/contracts';

/** The fields an event changed, "field: before → after", from its before and after snapshots. */
export function describeChange(event: Pick<AuditEvent, 'before' | 'after'>): string {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const show = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? '—'
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  // Compared as shown: a field absent before and null after (a stage move without a reason)
  // did not change, and "reason: — → —" would say it did.
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => show(before[key]) !== show(after[key]),
  );
  if (event.before === null) return 'Created';
  return keys.map((key) => `${key}: ${show(before[key])} → ${show(after[key])}`).join('; ');
}
