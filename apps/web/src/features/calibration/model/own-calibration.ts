import { CALIBRATED_MIN_LINKED, CalibrationReport } from '@calibrate/contracts';

import { formatMonth } from './filters';
import { FEW_LINKED_IN_MONTH } from './trend';

/** The 95% normal quantile: a category's interval is its leniency ± 1.96 standard errors. */
const Z95 = 1.959964;

export type OwnCalibration =
  | { kind: 'no-fit' }
  | { kind: 'no-scorecards' }
  | { kind: 'not-comparable'; scorecards: number }
  | { kind: 'not-calibrated'; scorecards: number; linked: number; needed: number }
  | {
      kind: 'calibrated';
      scorecards: number;
      linked: number;
      overall: string;
      /** Categories where they differ from peers beyond their overall habit, largest first. */
      categories: string[];
      /** Said instead when no category stands out. */
      noCategory: string;
      /** Their latest month with enough linked scorecards, when it differs in sign or size. */
      recent: string | null;
    };

/** "0.4"; two decimals when one would print 0.0. */
function points(value: number): string {
  const abs = Math.abs(value);
  return abs < 0.05 ? abs.toFixed(2) : abs.toFixed(1);
}

/** The figure as a sentence prints it, with its direction: "+0.4". */
const signed = (value: number) => `${value > 0 ? '+' : '-'}${points(value)}`;

const excludesZero = (value: number, se: number | null) =>
  se !== null && Number.isFinite(se) && (value - Z95 * se > 0 || value + Z95 * se < 0);

/**
 * The interviewer's own figures in plain sentences: overall, then the (at most three) categories
 * where they differ most from their peers, only where the 95% interval excludes "the same" and
 * the figure is not just their overall one again.
 */
export function describeOwnCalibration(
  report: CalibrationReport,
  interviewerId: string | undefined,
  maxCategories = 3,
): OwnCalibration {
  if (!report.fit) return { kind: 'no-fit' };
  const row = report.interviewers.find((i) => i.interviewerId === interviewerId);
  if (!row) return { kind: 'no-scorecards' };
  if (!row.comparable || row.leniency === null)
    return { kind: 'not-comparable', scorecards: row.scorecards };
  if (!row.calibrated)
    return {
      kind: 'not-calibrated',
      scorecards: row.scorecards,
      linked: row.linkedScorecards,
      needed: CALIBRATED_MIN_LINKED,
    };
  const overallDiffers = excludesZero(row.leniency, row.standardError);
  const overall = overallDiffers
    ? `Overall you rate ${points(row.leniency)} ${row.leniency > 0 ? 'higher' : 'lower'} than your peers on the same candidates.`
    : 'Overall you rate about the same as your peers on the same candidates.';
  // One sentence per category name (two rubrics may each have an "Empathy"): the larger one.
  const byName = new Map<string, number>();
  for (const category of row.categories) {
    if (category.leniency === null || !excludesZero(category.leniency, category.standardError))
      continue;
    // A category that only repeats the overall figure says nothing new.
    if (overallDiffers && signed(category.leniency) === signed(row.leniency)) continue;
    const seen = byName.get(category.name);
    if (seen === undefined || Math.abs(category.leniency) > Math.abs(seen))
      byName.set(category.name, category.leniency);
  }
  const categories = [...byName]
    .sort(([, a], [, b]) => Math.abs(b) - Math.abs(a))
    .slice(0, maxCategories)
    .map(
      ([name, value]) =>
        `You rate ${points(value)} ${value > 0 ? 'higher' : 'lower'} than your peers on ${name}.`,
    );
  return {
    kind: 'calibrated',
    scorecards: row.scorecards,
    linked: row.linkedScorecards,
    overall,
    categories,
    noCategory: overallDiffers
      ? 'No category stands out from that.'
      : 'On every category you rate about the same as your peers.',
    recent: recentMonth(row.trend, row.leniency, overallDiffers),
  };
}

/**
 * The latest month with at least FEW_LINKED_IN_MONTH linked scorecards, said only when it tells
 * something the overall figure does not (a drift): "In Nov 2026 you rated 0.3 lower …".
 */
function recentMonth(
  trend: CalibrationReport['interviewers'][number]['trend'],
  overall: number,
  overallDiffers: boolean,
): string | null {
  if (trend.length < 2) return null;
  const month = [...trend]
    .reverse()
    .find((m) => m.linkedScorecards >= FEW_LINKED_IN_MONTH && m.leniency !== null);
  if (!month || month.leniency === null) return null;
  const differs = excludesZero(month.leniency, month.standardError);
  const sameAsOverall = differs
    ? overallDiffers && signed(month.leniency) === signed(overall)
    : !overallDiffers;
  if (sameAsOverall) return null;
  return differs
    ? `In ${formatMonth(month.month)} you rated ${points(month.leniency)} ${month.leniency > 0 ? 'higher' : 'lower'} than your peers.`
    : `In ${formatMonth(month.month)} you rated about the same as your peers.`;
}
