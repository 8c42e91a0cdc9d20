import { Comparison } from '@calibrate/contracts';

type ComparedRound = Comparison['candidates'][number]['rounds'][number];
type InterviewerResult = ComparedRound['interviewers'][number];

/** A leniency in rating points, signed, one decimal: "+0.4", "−0.2", "0.0". */
export function formatLeniency(leniency: number): string {
  const rounded = Math.round(leniency * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

export type LeniencyFlag = 'not yet calibrated' | 'outside main group';

export interface LeniencyView {
  /** "+0.4", or null when the latest fit has no comparable figure for them. */
  value: string | null;
  /** What to be careful about, in words. */
  flags: LeniencyFlag[];
  /** The figure in a sentence, for a tooltip or a screen reader. */
  description: string;
}

/**
 * An interviewer's leniency as the comparison shows it. `calibrated` null: not in the latest fit
 * at all; false: too few linked scorecards (barely corrected); leniency null with `calibrated`
 * set: outside the main connected group (not corrected, no common reference).
 */
export function leniencyView({
  leniency,
  calibrated,
}: Pick<InterviewerResult, 'leniency' | 'calibrated'>): LeniencyView {
  const flags: LeniencyFlag[] = [];
  if (calibrated !== true) flags.push('not yet calibrated');
  if (calibrated !== null && leniency === null) flags.push('outside main group');
  if (leniency === null) {
    const description =
      calibrated === null
        ? 'Not in the latest calibration: their scores are not corrected.'
        : 'Shares no candidates with the main group of interviewers: leniency unknown, not corrected.';
    return { value: null, flags, description };
  }
  const value = formatLeniency(leniency);
  const size = Math.abs(Math.round(leniency * 10) / 10).toFixed(1);
  const direction =
    value === '0.0'
      ? 'Rates like the average interviewer'
      : `Rates ${size} rating points ${leniency > 0 ? 'above' : 'below'} the average interviewer`;
  return {
    value,
    flags,
    description:
      calibrated === true
        ? `${direction}.`
        : `${direction}, from too few linked scorecards: corrected only a little.`,
  };
}

/** A compared candidate's rounds that have submitted scorecards, as the leniency table lists them. */
export function scoredRounds(candidate: Comparison['candidates'][number]): ComparedRound[] {
  return candidate.rounds.filter((round) => round.interviewers.length > 0);
}

/** Who rated what, keyed by round and interviewer name, as the question rows name them. */
export type LeniencyLookup = Map<string, LeniencyView>;

export const leniencyKey = (roundId: string, interviewerName: string) =>
  `${roundId}\u0000${interviewerName}`;

/** The comparison's rounds list who submitted, with their leniency (see the API's comparison). */
export function leniencyLookup(comparison: Comparison): LeniencyLookup {
  return new Map(
    comparison.candidates.flatMap((candidate) =>
      candidate.rounds.flatMap((round) =>
        round.interviewers.map(
          (i) => [leniencyKey(round.roundId, i.interviewerName), leniencyView(i)] as const,
        ),
      ),
    ),
  );
}

/**
 * The leniency beside a name in a question row, named so it is not read as a rating:
 * "leniency +0.4", "leniency +0.1, not yet calibrated", "not yet calibrated", or "".
 */
export function leniencySuffix(view: LeniencyView | undefined): string {
  if (!view) return '';
  return [view.value === null ? null : `leniency ${view.value}`, ...view.flags]
    .filter(Boolean)
    .join(', ');
}
