import { CandidateDetail, UpdateCandidate } from '@calibrate/contracts';

/** The edit form's values: inputs hold strings and '' where the candidate has null. */
export interface EditValues {
  name: string;
  email: string;
  phone: string;
  source: string | null;
  languages: { language: string; level: string }[];
  shiftAvailability: string[];
  typingWpm: number | string;
  notes: string;
}

export function editValuesOf(candidate: CandidateDetail): EditValues {
  return {
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone ?? '',
    source: candidate.source,
    languages: candidate.languages,
    shiftAvailability: candidate.shiftAvailability,
    typingWpm: candidate.typingWpm ?? '',
    notes: candidate.notes,
  };
}

export function toPatch(values: EditValues): UpdateCandidate {
  return {
    name: values.name,
    email: values.email,
    phone: values.phone.trim() ? values.phone : null,
    source: (values.source as UpdateCandidate['source']) ?? null,
    languages: values.languages as UpdateCandidate['languages'],
    shiftAvailability: values.shiftAvailability as UpdateCandidate['shiftAvailability'],
    typingWpm: typeof values.typingWpm === 'number' ? values.typingWpm : null,
    notes: values.notes,
  };
}

/** Only the fields the form changed, so a save overwrites nothing else. */
export function changedFields(next: UpdateCandidate, before: UpdateCandidate): UpdateCandidate {
  return Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) =>
        JSON.stringify(value) !== JSON.stringify(before[key as keyof UpdateCandidate]),
    ),
  ) as UpdateCandidate;
}

export type ConflictingFields = Partial<Record<keyof UpdateCandidate, unknown>>;

/** Of the fields this edit changes, those someone else changed too (their values). */
export function changedSince(
  patch: UpdateCandidate,
  opened: UpdateCandidate,
  current: Partial<UpdateCandidate>,
): ConflictingFields {
  const conflicting: ConflictingFields = {};
  for (const key of Object.keys(patch) as (keyof UpdateCandidate)[]) {
    if (key in current && JSON.stringify(current[key]) !== JSON.stringify(opened[key]))
      conflicting[key] = current[key];
  }
  return conflicting;
}

export const fieldLabels: Record<keyof UpdateCandidate, string> = {
  name: 'Full name',
  email: 'Email',
  phone: 'Phone',
  jobId: 'Job',
  source: 'Source',
  languages: 'Languages',
  shiftAvailability: 'Shift availability',
  typingWpm: 'Typing speed',
  notes: 'Notes',
};

/** A field's value as a sentence shows it: “text”, a list, or "empty". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (Array.isArray(value))
    return value.length === 0
      ? 'empty'
      : value
          .map((item: unknown) =>
            typeof item === 'object' && item !== null
              ? Object.values(item as Record<string, unknown>).join(' ')
              : String(item),
          )
          .join(', ');
  return `“${String(value)}”`;
}
