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
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (event.before === null) return 'Created';
  return keys.map((key) => `${key}: ${show(before[key])} → ${show(after[key])}`).join('; ');
}
