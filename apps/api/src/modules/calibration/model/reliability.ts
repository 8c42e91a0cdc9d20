/**
 * Inter-rater reliability: the intraclass correlations of Shrout & Fleiss (1979) / McGraw & Wong
 * (1996) for complete targets × raters tables, Krippendorff's alpha for any number of raters per
 * unit with missing values (nominal, ordinal, interval), bootstrap intervals, and the model-based
 * reliability of the sparse crossed design from its variance components.
 */
import { createRandom } from './random';
import { normalQuantile, percentileInterval } from './stats';
import { CrossedReplicates, VarianceComponents } from './variance-components';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { max, min, sqrt } = Math;
const { isFinite } = Number;

export interface Estimate {
  value: number;
  lower: number;
  upper: number;
}

export interface IccForms {
  /** One-way random, single rater: ICC(1) = Shrout & Fleiss ICC(1,1). */
  icc1: number;
  /** Two-way, absolute agreement, single rater: ICC(A,1) = S&F ICC(2,1). */
  iccA1: number;
  /** Two-way, consistency, single rater: ICC(C,1) = S&F ICC(3,1). */
  iccC1: number;
  /** The same for the mean of the k raters. */
  icc1k: number;
  iccAk: number;
  iccCk: number;
}

/** ICCs of an n × k table (row-major, targets × raters, complete) from the two-way ANOVA. */
export function icc(
  table: ArrayLike<number>,
  n: number,
  k: number,
  rows?: ArrayLike<number>,
): IccForms {
  // `rows` (a bootstrap resample) lists which target rows to use, repeats allowed.
  const pick = rows ?? Array.from({ length: n }, (_, i) => i);
  const N = pick.length;
  let grand = 0;
  const rowMean = new Float64Array(N);
  const colMean = new Float64Array(k);
  for (let a = 0; a < N; a++) {
    for (let c = 0; c < k; c++) {
      const v = table[pick[a]! * k + c]!;
      rowMean[a]! += v / k;
      colMean[c]! += v / N;
      grand += v / (N * k);
    }
  }
  let ssr = 0;
  let ssc = 0;
  let sst = 0;
  for (let a = 0; a < N; a++) ssr += k * (rowMean[a]! - grand) ** 2;
  for (let c = 0; c < k; c++) ssc += N * (colMean[c]! - grand) ** 2;
  for (let a = 0; a < N; a++) {
    for (let c = 0; c < k; c++) sst += (table[pick[a]! * k + c]! - grand) ** 2;
  }
  const msr = ssr / (N - 1);
  const msc = ssc / (k - 1);
  const mse = (sst - ssr - ssc) / ((N - 1) * (k - 1));
  const msw = (sst - ssr) / (N * (k - 1));
  return {
    icc1: (msr - msw) / (msr + (k - 1) * msw),
    iccA1: (msr - mse) / (msr + (k - 1) * mse + (k * (msc - mse)) / N),
    iccC1: (msr - mse) / (msr + (k - 1) * mse),
    icc1k: (msr - msw) / msr,
    iccAk: (msr - mse) / (msr + (msc - mse) / N),
    iccCk: (msr - mse) / msr,
  };
}

export interface BootstrapSettings {
  replicates: number;
  seed: number;
  level: number;
}

export const defaultBootstrap: BootstrapSettings = { replicates: 1000, seed: 1, level: 0.95 };

/** Every ICC form with a percentile interval from resampling targets (candidates). */
export function iccWithIntervals(
  table: ArrayLike<number>,
  n: number,
  k: number,
  b: BootstrapSettings = defaultBootstrap,
): Record<keyof IccForms, Estimate> {
  const point = icc(table, n, k);
  const keys = Object.keys(point) as (keyof IccForms)[];
  const reps = keys.map(() => new Float64Array(b.replicates));
  const rand = createRandom(b.seed);
  const rows = new Int32Array(n);
  for (let r = 0; r < b.replicates; r++) {
    for (let a = 0; a < n; a++) rows[a] = rand.int(n);
    const f = icc(table, n, k, rows);
    keys.forEach((key, q) => (reps[q]![r] = f[key]));
  }
  const out = {} as Record<keyof IccForms, Estimate>;
  keys.forEach((key, q) => {
    const [lower, upper] = percentileInterval(reps[q]!, b.level);
    out[key] = { value: point[key], lower, upper };
  });
  return out;
}

/** Reliability data as units (e.g. a panel round × category) holding their raters' values. */
export interface Units {
  /** Values of unit u are values[start[u]..start[u+1]-1]; missing values are simply absent. */
  start: Int32Array;
  values: Float64Array;
}

