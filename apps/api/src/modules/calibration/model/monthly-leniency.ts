/**
 * Leniency per interviewer per calendar month: does an interviewer drift (a new hire who settles,
 * a veteran who grows harsh after a bad cohort)? The overall fit assumes one leniency per
 * interviewer; here each scorecard's residual against the fitted model *without its own
 * interviewer's leniency* is averaged per interviewer and month, and shrunk toward 0 with the same
 * ridge weight the overall leniency got (σ²e/σ²b, plus the extra prior weight of the not yet
 * calibrated), so a month with three scorecards says little and a month with forty says a lot.
 *
 * The candidate's ability is taken from the *other* interviewers' scorecards of that candidate
 * (leave-own-interviewer-out): with the candidate's full ability estimate, a one-off month's drift
 * would be soaked up by the abilities of the candidates it touched. So only linked scorecards (the
 * candidate was also scored by someone else) carry evidence; the others are counted, not used.
 *
 * It is descriptive, not a refit: the other interviewers' leniencies and the round type effects
 * stay at the overall fit's values, and the months of one interviewer are estimated independently.
 */
import { groupBy } from './layout';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { sqrt } = Math;
const { isNaN } = Number;

/** A calendar month as one integer: year × 12 + (month − 1), so months sort and subtract. */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;
export const monthOfIndex = (index: number): { year: number; month: number } => ({
  year: Math.floor(index / 12),
  month: (index % 12) + 1,
});

export interface MonthlyLeniencyInput {
  /** Scorecard values as the fit saw them (NaN: not in the main component or unanswered). */
  y: Float64Array;
  candidate: Int32Array;
  interviewer: Int32Array;
  /** Round type per scorecard. */
  fixed: Int32Array;
  /** Calendar month per scorecard (monthIndex). */
  month: Int32Array;
  nCandidates: number;
  nInterviewers: number;
}

export interface MonthlyLeniencyFit {
  /** Round type effects of the overall fit (centred with the leniencies). */
  fixed: Float64Array;
  /** Overall leniency per interviewer (centred: 0 = the average scorecard's interviewer). */
  leniency: Float64Array;
  /** Ridge weight per interviewer on their leniency: σ²e/σ²b (+ extra for the not yet calibrated). */
  lambda: Float64Array;
  /** σ²e/σ²a: how hard a candidate's ability is shrunk. */
  lambdaCandidate: number;
}

/** One row per interviewer and month they scored in, interviewer-major, months ascending. */
export interface MonthlyLeniency {
  interviewer: Int32Array;
  month: Int32Array;
  /** Shrunk mean residual, in rating points like the overall leniency; NaN without linked scorecards. */
  leniency: Float64Array;
  se: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Scorecards of the month (in the main component). */
  scorecards: Int32Array;
  /** Of which linked: the only ones that carry evidence. */
  linked: Int32Array;
}

export function monthlyLeniency(
  p: MonthlyLeniencyInput,
  f: MonthlyLeniencyFit,
  z: number,
): MonthlyLeniency {
  const n = p.y.length;
  const valid = Uint8Array.from(p.y, (v) => (isNaN(v) ? 0 : 1));
  // Each scorecard's value with its own interviewer's leniency and round type taken out: what is
  // left is ability + noise, the evidence it gives about its candidate.
  const evidence = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    if (valid[s]) evidence[s] = p.y[s]! - f.fixed[p.fixed[s]!]! - f.leniency[p.interviewer[s]!]!;
  }
  const byCandidate = groupBy(p.candidate, p.nCandidates, valid);

  // Residuals r_s = y_s − β_t − â_i(without interviewer j); keyed by interviewer × month.
  const residual = new Float64Array(n).fill(NaN);
  for (let i = 0; i < p.nCandidates; i++) {
    const from = byCandidate.start[i]!;
    const to = byCandidate.start[i + 1]!;
    if (to - from < 2) continue;
    for (let q = from; q < to; q++) {
      const s = byCandidate.order[q]!;
      const j = p.interviewer[s]!;
      let sum = 0;
      let others = 0;
      for (let k = from; k < to; k++) {
        const t = byCandidate.order[k]!;
        if (p.interviewer[t] === j) continue;
        sum += evidence[t]!;
        others += 1;
      }
      if (others === 0) continue;
      residual[s] = p.y[s]! - f.fixed[p.fixed[s]!]! - sum / (others + f.lambdaCandidate);
    }
  }

  // Cells: valid scorecards by interviewer (counting sort), then by month within each.
  const byInterviewer = groupBy(p.interviewer, p.nInterviewers, valid);
  const order = byInterviewer.order;
  for (let j = 0; j < p.nInterviewers; j++) {
    order
      .subarray(byInterviewer.start[j]!, byInterviewer.start[j + 1]!)
      .sort((a, b) => p.month[a]! - p.month[b]!);
  }
  const cells: { j: number; m: number; sum: number; linked: number; scorecards: number }[] = [];
  let pooled = 0;
  let pooledN = 0;
  for (const s of order) {
    const j = p.interviewer[s]!;
    const m = p.month[s]!;
    let cell = cells[cells.length - 1];
    if (!cell || cell.j !== j || cell.m !== m) {
      cell = { j, m, sum: 0, linked: 0, scorecards: 0 };
      cells.push(cell);
    }
    cell.scorecards += 1;
    const r = residual[s]!;
    if (isNaN(r)) continue;
    cell.sum += r;
    cell.linked += 1;
    pooled += (r - f.leniency[j]!) ** 2;
    pooledN += 1;
  }
  // The noise of one residual (pooled; a month's drift inflates it a little: wider, never narrower).
  const noise = pooledN > 1 ? pooled / (pooledN - 1) : NaN;

  const out: MonthlyLeniency = {
    interviewer: new Int32Array(cells.length),
    month: new Int32Array(cells.length),
    leniency: new Float64Array(cells.length),
    se: new Float64Array(cells.length),
    lower: new Float64Array(cells.length),
    upper: new Float64Array(cells.length),
    scorecards: new Int32Array(cells.length),
    linked: new Int32Array(cells.length),
  };
  cells.forEach((cell, k) => {
    const weight = cell.linked + f.lambda[cell.j]!;
    const estimate = cell.linked > 0 && weight > 0 ? cell.sum / weight : NaN;
    const se = cell.linked > 0 ? sqrt(noise / weight) : NaN;
    out.interviewer[k] = cell.j;
    out.month[k] = cell.m;
    out.leniency[k] = estimate;
    out.se[k] = se;
    out.lower[k] = estimate - z * se;
    out.upper[k] = estimate + z * se;
    out.scorecards[k] = cell.scorecards;
    out.linked[k] = cell.linked;
  });
  return out;
}
