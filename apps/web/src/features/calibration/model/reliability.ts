import { ALPHA_BENCHMARKS, CalibrationReport, Estimate, Reliability } from '@calibrate/contracts';

import { MINUS } from './format';

/** A reliability coefficient: "0.52"; "—" when there is none. */
export function formatReliability(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(2);
  return value < 0 && text !== '0.00' ? `${MINUS}${text}` : text;
}

/** An estimate's 95% interval: "0.45–0.60"; null without one. */
export function formatEstimateInterval(estimate: Estimate): string | null {
  if (estimate.lower === null || estimate.upper === null) return null;
  return `${formatReliability(estimate.lower)}–${formatReliability(estimate.upper)}`;
}

/** What leniency costs: consistency minus absolute agreement; null when either is missing. */
export function leniencyCost(reliability: Reliability): number | null {
  const { absolute, consistency } = reliability;
  if (absolute.value === null || consistency.value === null) return null;
  return consistency.value - absolute.value;
}

export interface ReliabilityRow {
  key: string;
  name: string;
  reliability: Reliability;
  cost: number | null;
}

const hasFigure = (reliability: Reliability) =>
  [
    reliability.absolute,
    reliability.consistency,
    reliability.absoluteK,
    reliability.consistencyK,
  ].some((estimate) => estimate.value !== null);

/** Categories the fit could not estimate (too few shared scorecards), by name. */
export function categoriesWithoutFigures(report: CalibrationReport): string[] {
  return report.categories
    .filter((category) => !hasFigure(category.reliability))
    .map((category) => category.name);
}

/** All categories together first, then each category with a figure as the fit reports it. */
export function reliabilityRows(report: CalibrationReport): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  if (report.reliability)
    rows.push({
      key: 'overall',
      name: 'All categories',
      reliability: report.reliability,
      cost: leniencyCost(report.reliability),
    });
  for (const category of report.categories.filter((c) => hasFigure(c.reliability)))
    rows.push({
      key: category.lineageId,
      name: category.name,
      reliability: category.reliability,
      cost: leniencyCost(category.reliability),
    });
  return rows;
}

/** The panel the k-form stands for: "2 interviewers", "1.8 interviewers (on average)". */
export function describePanel(panelSize: number | null): string {
  if (panelSize === null || !Number.isFinite(panelSize)) return 'a panel';
  const rounded = Math.round(panelSize * 10) / 10;
  return Number.isInteger(rounded)
    ? `${rounded} interviewer${rounded === 1 ? '' : 's'}`
    : `${rounded.toFixed(1)} interviewers (on average)`;
}

/** How a figure stands against a benchmark, in words: "above", "below" or "about at". */
export function againstBenchmark(value: number | null, benchmark: number): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (Math.abs(value - benchmark) < 0.02)
    return `about at the ${formatReliability(benchmark)} benchmark`;
  return `${value > benchmark ? 'above' : 'below'} the ${formatReliability(benchmark)} benchmark`;
}

export interface VarianceShares {
  candidate: number;
  interviewer: number;
  residual: number;
}

/** Each variance component's share of the total; null when any is missing or the total is 0. */
export function varianceShares(
  components: CalibrationReport['varianceComponents'],
): VarianceShares | null {
  if (!components) return null;
  const { candidate, interviewer, residual } = components;
  if (candidate === null || interviewer === null || residual === null) return null;
  const parts = [candidate, interviewer, residual].map((v) => Math.max(0, v));
  const total = parts.reduce((sum, v) => sum + v, 0);
  if (!(total > 0)) return null;
  const [c = 0, i = 0, r = 0] = parts.map((v) => v / total);
  return { candidate: c, interviewer: i, residual: r };
}

/** Panel agreement (Krippendorff's alpha) against Krippendorff's own guide, in words. */
export function againstAlphaGuide(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value >= ALPHA_BENCHMARKS.reliable)
    return `at or above ${formatReliability(ALPHA_BENCHMARKS.reliable)}: panels agree well enough to rely on`;
  if (value >= ALPHA_BENCHMARKS.tentative)
    return `between 0.667 and ${formatReliability(ALPHA_BENCHMARKS.reliable)}: enough for tentative conclusions only`;
  return 'below 0.667: panel members disagree too much to rely on one of them alone';
}

/** Each row's panel agreement: "overall" for all categories, else the category's lineage. */
export function panelAlphaOf(report: CalibrationReport, key: string): Estimate | null {
  const agreement = report.panelAgreement;
  if (!agreement) return null;
  if (key === 'overall') return agreement.overall;
  return agreement.categories.find((category) => category.lineageId === key)?.alpha ?? null;
}
