/**
 * The validity table: for each predictor (a question, a category, the overall score) and each
 * post-hire outcome, the observed correlation among hires with its interval, the same corrected
 * for range restriction to the applicant pool, an AUC for yes/no outcomes, and a verdict.
 *
 * Why a correction at all: only hires have outcomes, and they were hired because they scored
 * high, so the score varies less among them than among applicants and its correlation with any
 * outcome is shrunk toward 0. Thorndike's case II undoes that when selection is directly on the
 * predictor (the overall score). A question or category was selected on only through the overall
 * score: case III through it (`selectedOn`). That matters beyond size: a question that measures
 * nothing but counts in the hiring score reads *negatively* among hires (collider bias), and only
 * case III returns it to ~0. The verdict therefore needs both intervals to agree; both cases
 * assume linear, homoscedastic relations and selection on the named score, which a hiring
 * manager's decision follows only roughly.
 */
import {
  addPair,
  emptyPairSums,
  PairSums,
  pairSums,
  pearsonFromSums,
} from '../../calibration/model/stats';
import {
  correctForIndirectRangeRestriction,
  correctForRangeRestriction,
  correlationIntervalFromSums,
  rocAuc,
  sdFromSums,
} from './validity-statistics';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { isFinite } = Number;

export type OutcomeKind = 'continuous' | 'binary';

export interface OutcomeInput {
  key: string;
  /** Binary outcomes hold 1 (the positive class, e.g. "still employed at 90 days") or 0. */
  kind: OutcomeKind;
  /** False for e.g. average handle time: a good predictor then has a negative r. */
  higherIsBetter: boolean;
  /** One per hired candidate, aligned with every predictor's hiredValues; NaN = not recorded. */
  values: ArrayLike<number>;
}

export interface PredictorInput {
  key: string;
  /**
   * The predictor's SD over every scored applicant in scope, hires included (NaN when unknown):
   * what hiring narrowed. Only the selection score's is used (case II on it, case III through it).
   */
  poolSd: number;
  /** One per hired candidate, aligned with the outcomes' values; NaN = not scored on it. */
  hiredValues: ArrayLike<number>;
}

export type Verdict = 'predicts' | 'predicts_nothing' | 'backwards' | 'too_few';

export interface Interval {
  value: number | null;
  lower: number | null;
  upper: number | null;
}

export interface ValidityCell {
  predictor: string;
  outcome: string;
  /** Hires with both a predictor value and the outcome recorded. */
  n: number;
  /** Pearson r among those hires (point-biserial for a binary outcome), Fisher-z interval. */
  observed: Interval;
  /** Thorndike case II applied to r and to both bounds; equals observed when sdRatio is null. */
  corrected: Interval;
  /**
   * u = SD in the pool / SD among the hires, of the predictor itself (direct) or of the score
   * hires were selected on (indirect); null if either is 0 or undefined.
   */
  sdRatio: number | null;
  /** Case II on the predictor itself, case III through the selection score, or none. */
  correction: 'direct' | 'indirect' | null;
  /** Binary outcomes only: AUC of the predictor for the positive class (1), Hanley–McNeil CI. */
  auc: Interval | null;
  verdict: Verdict;
}

export interface ValidityTableOptions {
  /** Below this many hires with both values the verdict is 'too_few'. Default 30. */
  minN?: number;
  /** Level of every interval. Default 0.95. */
  confidence?: number;
  /**
   * The predictor hires were selected on (the overall score). Its own cells get case II; every
   * other predictor gets case III through it. Without it every cell gets case II.
   */
  selectedOn?: string;
  /** The smallest corrected |r| called a prediction (Cohen's "small" effect). Default 0.1. */
  minUsefulR?: number;
}

const NO_INTERVAL: Interval = { value: null, lower: null, upper: null };

/**
 * Verdict, with "positive" meaning "better outcome": 'predicts' when the hires' own interval
 * excludes 0 on the good side *and* the corrected one does, with a corrected estimate of at least
 * `minUsefulR`; 'backwards' the same on the bad side; else 'predicts_nothing'. Both must agree
 * because each misleads alone: the observed r of a question in the hiring score carries the
 * collider bias (see above), and the corrected interval maps the observed bounds with the
 * correlations to the hiring score held fixed, so it is too narrow when they are estimated from
 * few hires (45 hires: a measure-nothing question corrected to 0.20 [0.04, 0.38]). The floor
 * is there because the corrections are approximate: on the simulator's 10,000 applicants a
 * measure-nothing question came out at |r| ≤ 0.08 with a tight interval, every informative one
 * at ≥ 0.15. A null r at n ≥ minN (no variance among the hires) tells nothing: 'too_few'.
 */
function verdictOf(
  observed: Interval,
  corrected: Interval,
  n: number,
  options: { minN: number; minUsefulR: number },
  higherIsBetter: boolean,
): Verdict {
  const oriented = (interval: Interval) => {
    const { value, lower, upper } = interval;
    if (value === null || lower === null || upper === null) return null;
    return higherIsBetter
      ? { value, lower, upper }
      : { value: -value, lower: -upper, upper: -lower };
  };
  const seen = oriented(observed);
  const estimate = oriented(corrected);
  if (n < options.minN || !seen || !estimate) return 'too_few';
  if (seen.lower > 0 && estimate.lower > 0 && estimate.value >= options.minUsefulR)
    return 'predicts';
  if (seen.upper < 0 && estimate.upper < 0 && estimate.value <= -options.minUsefulR)
    return 'backwards';
  return 'predicts_nothing';
}

