/**
 * How each interviewer uses the scale, beside their leniency: spread (range restriction /
 * central tendency), agreement with co-raters on the same panel, and halo. All on deviations
 * x = rating − (round type × category mean), so that a rubric's harder categories or a round
 * type's lower scores do not count as an interviewer's habit.
 */
import { CalibrationData, groupBy, scorecardCount } from './layout';
import { quantile } from './stats';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { abs, max, sqrt } = Math;

export interface RaterDiagnostics {
  /** SD of the interviewer's category deviations around their own mean. */
  spread: Float64Array;
  /** spread / the median interviewer's spread: below 1 = compresses the scale. */
  spreadRatio: Float64Array;
  /** Mean |rating − mean of the other panel members' ratings of that category|. */
  agreementMad: Float64Array;
  /** Correlation of their deviations with the other panel members' mean deviations. */
  agreementCorrelation: Float64Array;
  /** Category ratings compared with co-raters. */
  agreementPairs: Int32Array;
  /** Mean correlation between categories across their complete scorecards. */
  halo: Float64Array;
  /** halo − the median interviewer's halo: above 0 = categories move together more than peers'. */
  haloExcess: Float64Array;
}

const MIN_OBS = 10;

export function raterDiagnostics(
  d: CalibrationData,
  typeCategoryMean: Float64Array,
  include: Uint8Array,
): RaterDiagnostics {
  const J = d.nInterviewers;
  const C = d.nCategories;
  const n = scorecardCount(d);
  const dev = (s: number, o: number) =>
    d.rating[o]! - typeCategoryMean[d.roundType[s]! * C + d.category[o]!]!;

  // Spread, and per interviewer × category moments on complete scorecards for the halo.
  const mom = new Float64Array(3 * J);
  const catMom = new Float64Array(3 * J * C);
  for (let s = 0; s < n; s++) {
    if (!include[s]) continue;
    const j = d.interviewer[s]!;
    const complete = d.obsStart[s + 1]! - d.obsStart[s]! === C;
    for (let o = d.obsStart[s]!; o < d.obsStart[s + 1]!; o++) {
      const x = dev(s, o);
      mom[3 * j]! += 1;
      mom[3 * j + 1]! += x;
      mom[3 * j + 2]! += x * x;
      if (!complete) continue;
      const k = 3 * (j * C + d.category[o]!);
      catMom[k]! += 1;
      catMom[k + 1]! += x;
      catMom[k + 2]! += x * x;
    }
  }
  const spread = new Float64Array(J);
  for (let j = 0; j < J; j++) {
    const c = mom[3 * j]!;
    spread[j] = c >= MIN_OBS ? sqrt(max(0, mom[3 * j + 2]! / c - (mom[3 * j + 1]! / c) ** 2)) : NaN;
  }

  // Halo: with z-scores per category, Var(Σz) = C + C(C−1)·(mean inter-category correlation).
  const sumZ = new Float64Array(3 * J);
  for (let s = 0; s < n; s++) {
    if (!include[s] || d.obsStart[s + 1]! - d.obsStart[s]! !== C) continue;
    const j = d.interviewer[s]!;
    let z = 0;
    let ok = true;
    for (let o = d.obsStart[s]!; o < d.obsStart[s + 1]!; o++) {
      const k = 3 * (j * C + d.category[o]!);
      const cnt = catMom[k]!;
      const mean = catMom[k + 1]! / cnt;
      const sd = sqrt(max(0, catMom[k + 2]! / cnt - mean * mean));
      if (!(sd > 0)) ok = false;
      z += (dev(s, o) - mean) / sd;
    }
    if (!ok) continue;
    sumZ[3 * j]! += 1;
    sumZ[3 * j + 1]! += z;
    sumZ[3 * j + 2]! += z * z;
  }
  const halo = new Float64Array(J);
  for (let j = 0; j < J; j++) {
    const c = sumZ[3 * j]!;
    const v = sumZ[3 * j + 2]! / c - (sumZ[3 * j + 1]! / c) ** 2;
    halo[j] = c >= 3 && C > 1 ? (v - C) / (C * (C - 1)) : NaN;
  }

  // Agreement: each panel member against the mean of the others, category by category.
  const byRound = groupBy(d.round, d.nRounds, include);
  const sum = new Float64Array(C);
  const cnt = new Int32Array(C);
  const agr = new Float64Array(6 * J); // n, Σ|diff|, Σx, Σy, Σx², Σy²
  const agrXY = new Float64Array(J);
  const agreementPairs = new Int32Array(J);
  for (let g = 0; g < d.nRounds; g++) {
    const lo = byRound.start[g]!;
    const hi = byRound.start[g + 1]!;
    if (hi - lo < 2) continue;
    sum.fill(0);
    cnt.fill(0);
    for (let q = lo; q < hi; q++) {
      const s = byRound.order[q]!;
      for (let o = d.obsStart[s]!; o < d.obsStart[s + 1]!; o++) {
        sum[d.category[o]!]! += dev(s, o);
        cnt[d.category[o]!]! += 1;
      }
    }
    for (let q = lo; q < hi; q++) {
      const s = byRound.order[q]!;
      const j = d.interviewer[s]!;
      for (let o = d.obsStart[s]!; o < d.obsStart[s + 1]!; o++) {
        const c = d.category[o]!;
        if (cnt[c]! < 2) continue;
        const x = dev(s, o);
        const y = (sum[c]! - x) / (cnt[c]! - 1);
        agr[6 * j]! += 1;
        agr[6 * j + 1]! += abs(x - y);
        agr[6 * j + 2]! += x;
        agr[6 * j + 3]! += y;
        agr[6 * j + 4]! += x * x;
        agr[6 * j + 5]! += y * y;
        agrXY[j]! += x * y;
      }
    }
  }
  const agreementMad = new Float64Array(J);
  const agreementCorrelation = new Float64Array(J);
  for (let j = 0; j < J; j++) {
    const c = agr[6 * j]!;
    agreementPairs[j] = c;
    if (c < 2) {
      agreementMad[j] = NaN;
      agreementCorrelation[j] = NaN;
      continue;
    }
    agreementMad[j] = agr[6 * j + 1]! / c;
    const mx = agr[6 * j + 2]! / c;
    const my = agr[6 * j + 3]! / c;
    const cov = agrXY[j]! / c - mx * my;
    const vx = agr[6 * j + 4]! / c - mx * mx;
    const vy = agr[6 * j + 5]! / c - my * my;
    agreementCorrelation[j] = cov / sqrt(vx * vy);
  }

  const spreadMedian = quantile(spread, 0.5);
  const haloMedian = quantile(halo, 0.5);
  return {
    spread,
    spreadRatio: spread.map((v) => v / spreadMedian),
    agreementMad,
    agreementCorrelation,
    agreementPairs,
    halo,
    haloExcess: halo.map((v) => v - haloMedian),
  };
}
