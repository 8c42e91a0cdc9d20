/**
 * Variance components of the crossed model r = a_candidate + b_interviewer + e by the method of
 * moments (in the spirit of Gao & Owen 2017, "Efficient moment calculations for variance
 * components in large unbalanced crossed random effects models"): mean squared differences of
 * pairs of scorecards that share a candidate (2(σ²b + σ²e)), share an interviewer (2(σ²a + σ²e))
 * or share neither (2(σ²a + σ²b + σ²e)). O(n) time, no matrix, unbiased without normality, and
 * cheap enough to bootstrap, which REML on millions of rows is not.
 *
 * Bootstrap replicates reweight candidates (multiplicity m_i), interviewers (n_j) or scorecards.
 * A resampled candidate's copies are distinct candidates, so a pair's copies split into pair types
 * exactly as in a resampled data set, except that the copies of one scorecard are never paired
 * with each other (a zero difference between "two interviewers" would bias σ²b + σ²e toward 0).
 */
import { groupBy } from './layout';
import { createRandom } from './random';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { max, min, round } = Math;
const { isFinite, isNaN } = Number;

export interface VarianceComponents {
  candidate: number;
  interviewer: number;
  residual: number;
}

export interface CrossedDesign {
  candidate: Int32Array;
  interviewer: Int32Array;
  nCandidates: number;
  nInterviewers: number;
  /**
   * Pairs of rows (flattened s, t) with the same candidate and interviewer: a candidate scored
   * twice by one interviewer, in two rounds. Rare, so listed once instead of searched per replicate.
   */
  repeats: Int32Array;
}

/** Finds the repeat pairs among the kept rows (a candidate has only a few rows: O(n)). */
export function repeatPairs(
  candidate: Int32Array,
  interviewer: Int32Array,
  nCandidates: number,
  keep?: Uint8Array,
): Int32Array {
  const { start, order } = groupBy(candidate, nCandidates, keep);
  const pairs: number[] = [];
  for (let i = 0; i < nCandidates; i++) {
    for (let x = start[i]!; x < start[i + 1]!; x++) {
      for (let y = x + 1; y < start[i + 1]!; y++) {
        if (interviewer[order[x]!] === interviewer[order[y]!]) pairs.push(order[x]!, order[y]!);
      }
    }
  }
  return Int32Array.from(pairs);
}

/** Σ_{s≠s'} w w' (r − r')² and Σ_{s≠s'} w w' from a group's sums Σw, Σw·r, Σw·r², Σw². */
const pairSum = (a: Float64Array, k: number) => 2 * a[k]! * a[k + 2]! - 2 * a[k + 1]! ** 2;
const pairCount = (a: Float64Array, k: number) => a[k]! ** 2 - a[k + 3]!;

/** Adds one row to a group's four sums. */
function add(a: Float64Array, k: number, w: number, v: number) {
  a[k]! += w;
  a[k + 1]! += w * v;
  a[k + 2]! += w * v * v;
  a[k + 3]! += w * w;
}

/**
 * Scratch arrays of an estimator (~100 MB at 3M scorecards): a fit makes one set and reuses it
 * for every category, instead of leaving the garbage collector a few GB to reclaim. An estimator
 * is valid until the buffers are handed to the next one.
 */
export interface MomentBuffers {
  v: Float64Array;
  candFixed: Float64Array;
  intvFixed: Float64Array;
  cand: Float64Array;
  intv: Float64Array;
}

export const momentBuffers = (d: CrossedDesign, rows: number): MomentBuffers => ({
  v: new Float64Array(rows),
  candFixed: new Float64Array(4 * d.nCandidates),
  intvFixed: new Float64Array(4 * d.nInterviewers),
  cand: new Float64Array(4 * d.nCandidates),
  intv: new Float64Array(4 * d.nInterviewers),
});

export interface MomentEstimator {
  /**
   * Estimates under multiplicities m (per candidate), n (per interviewer) and w (per row); all
   * omitted = the data as they are. Negative estimates are set to 0 and the others re-derived.
   */
  estimate(m?: Float64Array, n?: Float64Array, w?: Float64Array): VarianceComponents;
}

/**
 * Prepares the moment sums of residuals `r` (NaN = no observation) once, so that a bootstrap
 * replicate that reweights only candidates (or only interviewers) costs one pass over the rows
 * for the other side and one over the groups: the reweighted side's sums are fixed per group.
 */
