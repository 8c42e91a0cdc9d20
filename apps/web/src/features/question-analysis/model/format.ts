import { QuestionAnalysisQuestion } from '@calibrate/contracts';

/** The true minus sign: "−0.42" reads as a number, "-0.42" as a dash. */
export const MINUS = '\u2212';

const count = new Intl.NumberFormat('en');

/** A count with thousands separators: "1,234". */
export const formatCount = (value: number) => count.format(value);

/** A correlation or ICC at two decimals, with a true minus sign, never "−0.00"; "—" for none. */
export function formatR(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(2));
  if (rounded === 0) return '0.00';
  return rounded < 0 ? `${MINUS}${Math.abs(rounded).toFixed(2)}` : rounded.toFixed(2);
}

/** A share as a whole percent ("25%"), "<1%" for a small non-zero one; "—" for none. */
export function formatShare(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (value > 0 && value < 0.005) return '<1%';
  return `${Math.round(value * 100)}%`;
}

/** A mean rating at one decimal; "—" when never rated. */
export const formatMean = (value: number | null) =>
  value === null || !Number.isFinite(value) ? '—' : value.toFixed(1);

/** The 1..5 counts in words, the distribution bar's text alternative. */
export function distributionLabel(distribution: readonly number[]): string {
  const total = distribution.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'No ratings';
  return `Ratings: ${distribution.map((n, i) => `${i + 1}: ${formatCount(n)}`).join(', ')}`;
}

/** Each rating's height in the bar, as a share of the most common rating (0..1). */
export function distributionHeights(distribution: readonly number[]): number[] {
  const most = Math.max(0, ...distribution);
  return distribution.map((n) => (most > 0 ? n / most : 0));
}

export type Reading = 'good' | 'weak' | 'none' | 'unknown';

/**
 * How an item–rest r reads: below 0.2 the question barely moves with the rest of its category
 * (weak), at or below 0 not at all (none); from 0.2 it separates candidates as they do.
 */
export function itemRestReading(r: number | null): Reading {
  if (r === null) return 'unknown';
  if (r <= 0) return 'none';
  if (r < 0.2) return 'weak';
  return 'good';
}

/**
 * How a candidate share (ICC) reads: at or below 0 the panel agrees no better than strangers
 * (none), below 0.2 mostly interviewer noise (weak).
 */
export function candidateShareReading(icc: number | null): Reading {
  if (icc === null) return 'unknown';
  if (icc <= 0) return 'none';
  if (icc < 0.2) return 'weak';
  return 'good';
}

/** Why a figure is missing, for its cell: "too few (n < 30)", "single question". */
export function missingReason(
  question: QuestionAnalysisQuestion,
  figure: 'itemRest' | 'candidateShare',
  rules: { minScorecards: number; minPanels: number },
  categorySize: number,
): string {
  if (figure === 'itemRest') {
    if (categorySize < 2) return 'only question in its category';
    return `too few (${formatCount(question.itemRest.scorecards)} of ${rules.minScorecards} scorecards)`;
  }
  return `too few (${formatCount(question.candidateShare.panels)} of ${rules.minPanels} panels)`;
}

/** "Manila – Ortigas, 2026-W07". */
export const siteWeekLabel = (siteWeek: { site: string; week: string }) =>
  `${siteWeek.site}, ${siteWeek.week}`;
