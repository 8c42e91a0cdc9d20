import { CandidateSummary } from '@calibrate/contracts';

export const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
export const score100 = (value: number | null) => (value === null ? '—' : value.toFixed(0));
export const score5 = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** Names who did something: "System", "You", a colleague's name or "A colleague". */
export type PersonName = (userId: string | null) => string;

/**
 * Whether the latest calibration knows any of the candidate's interviewers: only then does a
 * corrected score differ from the raw one in a way worth showing (before the first fit, or with
 * only interviewers outside the main group, nothing is taken out).
 */
export function hasLeniencyFigures(rounds: CandidateSummary['rounds']): boolean {
  return rounds.some((round) =>
    round.interviewers.some(
      (interviewer) => interviewer.leniency !== null && interviewer.weightedScore100 !== null,
    ),
  );
}

/** "72 raw · 66 corrected"; null when there is no corrected score to show. */
export function rawAndCorrected(raw: number | null, corrected: number | null): string | null {
  if (raw === null || corrected === null) return null;
  return `${score100(raw)} raw · ${score100(corrected)} corrected`;
}