export function momentEstimator(
  r: Float64Array,
  d: CrossedDesign,
  buffers: MomentBuffers = momentBuffers(d, r.length),
): MomentEstimator {
  const rows = r.length;
  const { candidate, interviewer, nCandidates, nInterviewers, repeats } = d;
  // Centre once: pair sums are shift-invariant, but Σr² − (Σr)² is not numerically stable.
  let total = 0;
  let count = 0;
  for (let s = 0; s < rows; s++) {
    if (isNaN(r[s]!)) continue;
    total += r[s]!;
    count += 1;
  }
  const { v, candFixed, intvFixed, cand, intv } = buffers;
  const centre = total / (count || 1);
  for (let s = 0; s < rows; s++) v[s] = r[s]! - centre;
  candFixed.fill(0);
  intvFixed.fill(0);
  for (let s = 0; s < rows; s++) {
    if (isNaN(v[s]!)) continue;
    add(candFixed, 4 * candidate[s]!, 1, v[s]!);
    add(intvFixed, 4 * interviewer[s]!, 1, v[s]!);
  }

  return {
    estimate(m?: Float64Array, n?: Float64Array, w?: Float64Array): VarianceComponents {
      const t = { sA: 0, qA: 0, sB: 0, qB: 0, all0: 0, all1: 0, all2: 0, all3: 0 };
      // A side whose rows are not reweighted individually keeps its per-group sums: a group's
      // multiplicity scales its pairs (copies are distinct groups) and its share of all rows.
      const fixedSide = (sums: Float64Array, groups: number, mult: Float64Array | undefined) => {
        let s = 0;
        let q = 0;
        for (let g = 0; g < groups; g++) {
          const k = 4 * g;
          const x = mult ? mult[g]! : 1;
          if (x === 0 || sums[k] === 0) continue;
          s += x * pairSum(sums, k);
          q += x * pairCount(sums, k);
          t.all0 += x * sums[k]!;
          t.all1 += x * sums[k + 1]!;
          t.all2 += x * sums[k + 2]!;
          t.all3 += x * x * sums[k + 3]!;
        }
        return [s, q] as const;
      };
      // The other side's sums, with each row weighted by its multiplicity on the first side.
      const varyingSide = (sums: Float64Array, groups: number, mult: Float64Array | undefined) => {
        let s = 0;
        let q = 0;
        for (let g = 0; g < groups; g++) {
          const x = mult ? mult[g]! : 1;
          if (x === 0 || sums[4 * g] === 0) continue;
          s += x * pairSum(sums, 4 * g);
          q += x * pairCount(sums, 4 * g);
        }
        return [s, q] as const;
      };
      if (!w && !n) {
        [t.sA, t.qA] = fixedSide(candFixed, nCandidates, m);
        intv.fill(0);
        for (let s = 0; s < rows; s++) {
          if (isNaN(v[s]!)) continue;
          add(intv, 4 * interviewer[s]!, m ? m[candidate[s]!]! : 1, v[s]!);
        }
        [t.sB, t.qB] = varyingSide(intv, nInterviewers, undefined);
      } else if (!w && !m) {
        [t.sB, t.qB] = fixedSide(intvFixed, nInterviewers, n);
        cand.fill(0);
        for (let s = 0; s < rows; s++) {
          if (isNaN(v[s]!)) continue;
          add(cand, 4 * candidate[s]!, n![interviewer[s]!]!, v[s]!);
        }
        [t.sA, t.qA] = varyingSide(cand, nCandidates, undefined);
      } else {
        cand.fill(0);
        intv.fill(0);
        for (let s = 0; s < rows; s++) {
          if (isNaN(v[s]!)) continue;
          const i = candidate[s]!;
          const j = interviewer[s]!;
          const rw = w ? w[s]! : 1;
          const mi = m ? m[i]! : 1;
          const nj = (n ? n[j]! : 1) * rw;
          if (mi === 0 || nj === 0) continue;
          add(cand, 4 * i, nj, v[s]!);
          add(intv, 4 * j, mi * rw, v[s]!);
          const c = mi * nj;
          t.all0 += c;
          t.all1 += c * v[s]!;
          t.all2 += c * v[s]! * v[s]!;
          t.all3 += c * c;
        }
        [t.sA, t.qA] = varyingSide(cand, nCandidates, m);
        [t.sB, t.qB] = varyingSide(intv, nInterviewers, n);
      }
      // Repeat scorecards (same candidate and interviewer, two rounds): move their copy pairs out
      // of the "same candidate" and "same interviewer" sums into their own type (no a or b in it).
      let sAB = 0;
      let qAB = 0;
      for (let p = 0; p < repeats.length; p += 2) {
        const s = repeats[p]!;
        const u = repeats[p + 1]!;
        if (isNaN(v[s]!) || isNaN(v[u]!)) continue;
        const mi = m ? m[candidate[s]!]! : 1;
        const nj = n ? n[interviewer[s]!]! : 1;
        const wst = w ? w[s]! * w[u]! : 1;
        const d2 = 2 * wst * (v[s]! - v[u]!) ** 2; // both orders
        t.sA += (-mi * nj * nj + mi * nj * (nj - 1)) * d2;
        t.qA += (-mi * nj * nj + mi * nj * (nj - 1)) * 2 * wst;
        t.sB += (-nj * mi * mi + nj * mi * (mi - 1)) * d2;
        t.qB += (-nj * mi * mi + nj * mi * (mi - 1)) * 2 * wst;
        sAB += mi * nj * d2;
        qAB += mi * nj * 2 * wst;
      }
      const sAll = 2 * t.all0 * t.all2 - 2 * t.all1 * t.all1;
      const qAll = t.all0 * t.all0 - t.all3;
      const sO = sAll - t.sA - t.sB - sAB;
      const qO = qAll - t.qA - t.qB - qAB;
      return solveComponents(t.sA / t.qA, t.sB / t.qB, sO / qO);
    },
  };
}

