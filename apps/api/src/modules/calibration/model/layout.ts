/**
 * The data layout shared by the simulator and the fit: struct-of-arrays, no per-row objects, so
 * that ~3M scorecards × 12 categories fit in a few hundred MB (Float32 ratings, Uint16 categories,
 * Uint8 counts) and every pass is a tight loop over typed arrays.
 *
 * Scorecards are rows 0..nScorecards-1; a scorecard's category observations are the contiguous
 * range obsStart[s]..obsStart[s+1]-1 (CSR), one per answered category.
 */
export interface CalibrationData {
  nCandidates: number;
  nInterviewers: number;
  /** Round types (the plan round or rubric lineage): the fixed effect with categories. */
  nRoundTypes: number;
  /** Category lineages, pooled across rubric versions. */
  nCategories: number;
  /** Interview rounds: scorecards of one round (same candidate) form a panel. */
  nRounds: number;
  candidate: Int32Array;
  interviewer: Int32Array;
  roundType: Int32Array;
  round: Int32Array;
  obsStart: Int32Array;
  /** Per observation: category index, the mean of its answered question ratings, their count. */
  category: Uint16Array;
  rating: Float32Array;
  answered: Uint8Array;
  /** Rubric weight per category (the product's weighted score); defaults to equal weights. */
  categoryWeight?: Float64Array;
  /** Calendar month of each scorecard (year × 12 + month − 1): the monthly trend, when given. */
  period?: Int32Array;
}

export const scorecardCount = (d: CalibrationData): number => d.candidate.length;

/** Throws on a malformed layout: a wrong index here would silently corrupt every estimate. */
export function validateData(d: CalibrationData): void {
  const n = scorecardCount(d);
  const sameLength = [d.interviewer, d.roundType, d.round].every((a) => a.length === n);
  if (!sameLength || d.obsStart.length !== n + 1)
    throw new Error('scorecard arrays differ in length');
  const nObs = d.obsStart[n]!;
  if (d.category.length < nObs || d.rating.length < nObs || d.answered.length < nObs) {
    throw new Error('observation arrays shorter than obsStart says');
  }
  const check = (a: Int32Array, max: number, name: string) => {
    for (let i = 0; i < a.length; i++) {
      if (a[i]! < 0 || a[i]! >= max) throw new Error(`${name}[${i}] out of range`);
    }
  };
  check(d.candidate, d.nCandidates, 'candidate');
  check(d.interviewer, d.nInterviewers, 'interviewer');
  check(d.roundType, d.nRoundTypes, 'roundType');
  check(d.round, d.nRounds, 'round');
  for (let s = 0; s < n; s++) {
    if (d.obsStart[s + 1]! < d.obsStart[s]!) throw new Error('obsStart not increasing');
  }
  for (let o = 0; o < nObs; o++) {
    if (d.category[o]! >= d.nCategories) throw new Error(`category[${o}] out of range`);
    // An observation is an answered category: a mean of at least one rating.
    if (d.answered[o] === 0 || !Number.isFinite(d.rating[o]!)) {
      throw new Error(`observation ${o} has no answered rating`);
    }
  }
  if (d.period && d.period.length !== n)
    throw new Error('period differs in length from scorecards');
  if (d.categoryWeight && d.categoryWeight.length !== d.nCategories) {
    throw new Error('categoryWeight length differs from nCategories');
  }
}

export interface Grouping {
  /** Members of group g are order[start[g]..start[g+1]-1]. */
  start: Int32Array;
  order: Int32Array;
}

/** Counting sort of rows by an integer key: O(n + nKeys), stable. */
export function groupBy(keys: Int32Array, nKeys: number, keep?: Uint8Array): Grouping {
  const start = new Int32Array(nKeys + 1);
  for (let i = 0; i < keys.length; i++) if (!keep || keep[i]) start[keys[i]! + 1]! += 1;
  for (let g = 0; g < nKeys; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, nKeys);
  const order = new Int32Array(start[nKeys]!);
  for (let i = 0; i < keys.length; i++) {
    if (keep && !keep[i]) continue;
    order[fill[keys[i]!]!++] = i;
  }
  return { start, order };
}

/** Equal weights unless the rubric gives some. */
export const weightsOf = (d: CalibrationData): Float64Array =>
  d.categoryWeight ?? new Float64Array(d.nCategories).fill(1);

/**
 * The product's scorecard score: category ratings averaged by rubric weight over the answered
 * categories (weights renormalised). NaN for a scorecard without observations.
 */
export function scorecardScores(d: CalibrationData): Float64Array {
  const w = weightsOf(d);
  const n = scorecardCount(d);
  const out = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    let sw = 0;
    let swy = 0;
    for (let o = d.obsStart[s]!; o < d.obsStart[s + 1]!; o++) {
      const wc = w[d.category[o]!]!;
      sw += wc;
      swy += wc * d.rating[o]!;
    }
    out[s] = sw > 0 ? swy / sw : NaN;
  }
  return out;
}
