import {
  CefrLevel,
  JobKnockOutRules,
  jobKnockOutRulesSchema,
  JobKnockOutWhatIf,
  JobKnockOutWhatIfQuery,
  JobShift,
} from '@calibrate/contracts';

import { plural } from '@/lib/plural';

import { shiftLabels } from './job-labels';

/** The rules as the form holds them: a blank typing speed ('') is no minimum. */
export type JobKnockOutRulesValues = {
  minLanguageLevel: CefrLevel | null;
  requireShift: boolean;
  minTypingWpm: number | string;
};

/** A typing minimum the API takes (the contract's range), or null for blank or out of range. */
function typingMinimum(value: number | string): number | null {
  if (typeof value === 'string' && value.trim() === '') return null;
  const parsed = jobKnockOutRulesSchema.shape.minTypingWpm.safeParse(Number(value));
  return parsed.success ? parsed.data : null;
}

export function toKnockOutRules(values: JobKnockOutRulesValues): JobKnockOutRules {
  return {
    minLanguageLevel: values.minLanguageLevel,
    requireShift: values.requireShift,
    minTypingWpm: values.minTypingWpm === '' ? null : Number(values.minTypingWpm),
  };
}

/**
 * The what-if's query for the rules as typed: only the rules that are set (a typing speed the API
 * would refuse is left out until it is fixed); null when no rule is set.
 */
export function whatIfQuery(values: JobKnockOutRulesValues): JobKnockOutWhatIfQuery | null {
  const query: JobKnockOutWhatIfQuery = {};
  if (values.minLanguageLevel) query.minLanguageLevel = values.minLanguageLevel;
  if (values.requireShift) query.requireShift = 'true';
  const wpm = typingMinimum(values.minTypingWpm);
  if (wpm !== null) query.minTypingWpm = wpm;
  return Object.keys(query).length ? query : null;
}

/**
 * "Would knock out 9 of 64 candidates of this job: 4 language, 3 shift, 2 typing": the parts for
 * the rules asked about (a candidate missing two rules counts in both, once in the total).
 */
export function describeJobWhatIf(
  whatIf: JobKnockOutWhatIf,
  query: JobKnockOutWhatIfQuery,
): string {
  if (whatIf.candidates === 0) return 'This job has no active candidates to count yet.';
  const parts = [
    query.minLanguageLevel ? `${whatIf.language.toLocaleString('en')} language` : null,
    query.requireShift === 'true' ? `${whatIf.shift.toLocaleString('en')} shift` : null,
    query.minTypingWpm !== undefined ? `${whatIf.typing.toLocaleString('en')} typing` : null,
  ].filter((part) => part !== null);
  const total = `Would knock out ${whatIf.knockedOut.toLocaleString('en')} of ${plural(
    whatIf.candidates,
    'candidate',
  )} of this job`;
  return whatIf.knockedOut === 0 || parts.length < 2
    ? `${total}.`
    : `${total}: ${parts.join(', ')}.`;
}

/** The job's minimum facts in words ("English B2 or better, night shift, 30 WPM or more"). */
export function describeJobKnockOutRules(
  rules: JobKnockOutRules,
  job: { language: string; shift: JobShift },
): string {
  const parts = [
    rules.minLanguageLevel ? `${job.language} ${rules.minLanguageLevel} or better` : null,
    rules.requireShift ? `available for the ${shiftLabels[job.shift].toLowerCase()} shift` : null,
    rules.minTypingWpm !== null ? `types ${rules.minTypingWpm} WPM or more` : null,
  ].filter((part) => part !== null);
  return parts.length ? parts.join('; ') : 'None';
}