/** From an observers × units table with NaN for missing values (the paper's layout). */
export function unitsFromTable(table: readonly (readonly number[])[]): Units {
  const nUnits = table[0]?.length ?? 0;
  const start = new Int32Array(nUnits + 1);
  const values: number[] = [];
  for (let u = 0; u < nUnits; u++) {
    for (const row of table) if (isFinite(row[u]!)) values.push(row[u]!);
    start[u + 1] = values.length;
  }
  return { start, values: Float64Array.from(values) };
}

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/**
 * Krippendorff's alpha, 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck (Krippendorff 2011), with
 * optional unit weights (bootstrap multiplicities). Ordinal δ is the difference of mid-ranks
 * (cumulative frequency up to a value minus half its own), which turns the ordinal form into the
 * interval form on mid-ranks and keeps the whole computation O(values).
 */
/**
 * Rank of each value among the distinct values (the ordinal metric's categories). Sorting a typed
 * copy and binary-searching it keeps this cheap and small for a million values (a Map of them
 * would cost ~50 bytes each).
 */
export function valueCodes(values: Float64Array): { codes: Int32Array; distinct: number } {
  const sorted = Float64Array.from(values).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[distinct - 1]) sorted[distinct++] = sorted[k]!;
  }
  const codes = new Int32Array(values.length);
  for (let q = 0; q < values.length; q++) {
    let a = 0;
    let b = distinct - 1;
    while (a < b) {
      const m = (a + b) >> 1;
      if (sorted[m]! < values[q]!) a = m + 1;
      else b = m;
    }
    codes[q] = a;
  }
  return { codes, distinct };
}

export function krippendorffAlpha(
  units: Units,
  metric: AlphaMetric,
  weight?: Float64Array,
  coded: { codes: Int32Array; distinct: number } = valueCodes(units.values),
): number {
  const { start } = units;
  const nUnits = start.length - 1;
  const { codes, distinct } = coded;
  // Weighted frequency of each value among pairable values (units with ≥ 2 values).
  const freq = new Float64Array(distinct);
  for (let u = 0; u < nUnits; u++) {
    const wu = weight ? weight[u]! : 1;
    if (start[u + 1]! - start[u]! < 2 || wu === 0) continue;
    for (let q = start[u]!; q < start[u + 1]!; q++) freq[codes[q]!]! += wu;
  }
  let n = 0;
  for (let c = 0; c < distinct; c++) n += freq[c]!;
  if (metric === 'nominal') return nominalAlpha(units, codes, freq, n, weight);
  // Interval: the values; ordinal: their mid-ranks under the (weighted) frequencies.
  let x = units.values;
  if (metric === 'ordinal') {
    const mid = new Float64Array(distinct);
    let cum = 0;
    for (let c = 0; c < distinct; c++) {
      mid[c] = cum + freq[c]! / 2;
      cum += freq[c]!;
    }
    x = new Float64Array(codes.length);
    for (let q = 0; q < codes.length; q++) x[q] = mid[codes[q]!]!;
  }
  let sx = 0;
  let sxx = 0;
  let observed = 0; // Σ_u w_u/(m_u − 1) Σ_{ordered pairs} δ²
  for (let u = 0; u < nUnits; u++) {
    const lo = start[u]!;
    const m = start[u + 1]! - lo;
    const wu = weight ? weight[u]! : 1;
    if (m < 2 || wu === 0) continue;
    let us = 0;
    let uss = 0;
    for (let q = lo; q < lo + m; q++) {
      us += x[q]!;
      uss += x[q]! * x[q]!;
    }
    observed += (wu * (2 * m * uss - 2 * us * us)) / (m - 1);
    sx += wu * us;
    sxx += wu * uss;
  }
  const expected = 2 * n * sxx - 2 * sx * sx;
  return expected > 0 ? 1 - ((n - 1) * observed) / expected : NaN;
}

/** Nominal δ: 1 for different values; expected disagreement n² − Σ n_c². */
function nominalAlpha(
  units: Units,
  codes: Int32Array,
  freq: Float64Array,
  n: number,
  weight?: Float64Array,
): number {
  const { start } = units;
  let observed = 0;
  for (let u = 0; u < start.length - 1; u++) {
    const lo = start[u]!;
    const m = start[u + 1]! - lo;
    const wu = weight ? weight[u]! : 1;
    if (m < 2 || wu === 0) continue;
    let unequal = 0;
    for (let q = lo; q < lo + m; q++) {
      for (let t = lo; t < lo + m; t++) if (codes[t] !== codes[q]) unequal += 1;
    }
    observed += (wu * unequal) / (m - 1);
  }
  let same = 0;
  for (const f of freq) same += f * f;
  const expected = n * n - same;
  return expected > 0 ? 1 - ((n - 1) * observed) / expected : NaN;
}

