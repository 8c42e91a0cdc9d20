/**
 * The statistics behind the validity report: how well an interview score predicts an outcome
 * recorded after hire. Pure functions over array-likes; NaN (or any non-finite value) means
 * "missing" and is skipped pairwise.
 */
import {
  normalQuantile,
  PairSums,
  pairSums,
  pearsonFromSums,
  variesBeyondRounding,
} from '../../calibration/model/stats';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { atanh, max, min, sqrt, tanh } = Math;
const { isFinite } = Number;

type Numbers = ArrayLike<number>;

/** Two-sided normal critical value for a confidence level (1.96 for 0.95). */
function criticalValue(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  }
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** Sample SD (n − 1) over the finite values; NaN with fewer than two. */
export function sd(values: Numbers): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!isFinite(v)) continue;
    n += 1;
    sum += v;
  }
  if (n < 2) return NaN;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (isFinite(v)) ss += (v - mean) ** 2;
  }
  return sqrt(ss / (n - 1));
}

/**
 * The same sample SD from sums kept elsewhere (n, Σv, Σv²): the applicant pool's, summed per
 * job by the calibration aggregation. NaN below two values; 0 (not a rounding residue) when the
 * values do not vary.
 */
export function sdFromSums(n: number, sum: number, sumOfSquares: number): number {
  if (n < 2) return NaN;
  const ss = sumOfSquares - (sum * sum) / n;
  return variesBeyondRounding(ss, n, sumOfSquares) ? Math.sqrt(ss / (n - 1)) : 0;
}

export interface CorrelationInterval {
  /** Pearson r over the pairs where both values are finite; null when undefined. */
  r: number | null;
  /** Pairs used. */
  n: number;
  lower: number | null;
  upper: number | null;
}

/**
 * Pearson r with a Fisher-z interval: z = atanh r is near normal with SE 1/√(n − 3), whatever
 * ρ is, so the interval is built on z and mapped back with tanh (asymmetric around r, and never
 * outside [−1, 1]). Nulls when n < 4 (no SE) or either variable has no variance.
 */
export function correlationInterval(
  x: Numbers,
  y: Numbers,
  confidence = 0.95,
): CorrelationInterval {
  return correlationIntervalFromSums(pairSums(x, y), confidence);
}

/**
 * The interval from the sums (one pass over the values: the validity table makes 282 cells of
 * up to 100,000 hires per request at 1M candidates). Scores of 0–100 and ratings of 1–5 lose
 * ~1e-12 of r to the one-pass form.
 */
export function correlationIntervalFromSums(
  sums: PairSums,
  confidence = 0.95,
): CorrelationInterval {
  const z = criticalValue(confidence);
  const { n } = sums;
  const r = pearsonFromSums(sums);
  if (n < 4 || !isFinite(r)) return { r: null, n, lower: null, upper: null };
  // Rounding can push |r| a hair above 1; atanh(±1) = ±∞ and tanh maps that back to ±1.
  const clipped = max(-1, min(1, r));
  const centre = atanh(clipped);
  const half = z / sqrt(n - 3);
  return { r: clipped, n, lower: tanh(centre - half), upper: tanh(centre + half) };
}

/**
 * Thorndike's case II (Pearson 1903): the correlation in the unrestricted group (the applicant
 * pool) from the one observed in a group selected directly on the predictor (the hires), with
 * u = SD of the predictor in the pool / its SD among the hires:
 *   r_c = r·u / √(1 + r²(u² − 1)).
 * u > 1 is the usual case (selection shrinks the spread) and raises |r|; u < 1 (hires more spread
 * than the pool) lowers it; u = 1 and r = 0 are fixed points. For u > 0 the map is strictly
 * increasing in r (its derivative is u / (1 + r²(u² − 1))^{3/2}), so it carries the bounds of a
 * confidence interval for r onto bounds for the corrected r.
 */
export function correctForRangeRestriction(r: number, u: number): number {
  if (!(u > 0) || !isFinite(u)) throw new RangeError(`u must be finite and > 0, got ${u}`);
  if (!(r >= -1 && r <= 1)) throw new RangeError(`r must be in [−1, 1], got ${r}`);
  return (r * u) / sqrt(1 + r * r * (u * u - 1));
}

