import {
  CandidateOutcomes,
  outcomeDefinitions,
  OutcomeKey,
  outcomeKeys,
  RecordOutcomes,
  recordOutcomesSchema,
} from '@calibrate/contracts';

type ContinuousKey = Exclude<OutcomeKey, 'employedAt30Days' | 'employedAt90Days'>;
type BinaryKey = Extract<OutcomeKey, 'employedAt30Days' | 'employedAt90Days'>;

export const continuousKeys = outcomeKeys.filter(
  (key): key is ContinuousKey => outcomeDefinitions[key].kind === 'continuous',
);
export const binaryKeys = outcomeKeys.filter(
  (key): key is BinaryKey => outcomeDefinitions[key].kind === 'binary',
);

/** A yes/no outcome in the form: "unknown" is not recorded. */
export type Known = 'yes' | 'no' | 'unknown';

/** The form's values: a number input's own value ('' when empty), a yes/no/unknown choice. */
export type OutcomeFormValues = Record<ContinuousKey, number | string> & Record<BinaryKey, Known>;

export const knownLabels: Record<Known, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
};

const known = (value: boolean | null): Known => (value === null ? 'unknown' : value ? 'yes' : 'no');

/** The form's values for what is recorded (empty for a candidate without outcomes). */
export function formValuesOf(outcomes: CandidateOutcomes | undefined): OutcomeFormValues {
  return {
    nestingQaScore: outcomes?.nestingQaScore ?? '',
    averageHandleTimeSeconds: outcomes?.averageHandleTimeSeconds ?? '',
    firstContactResolutionPercent: outcomes?.firstContactResolutionPercent ?? '',
    csatPercent: outcomes?.csatPercent ?? '',
    employedAt30Days: known(outcomes?.employedAt30Days ?? null),
    employedAt90Days: known(outcomes?.employedAt90Days ?? null),
  };
}

const figure = (value: number | string): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
};
const answer = (value: Known): boolean | null => (value === 'unknown' ? null : value === 'yes');

/** The PUT body for the form's values: the whole record, null for every figure not recorded. */
export function recordOf(values: OutcomeFormValues): RecordOutcomes {
  return {
    nestingQaScore: figure(values.nestingQaScore),
    averageHandleTimeSeconds: figure(values.averageHandleTimeSeconds),
    firstContactResolutionPercent: figure(values.firstContactResolutionPercent),
    csatPercent: figure(values.csatPercent),
    employedAt30Days: answer(values.employedAt30Days),
    employedAt90Days: answer(values.employedAt90Days),
  };
}

/**
 * The form's field errors by the contract's own rules (the API applies the same schema), worded
 * from the rule each figure breaks: "At most 100", "A whole number".
 */
export function outcomeErrors(values: OutcomeFormValues): Partial<Record<OutcomeKey, string>> {
  const errors: Partial<Record<OutcomeKey, string>> = {};
  for (const key of continuousKeys) {
    const raw = values[key];
    if (typeof raw === 'string' && raw.trim() !== '' && figure(raw) === null)
      errors[key] = 'Enter a number';
  }
  const parsed = recordOutcomesSchema.safeParse(recordOf(values));
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as OutcomeKey | undefined;
    if (!key || errors[key]) continue;
    if (issue.code === 'too_small') errors[key] = `At least ${String(issue.minimum)}`;
    else if (issue.code === 'too_big') errors[key] = `At most ${String(issue.maximum)}`;
    else if (issue.code === 'invalid_type' && issue.expected === 'int')
      errors[key] = 'A whole number';
    else errors[key] = issue.message;
  }
  return errors;
}

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** A recorded figure for reading: "82", "412 s", "78%", "Yes"; "Not recorded" when there is none. */
export function formatOutcomeValue(key: OutcomeKey, value: number | boolean | null): string {
  if (value === null) return 'Not recorded';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const unit = outcomeDefinitions[key].unit;
  if (unit === '%') return `${plain.format(value)}%`;
  if (unit === 'seconds') return `${plain.format(value)} s`;
  return plain.format(value);
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "Recorded by Ana Reyes on 3 Nov 2026"; null until someone records them. */
export function recordedLine(outcomes: CandidateOutcomes): string | null {
  if (!outcomes.recordedAt) return null;
  const date = day.format(new Date(outcomes.recordedAt));
  return outcomes.recordedBy
    ? `Recorded by ${outcomes.recordedBy.name} on ${date}`
    : `Recorded on ${date}`;
}