/** Moment estimates of the components (see momentEstimator.estimate). */
export function momentComponents(
  r: Float64Array,
  d: CrossedDesign,
  m?: Float64Array,
  n?: Float64Array,
  w?: Float64Array,
  buffers?: MomentBuffers,
): VarianceComponents {
  return momentEstimator(r, d, buffers).estimate(m, n, w);
}

/** From mean squared pair differences: same candidate vA, same interviewer vB, neither vO. */
export function solveComponents(vA: number, vB: number, vO: number): VarianceComponents {
  if (!isFinite(vO)) return { candidate: NaN, interviewer: NaN, residual: NaN };
  // Without pairs of a type its equation is missing: the component it identifies is unknown.
  if (!isFinite(vA) || !isFinite(vB)) {
    return { candidate: NaN, interviewer: NaN, residual: NaN };
  }
  let a = (vO - vA) / 2;
  let b = (vO - vB) / 2;
  let e = (vA + vB - vO) / 2;
  if (b < 0) {
    b = 0;
    e = vA / 2;
    a = max(0, vO / 2 - e);
  } else if (a < 0) {
    a = 0;
    e = vB / 2;
    b = max(0, vO / 2 - e);
  }
  if (e <= 0) e = 1e-9 * (vO / 2);
  return { candidate: a, interviewer: b, residual: e };
}

/** What a bootstrap replicate resamples (Poisson(1) multiplicities). */
export type ResampleUnit = 'candidates' | 'interviewers' | 'scorecards';

export interface BootstrapOptions {
  replicates: number;
  seed: number;
  unit: ResampleUnit;
}

/** Replicates of the components; NaN replicates (a pair type left empty) are kept as NaN. */
export function bootstrapComponents(
  r: Float64Array,
  d: CrossedDesign,
  o: BootstrapOptions,
  estimator: MomentEstimator = momentEstimator(r, d),
): VarianceComponents[] {
  const rand = createRandom(o.seed);
  const size = { candidates: d.nCandidates, interviewers: d.nInterviewers, scorecards: r.length };
  const w = new Float64Array(size[o.unit]);
  const out: VarianceComponents[] = [];
  for (let b = 0; b < o.replicates; b++) {
    rand.fillPoisson1(w);
    out.push(
      estimator.estimate(
        o.unit === 'candidates' ? w : undefined,
        o.unit === 'interviewers' ? w : undefined,
        o.unit === 'scorecards' ? w : undefined,
      ),
    );
  }
  return out;
}

/**
 * Bootstrap replicates for an interval that carries both sampling sources. One-way resampling of
 * candidates ignores that the interviewers are a sample too (intervals too narrow for a
 * population reliability: 15/20 coverage on the simulator); resampling both at once (Owen's
 * pigeonhole bootstrap) is conservative (about 1.5× too wide there). No resampling scheme is exact
 * for crossed data (McCullagh 2000), so reliability.ts combines one-way ones: Var(candidates) +
 * Var(interviewers) − Var(scorecards), the last removing the residual variance that both one-way
 * variances contain (1.0–1.2× the ideal width on the simulator, 40/40 coverage).
 */
export interface CrossedReplicates {
  candidates: VarianceComponents[];
  interviewers: VarianceComponents[];
  scorecards: VarianceComponents[];
}

export function crossedReplicates(
  r: Float64Array,
  d: CrossedDesign,
  replicates: number,
  seed: number,
  buffers?: MomentBuffers,
): CrossedReplicates {
  const estimator = momentEstimator(r, d, buffers);
  const run = (unit: ResampleUnit, offset: number) =>
    bootstrapComponents(r, d, { replicates, seed: seed + offset, unit }, estimator);
  return {
    candidates: run('candidates', 0),
    interviewers: run('interviewers', 7919),
    scorecards: run('scorecards', 15485863),
  };
}

/** Bootstrap replicates of the components for the chosen scheme (none when replicates = 0). */
export function replicatesFor(
  r: Float64Array,
  d: CrossedDesign,
  replicates: number,
  o: { seed: number; scheme: 'crossed' | 'candidates' },
  buffers?: MomentBuffers,
): CrossedReplicates | VarianceComponents[] {
  if (replicates <= 0) return [];
  return o.scheme === 'crossed'
    ? crossedReplicates(r, d, replicates, o.seed, buffers)
    : bootstrapComponents(
        r,
        d,
        { replicates, seed: o.seed, unit: 'candidates' },
        momentEstimator(r, d, buffers),
      );
}

/**
 * A number, or 'auto': as many as a budget of rows × replicates allows, within [min, max]. An
 * interval's width matters less the more data there are (at 3M scorecards it is a few
 * thousandths wide), while every replicate costs a pass over them: 200 on small data, 20 at
 * 3M scorecards (overall), 50 to 10 per category.
 */
export type Replicates = number | 'auto';

export function autoReplicates(
  r: Replicates,
  rows: number,
  budget: number,
  lowest: number,
  highest: number,
): number {
  if (r !== 'auto') return r;
  return min(highest, max(lowest, round(budget / max(1, rows))));
}
