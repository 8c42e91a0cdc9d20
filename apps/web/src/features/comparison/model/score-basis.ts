import { ScoreBasis } from '@calibrate/contracts';

import { formatScore100, ScaleMode } from './heat-scale';

/**
 * Which total the comparison ranks and colours by (`ScoreBasis`): the raw weighted score, or the
 * score with the panel's leniency taken out (corrected). The other one always prints beside it.
 */
export type { ScoreBasis };

/** The URL's `scoreBasis` parameter: `corrected`, or raw when absent (the screen as it always was). */
export const readScoreBasis = (value: string | null): ScoreBasis =>
  value === 'corrected' ? 'corrected' : 'raw';

interface Totals {
  weightedScore100: number | null;
  correctedScore100: number | null;
}

/** The total the basis picks. */
export const chosenTotal = (totals: Totals, basis: ScoreBasis): number | null =>
  basis === 'corrected' ? totals.correctedScore100 : totals.weightedScore100;

interface CategoryScores {
  score: number | null;
  score100: number | null;
  correctedScore: number | null;
  correctedScore100: number | null;
}

/** A category's score the basis picks, on 1–5 and on 0–100 (nulls for a category not scored). */
export function chosenCategory(
  category: CategoryScores | undefined,
  basis: ScoreBasis,
): { score: number | null; score100: number | null } {
  if (!category) return { score: null, score100: null };
  return basis === 'corrected'
    ? { score: category.correctedScore, score100: category.correctedScore100 }
    : { score: category.score, score100: category.score100 };
}

/** The total the basis does not pick, printed beside the chosen one. */
export const otherTotal = (totals: Totals, basis: ScoreBasis): number | null =>
  basis === 'corrected' ? totals.weightedScore100 : totals.correctedScore100;

export interface RankedCandidate {
  candidateId: string;
  /** The candidate's place in the URL: what blind mode's letter and the colours follow. */
  index: number;
  score: number | null;
  /** 1 for the best; equal scores share a rank (1, 2, 2, 4); null when not scored. */
  rank: number | null;
}

/**
 * The candidates best first by the chosen total, as the API computed it: equal scores keep the
 * URL's order, unscored candidates come last.
 */
export function rankCandidates(
  candidates: { candidateId: string; overall: Totals }[],
  basis: ScoreBasis,
): RankedCandidate[] {
  const sorted = candidates
    .map((candidate, index) => ({
      candidateId: candidate.candidateId,
      index,
      score: chosenTotal(candidate.overall, basis),
    }))
    .sort((a, b) => {
      if (a.score === b.score) return a.index - b.index;
      if (a.score === null) return 1;
      if (b.score === null) return -1;
      return b.score - a.score || a.index - b.index;
    });
  return sorted.map((candidate) => ({
    ...candidate,
    rank:
      candidate.score === null
        ? null
        : 1 + sorted.filter((c) => (c.score ?? -1) > (candidate.score ?? -1)).length,
  }));
}

export interface TotalLabel {
  /** The chosen total as the scale prints it, "—" when not scored. */
  value: string;
  /** What the value is, and the other total: "corrected · 72 raw". Empty when not scored. */
  note: string;
  /** Both in words, for a screen reader: "66 corrected, 72 raw". */
  spoken: string;
}

/** A total with its basis named and the other total beside it. */
export function totalLabel(totals: Totals, basis: ScoreBasis, scale: ScaleMode): TotalLabel {
  const chosen = chosenTotal(totals, basis);
  const other = otherTotal(totals, basis);
  const otherBasis: ScoreBasis = basis === 'corrected' ? 'raw' : 'corrected';
  if (chosen === null) return { value: '—', note: '', spoken: 'not scored' };
  const value = formatScore100(chosen, scale);
  const beside = other === null ? '' : `${formatScore100(other, scale)} ${otherBasis}`;
  return {
    value,
    note: beside ? `${basis} · ${beside}` : basis,
    spoken: beside ? `${value} ${basis}, ${beside}` : `${value} ${basis}`,
  };
}

/** Both totals on one line, the chosen first: "66 corrected · 72 raw"; "—" when not scored. */
export function totalsInline(totals: Totals, basis: ScoreBasis, scale: ScaleMode): string {
  const label = totalLabel(totals, basis, scale);
  if (label.note === '') return label.value;
  const [name, ...rest] = label.note.split(' · ');
  return [`${label.value} ${name}`, ...rest].join(' · ');
}

/** The rank as the screen prints it: "1", "2 (tied)", or "—" when not scored. */
export function rankLabel(ranked: RankedCandidate, all: RankedCandidate[]): string {
  if (ranked.rank === null) return '—';
  const tied = all.filter((c) => c.rank === ranked.rank).length > 1;
  return tied ? `${ranked.rank} (tied)` : String(ranked.rank);
}

/**
 * The largest gap between a candidate's raw and corrected totals (0–100), so the screen can say
 * when correcting changes nothing worth a glance; null when no candidate has both.
 */
export function largestCorrection(candidates: { overall: Totals }[]): number | null {
  const gaps = candidates.flatMap(({ overall }) =>
    overall.weightedScore100 === null || overall.correctedScore100 === null
      ? []
      : [Math.abs(overall.weightedScore100 - overall.correctedScore100)],
  );
  return gaps.length === 0 ? null : Math.max(...gaps);
}
