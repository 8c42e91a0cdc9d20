import { AuditEvent, outcomeDefinitions } from '@calibrate/contracts';

/** A field as a person reads it: outcomes by their label, other fields by their name. */
const fieldLabel = (key: string) =>
  key in outcomeDefinitions
    ? outcomeDefinitions[key as keyof typeof outcomeDefinitions].label
    : key;

/** The fields an event changed, "field: before → after", from its before and after snapshots. */
export function describeChange(event: Pick<AuditEvent, 'before' | 'after'>): string {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const show = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? '—'
      : typeof value === 'string'
        ? value
        : typeof value === 'boolean'
          ? value
            ? 'Yes'
            : 'No'
          : JSON.stringify(value);
  // Compared as shown: a field absent before and null after (a stage move without a reason)
  // did not change, and "reason: — → —" would say it did.
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => show(before[key]) !== show(after[key]),
  );
  const outcomesOnly = keys.length > 0 && keys.every((key) => key in outcomeDefinitions);
  if (event.before === null && !outcomesOnly) return 'Created';
  // The first record of a hire's outcomes: what was recorded, without "— →" before each.
  if (event.before === null)
    return keys.map((key) => `${fieldLabel(key)}: ${show(after[key])}`).join('; ');
  return keys
    .map((key) => `${fieldLabel(key)}: ${show(before[key])} → ${show(after[key])}`)
    .join('; ');
}