/**
 * Thorndike's case III: the correlation of x and y in the unrestricted group when the selection
 * was made directly on a third variable z (hires picked on their overall score) and x and y were
 * restricted only through their correlations with z, with U = SD of z in the pool / among hires:
 *   R_xy = (r_xy + r_xz·r_yz·(U² − 1)) / √((1 + r_xz²(U² − 1))(1 + r_yz²(U² − 1))).
 * Why it matters here: a question that is part of the hiring score but measures nothing reads
 * negatively among hires (a high rating on it means the rest of the score, hence ability, was
 * lower), and case II keeps that sign; case III takes the selection out and returns it to ~0.
 * Increasing in r_xy for fixed r_xz, r_yz, U, so it too carries an interval's bounds across
 * (clipped to [−1, 1]).
 */
export function correctForIndirectRangeRestriction(
  rxy: number,
  rxz: number,
  ryz: number,
  u: number,
): number {
  if (!(u > 0) || !isFinite(u)) throw new RangeError(`u must be finite and > 0, got ${u}`);
  const k = u * u - 1;
  const corrected = (rxy + rxz * ryz * k) / sqrt((1 + rxz * rxz * k) * (1 + ryz * ryz * k));
  return max(-1, min(1, corrected));
}

export interface RocAuc {
  /** P(a positive scores above a negative) + ½ P(tie); null when either class is empty. */
  auc: number | null;
  /** Pairs used (finite score and a 0/1 label). */
  n: number;
  positives: number;
  negatives: number;
  lower: number | null;
  upper: number | null;
}

/**
 * Area under the ROC curve by Mann–Whitney with midranks (so ties count one half: interview
 * scores tie a lot), with the Hanley & McNeil (1982) standard error
 *   SE² = [A(1 − A) + (n₁ − 1)(Q₁ − A²) + (n₀ − 1)(Q₂ − A²)] / (n₁n₀),
 *   Q₁ = A / (2 − A), Q₂ = 2A² / (1 + A),
 * and a normal interval clipped to [0, 1]. `positive` holds 1 (positive) or 0 (negative); any
 * other value, NaN included, is missing, as is a non-finite score.
 */
export function rocAuc(scores: Numbers, positive: Numbers, confidence = 0.95): RocAuc {
  const z = criticalValue(confidence);
  let n1 = 0;
  let n0 = 0;
  for (let i = 0; i < scores.length; i++) {
    const label = positive[i]!;
    if (!isFinite(scores[i]!)) continue;
    if (label === 1) n1 += 1;
    else if (label === 0) n0 += 1;
  }
  const n = n1 + n0;
  if (n1 === 0 || n0 === 0) {
    return { auc: null, n, positives: n1, negatives: n0, lower: null, upper: null };
  }
  // Mann–Whitney U by walking both groups' sorted scores: for each positive, the negatives below
  // it count 1 and those tied with it ½ (the midrank sum, without ranking). Typed arrays sort
  // natively: at 100,000 hires the ranking's comparator sort took ~60 ms a predictor.
  const positives = new Float64Array(n1);
  const negatives = new Float64Array(n0);
  let p = 0;
  let q = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (!isFinite(score)) continue;
    if (positive[i] === 1) positives[p++] = score;
    else if (positive[i] === 0) negatives[q++] = score;
  }
  positives.sort();
  negatives.sort();
  let below = 0;
  let belowOrTied = 0;
  let u = 0;
  for (const score of positives) {
    while (below < n0 && negatives[below]! < score) below += 1;
    if (belowOrTied < below) belowOrTied = below;
    while (belowOrTied < n0 && negatives[belowOrTied]! <= score) belowOrTied += 1;
    u += below + (belowOrTied - below) / 2;
  }
  const auc = u / (n1 * n0);
  const se = hanleyMcNeilSe(auc, n1, n0);
  return {
    auc,
    n,
    positives: n1,
    negatives: n0,
    lower: max(0, auc - z * se),
    upper: min(1, auc + z * se),
  };
}

/** Hanley & McNeil's standard error of an AUC, exposed for callers that report it. */
export function hanleyMcNeilSe(auc: number, positives: number, negatives: number): number {
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const a2 = auc * auc;
  const variance =
    (auc * (1 - auc) + (positives - 1) * (q1 - a2) + (negatives - 1) * (q2 - a2)) /
    (positives * negatives);
  return sqrt(max(0, variance));
}
