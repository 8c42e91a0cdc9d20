import { InterviewerCalibration } from '@calibrate/contracts';

import { formatPlain } from './format';

/** An interviewer with a leniency to plot: in the main group and with answered scorecards. */
export type RankedInterviewer = InterviewerCalibration & { leniency: number };

/** An interviewer listed apart, with why there is no figure. */
export interface UnrankedInterviewer {
  interviewer: InterviewerCalibration;
  reason: string;
}

export const NOT_CONNECTED_REASON =
  'Shares no candidate with the main group of interviewers, so there is no common reference to compare with.';
export const NO_FIGURE_REASON = 'No answered scorecard in this fit.';

/**
 * The interviewers to plot, most lenient first (ties by name), and those listed apart with the
 * reason: outside the main connected group, or without a figure.
 */
export function splitInterviewers(interviewers: InterviewerCalibration[]): {
  ranked: RankedInterviewer[];
  apart: UnrankedInterviewer[];
} {
  const ranked: RankedInterviewer[] = [];
  const apart: UnrankedInterviewer[] = [];
  for (const interviewer of interviewers) {
    if (!interviewer.comparable) apart.push({ interviewer, reason: NOT_CONNECTED_REASON });
    else if (interviewer.leniency === null || !Number.isFinite(interviewer.leniency))
      apart.push({ interviewer, reason: NO_FIGURE_REASON });
    else ranked.push({ ...interviewer, leniency: interviewer.leniency });
  }
  ranked.sort(
    (a, b) => b.leniency - a.leniency || a.interviewerName.localeCompare(b.interviewerName, 'en'),
  );
  apart.sort((a, b) =>
    a.interviewer.interviewerName.localeCompare(b.interviewer.interviewerName, 'en'),
  );
  return { ranked, apart };
}

/** What an interval says: clearly above or below the average interviewer, or not told apart. */
export type LeniencyReading = 'lenient' | 'strict' | 'average';

export function readLeniency(row: {
  leniency: number;
  lower: number | null;
  upper: number | null;
}): LeniencyReading {
  if (row.lower !== null && row.lower > 0) return 'lenient';
  if (row.upper !== null && row.upper < 0) return 'strict';
  if (row.lower === null || row.upper === null)
    return row.leniency > 0 ? 'lenient' : row.leniency < 0 ? 'strict' : 'average';
  return 'average';
}

export const readingLabels: Record<LeniencyReading, string> = {
  lenient: 'Rates higher',
  strict: 'Rates lower',
  average: 'Not told apart from average',
};

/** "Rates 0.42 points higher than the average interviewer on the same candidates." */
export function describeLeniency(leniency: number): string {
  const size = formatPlain(Math.abs(leniency));
  if (size === '0.00') return 'Rates like the average interviewer on the same candidates.';
  const points = size === '1.00' ? 'point' : 'points';
  return `Rates ${size} ${points} ${leniency > 0 ? 'higher' : 'lower'} than the average interviewer on the same candidates.`;
}

/**
 * A long list shown as its two ends: the most lenient and the strictest `limit / 2` each, with
 * how many are left out between them. Everyone when `expanded` or when they fit.
 */
export function visibleRows<T>(
  rows: T[],
  { expanded, limit = 40 }: { expanded: boolean; limit?: number },
): { head: T[]; tail: T[]; hidden: number } {
  if (expanded || rows.length <= limit) return { head: rows, tail: [], hidden: 0 };
  const half = Math.floor(limit / 2);
  return {
    head: rows.slice(0, half),
    tail: rows.slice(rows.length - half),
    hidden: rows.length - 2 * half,
  };
}

/**
 * The chart in one line: how many rate clearly higher or lower than average (calibrated, with an
 * interval clear of 0), how many are not told apart, and how many are not yet calibrated.
 */
export function summarizeLeniency(rows: RankedInterviewer[]): string {
  const counts = { lenient: 0, strict: 0, average: 0, uncalibrated: 0 };
  for (const row of rows) {
    if (!row.calibrated) counts.uncalibrated += 1;
    else counts[readLeniency(row)] += 1;
  }
  const parts = [
    `${counts.lenient} rate${counts.lenient === 1 ? 's' : ''} clearly higher than average`,
    `${counts.strict} clearly lower`,
    `${counts.average} can’t be told apart from average`,
  ];
  if (counts.uncalibrated > 0) parts.push(`${counts.uncalibrated} not yet calibrated`);
  return `Of ${rows.length} interviewer${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

/** The category where the interviewer's leniency is largest either way, e.g. to say "+0.62 on Empathy". */
export function largestCategory(
  row: Pick<InterviewerCalibration, 'categories'>,
): { name: string; leniency: number } | null {
  let best: { name: string; leniency: number } | null = null;
  for (const category of row.categories) {
    if (category.leniency === null || !Number.isFinite(category.leniency)) continue;
    if (!best || Math.abs(category.leniency) > Math.abs(best.leniency))
      best = { name: category.name, leniency: category.leniency };
  }
  return best;
}