/**
 * One cell per predictor × outcome, predictor-major.
 *
 * u is computed, per cell, from the hires that enter that cell's r (predictor scored and outcome
 * recorded), not from all hires: the case II formula relates the r of a sample to the predictor's
 * SD in that same sample. If an outcome goes missing for reasons tied to the score (e.g. early
 * leavers have no QA), this folds that extra selection into u as if it were direct selection on
 * the predictor, which is an approximation, as it is for any indirect selection.
 */
export function validityTable(
  predictors: PredictorInput[],
  outcomes: OutcomeInput[],
  options: ValidityTableOptions = {},
): ValidityCell[] {
  const minN = options.minN ?? 30;
  const confidence = options.confidence ?? 0.95;
  const minUsefulR = options.minUsefulR ?? 0.1;
  const selection = options.selectedOn
    ? predictors.find((p) => p.key === options.selectedOn)
    : undefined;
  if (options.selectedOn && !selection) {
    throw new Error(`selectedOn names no predictor: ${options.selectedOn}`);
  }
  const selectionPoolSd = selection ? selection.poolSd : NaN;
  const cells: ValidityCell[] = [];
  for (const p of predictors) {
    const poolSd = p.poolSd;
    const direct = !selection || p === selection;
    for (const o of outcomes) {
      if (o.values.length !== p.hiredValues.length) {
        throw new Error(
          `predictor ${p.key} has ${p.hiredValues.length} hired values, outcome ${o.key} has ${o.values.length}`,
        );
      }
      const pairs = pairSums(p.hiredValues, o.values);
      const c = correlationIntervalFromSums(pairs, confidence);
      const observed: Interval = { value: c.r, lower: c.lower, upper: c.upper };
      const correct = direct
        ? directCorrection(pairs, poolSd)
        : indirectCorrection(p, o, selection!, selectionPoolSd);
      const corrected: Interval =
        correct === null
          ? { ...observed }
          : {
              value: correct.apply(c.r),
              lower: correct.apply(c.lower),
              upper: correct.apply(c.upper),
            };
      let auc: Interval | null = null;
      if (o.kind === 'binary') {
        const a = rocAuc(p.hiredValues, o.values, confidence);
        auc =
          a.auc === null ? { ...NO_INTERVAL } : { value: a.auc, lower: a.lower, upper: a.upper };
      }
      cells.push({
        predictor: p.key,
        outcome: o.key,
        n: c.n,
        observed,
        corrected,
        sdRatio: correct?.u ?? null,
        correction: correct === null ? null : direct ? 'direct' : 'indirect',
        auc,
        verdict: verdictOf(observed, corrected, c.n, { minN, minUsefulR }, o.higherIsBetter),
      });
    }
  }
  return cells;
}

interface Correction {
  u: number;
  apply: (r: number | null) => number | null;
}

/**
 * Case II, u from the hires that have the outcome (see validityTable), from the cell's own pair
 * sums (its x side is the predictor over those hires); null when u is undefined.
 */
function directCorrection(pairs: PairSums, poolSd: number): Correction | null {
  const hiredSd = sdFromSums(pairs.n, pairs.sumX, pairs.sumXX);
  if (!(poolSd > 0 && hiredSd > 0)) return null;
  const u = poolSd / hiredSd;
  return { u, apply: (r) => (r === null ? null : correctForRangeRestriction(r, u)) };
}

/**
 * Case III through the selection score z, on the hires with x, y and z all present: U of z there,
 * and x's and y's correlations with z there. Null when any of them is undefined (fewer than four
 * complete hires, or no spread).
 */
function indirectCorrection(
  p: PredictorInput,
  o: OutcomeInput,
  z: PredictorInput,
  zPoolSd: number,
): Correction | null {
  // r(x, z) and r(y, z) over the same hires: those with all three values.
  const xz = emptyPairSums();
  const yz = emptyPairSums();
  for (let i = 0; i < p.hiredValues.length; i++) {
    const x = p.hiredValues[i]!;
    const y = o.values[i]!;
    const w = z.hiredValues[i]!;
    if (!isFinite(x) || !isFinite(y) || !isFinite(w)) continue;
    addPair(xz, x, w);
    addPair(yz, y, w);
  }
  if (xz.n < 4) return null;
  const zHiredSd = sdFromSums(xz.n, xz.sumY, xz.sumYY);
  const rxz = pearsonFromSums(xz);
  const ryz = pearsonFromSums(yz);
  // NaN: x, y or z does not vary among these hires.
  if (!(zPoolSd > 0 && zHiredSd > 0) || Number.isNaN(rxz) || Number.isNaN(ryz)) return null;
  const u = zPoolSd / zHiredSd;
  return {
    u,
    apply: (r) => (r === null ? null : correctForIndirectRangeRestriction(r, rxz, ryz, u)),
  };
}
