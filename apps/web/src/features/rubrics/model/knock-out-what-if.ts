import { RubricKnockOutWhatIf, RubricVersion } from '@calibrate/contracts';

import { plural } from '@/lib/plural';

/** The knock-out rules of a version as saved: what the what-if counts, as a stable key. */
export function knockOutRulesKey(version: Pick<RubricVersion, 'categories'>): string {
  return version.categories
    .flatMap((category) => category.questions)
    .filter((question) => question.knockOutMinRating !== null)
    .map((question) => `${question.id}:${question.knockOutMinRating}`)
    .join(',');
}

/** "3.5%": one decimal below 10%, none above; "0%" of nobody. */
export function percentOf(count: number, of: number): string {
  if (of === 0) return '0%';
  const percent = (count / of) * 100;
  return `${percent < 10 ? Number(percent.toFixed(1)) : Math.round(percent)}%`;
}

/**
 * "These rules would have knocked out 12 of 340 past candidates (3.5%)", or, when the API read
 * only the most recent rounds, "… of 4,870 candidates (6.4%) rated in the 5,000 most recent rounds".
 */
export function describeRubricWhatIf(whatIf: RubricKnockOutWhatIf): string {
  if (whatIf.candidatesRated === 0)
    return 'No past candidate has a submitted rating of these questions yet: nothing to count.';
  const rules = whatIf.questions.length === 1 ? 'This rule' : 'These rules';
  if (whatIf.olderRoundsLeftOut)
    return `${rules} would have knocked out ${whatIf.knockedOut.toLocaleString('en')} of ${plural(
      whatIf.candidatesRated,
      'candidate',
    )} (${percentOf(whatIf.knockedOut, whatIf.candidatesRated)}) rated in the ${whatIf.roundsRead.toLocaleString(
      'en',
    )} most recent rounds of this rubric.`;
  return `${rules} would have knocked out ${whatIf.knockedOut.toLocaleString('en')} of ${plural(
    whatIf.candidatesRated,
    'past candidate',
  )} (${percentOf(whatIf.knockedOut, whatIf.candidatesRated)}).`;
}

/** One question's line: "8 of 300 rated (2.7%)". */
export function describeQuestionWhatIf(question: RubricKnockOutWhatIf['questions'][number]) {
  if (question.candidatesRated === 0) return 'Nobody rated on it yet';
  return `${question.knockedOut.toLocaleString('en')} of ${question.candidatesRated.toLocaleString(
    'en',
  )} rated (${percentOf(question.knockedOut, question.candidatesRated)})`;
}