/**
 * Alpha with a percentile interval from resampling groups of units (a candidate's units move
 * together: their ratings are not independent); `group` maps unit → group, default unit itself.
 */
export function alphaWithInterval(
  units: Units,
  metric: AlphaMetric,
  b: BootstrapSettings = defaultBootstrap,
  group?: Int32Array,
): Estimate {
  const nUnits = units.start.length - 1;
  // Dense group ids 0..nGroups-1, so a replicate draws one multiplicity per group present.
  const raw = group ?? Int32Array.from({ length: nUnits }, (_, u) => u);
  const dense = new Int32Array(raw.reduce((m, v) => max(m, v + 1), 0)).fill(-1);
  let nGroups = 0;
  const g = raw.map((key) => (dense[key] === -1 ? (dense[key] = nGroups++) : dense[key]!));
  const rand = createRandom(b.seed);
  const coded = valueCodes(units.values);
  const gw = new Float64Array(nGroups);
  const uw = new Float64Array(nUnits);
  const reps = new Float64Array(b.replicates);
  for (let r = 0; r < b.replicates; r++) {
    rand.fillPoisson1(gw);
    for (let u = 0; u < nUnits; u++) uw[u] = gw[g[u]!]!;
    reps[r] = krippendorffAlpha(units, metric, uw, coded);
  }
  const [lower, upper] = b.replicates > 0 ? percentileInterval(reps, b.level) : [NaN, NaN];
  return { value: krippendorffAlpha(units, metric, undefined, coded), lower, upper };
}

export interface ModelReliability {
  /** σ²a / (σ²a + σ²b + σ²e): one scorecard, interviewer drawn at random (absolute agreement). */
  absolute: number;
  /** σ²a / (σ²a + σ²e): the same once leniency is corrected (consistency). */
  consistency: number;
  /** The mean of k scorecards by k different interviewers. */
  absoluteK: number;
  consistencyK: number;
  k: number;
}

export function modelReliability(v: VarianceComponents, k: number): ModelReliability {
  const { candidate: a, interviewer: b, residual: e } = v;
  return {
    absolute: a / (a + b + e),
    consistency: a / (a + e),
    absoluteK: a / (a + (b + e) / k),
    consistencyK: a / (a + e / k),
    k,
  };
}

export type ReliabilityKey = 'absolute' | 'consistency' | 'absoluteK' | 'consistencyK';
const reliabilityKeys: ReliabilityKey[] = ['absolute', 'consistency', 'absoluteK', 'consistencyK'];

function variance(xs: number[]): number {
  const finite = xs.filter(isFinite);
  const m = finite.reduce((t, v) => t + v, 0) / finite.length;
  return finite.reduce((t, v) => t + (v - m) ** 2, 0) / (finite.length - 1);
}

/**
 * Model reliability with intervals. With crossed replicates: a normal interval with variance
 * Var(candidates) + Var(interviewers) − Var(scorecards), never below the larger one-way variance
 * (see variance-components.ts); with candidate replicates only: a percentile interval that
 * treats the interviewers as fixed. Without replicates the bounds are NaN.
 */
export function modelReliabilityWithIntervals(
  point: VarianceComponents,
  reps: CrossedReplicates | VarianceComponents[],
  k: number,
  level = 0.95,
): Record<ReliabilityKey, Estimate> {
  const p = modelReliability(point, k);
  const of = (vs: readonly VarianceComponents[], key: ReliabilityKey) =>
    vs.map((v) => modelReliability(v, k)[key]);
  const z = normalQuantile(0.5 + level / 2);
  const out = {} as Record<ReliabilityKey, Estimate>;
  for (const key of reliabilityKeys) {
    if (Array.isArray(reps)) {
      const [lower, upper] =
        reps.length > 0 ? percentileInterval(of(reps, key), level) : [NaN, NaN];
      out[key] = { value: p[key], lower, upper };
      continue;
    }
    const crossed = reps as CrossedReplicates;
    const vc = variance(of(crossed.candidates, key));
    const vi = variance(of(crossed.interviewers, key));
    const vr = variance(of(crossed.scorecards, key));
    const se = sqrt(max(vc, vi, vc + vi - vr));
    out[key] = {
      value: p[key],
      lower: max(0, p[key] - z * se),
      upper: min(1, p[key] + z * se),
    };
  }
  return out;
}
