/** Small numeric helpers over typed arrays; NaN entries are skipped pairwise where noted. */

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { SQRT2, abs, exp, floor, min, sqrt } = Math;
const { isFinite } = Number;

type Numbers = ArrayLike<number>;

/**
 * What Pearson's r needs over pairs, summed in one pass: the question analysis's item–rest pairs
 * (summed per job by the calibration aggregation, added up per report) and the validity table's
 * cells (282 of up to 100,000 hires per request at 1M candidates).
 */
export interface PairSums {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

export const emptyPairSums = (): PairSums => ({
  n: 0,
  sumX: 0,
  sumY: 0,
  sumXX: 0,
  sumYY: 0,
  sumXY: 0,
});

export function addPair(sums: PairSums, x: number, y: number): void {
  sums.n += 1;
  sums.sumX += x;
  sums.sumY += y;
  sums.sumXX += x * x;
  sums.sumYY += y * y;
  sums.sumXY += x * y;
}

export function mergePairSums(sums: PairSums, more: PairSums): void {
  sums.n += more.n;
  sums.sumX += more.sumX;
  sums.sumY += more.sumY;
  sums.sumXX += more.sumXX;
  sums.sumYY += more.sumYY;
  sums.sumXY += more.sumXY;
}

/** The sums over the pairs where both values are finite. */
export function pairSums(x: Numbers, y: Numbers): PairSums {
  const sums = emptyPairSums();
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (isFinite(a) && isFinite(b)) addPair(sums, a, b);
  }
  return sums;
}

/**
 * Whether a sum of squared deviations computed in one pass (Σv² − (Σv)²/n) is a spread and not
 * what rounding leaves: summing n values one by one loses up to about n·ε of Σv² (a million
 * equal scores of 73.3 left 0.24, 4e-11 of Σv²). Below 8·n·ε·Σv² the values do not vary.
 */
export function variesBeyondRounding(
  squaredDeviations: number,
  n: number,
  sumOfSquares: number,
): boolean {
  return squaredDeviations > 8 * n * Number.EPSILON * sumOfSquares;
}

/**
 * Pearson's r from the sums, within [−1, 1]; NaN below two pairs or when either side does not
 * vary beyond rounding (`variesBeyondRounding`). The one-pass form loses about 1e-12 of r on
 * ratings and 0–100 scores.
 */
export function pearsonFromSums(sums: PairSums): number {
  const { n } = sums;
  if (n < 2) return NaN;
  const xx = sums.sumXX - (sums.sumX * sums.sumX) / n;
  const yy = sums.sumYY - (sums.sumY * sums.sumY) / n;
  const xy = sums.sumXY - (sums.sumX * sums.sumY) / n;
  if (!variesBeyondRounding(xx, n, sums.sumXX) || !variesBeyondRounding(yy, n, sums.sumYY)) {
    return NaN;
  }
  return Math.max(-1, min(1, xy / sqrt(xx * yy)));
}

/** Pearson correlation over the pairs where both values are finite. */
export function pearson(x: Numbers, y: Numbers): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (!isFinite(a) || !isFinite(b)) continue;
    n += 1;
    sx += a;
    sy += b;
  }
  if (n < 2) return NaN;
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (!isFinite(a) || !isFinite(b)) continue;
    sxx += (a - mx) ** 2;
    syy += (b - my) ** 2;
    sxy += (a - mx) * (b - my);
  }
  return sxy / sqrt(sxx * syy);
}

/** Ranks 1..n with ties given their mean rank (what Spearman's rho needs). */
export function ranks(x: Numbers): Float64Array {
  const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const out = new Float64Array(x.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && x[order[j + 1]!] === x[order[i]!]) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!] = rank;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho over the pairs where both values are finite. */
export function spearman(x: Numbers, y: Numbers): number {
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (isFinite(x[i]!) && isFinite(y[i]!)) keep.push(i);
  }
  const xs = Float64Array.from(keep, (i) => x[i]!);
  const ys = Float64Array.from(keep, (i) => y[i]!);
  return pearson(ranks(xs), ranks(ys));
}

/** Quantile by linear interpolation (type 7, as R's default) of the finite values. */
export function quantile(values: Numbers, p: number): number {
  const xs = Float64Array.from(Array.from(values).filter(isFinite)).sort();
  if (xs.length === 0) return NaN;
  const h = (xs.length - 1) * p;
  const lo = floor(h);
  const hi = min(lo + 1, xs.length - 1);
  return xs[lo]! + (h - lo) * (xs[hi]! - xs[lo]!);
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 on erf; |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = abs(z) / SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Percentile interval of bootstrap replicates (NaN replicates dropped). */
export function percentileInterval(replicates: Numbers, level = 0.95): [number, number] {
  const a = (1 - level) / 2;
  return [quantile(replicates, a), quantile(replicates, 1 - a)];
}

/** Inverse of normalCdf by bisection: only called for a confidence level, so speed is moot. */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
