/**
 * Truths that the simulator knows only implicitly: what an interviewer's leniency does on the
 * 1–5 scale once range restriction, rounding and clipping have acted on it, and the population
 * reliability of a scorecard score. The fit works on ratings, so these are what it can recover.
 */
import { CalibrationData, scorecardCount } from './layout';
import { createRandom } from './random';
import {
  defaultSimulation,
  drawInterviewer,
  rateScorecard,
  rubricBase,
  SimulationOptions,
  SimulationTruth,
} from './simulation-model';
import { normalCdf } from './stats';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { sqrt } = Math;

/** E[clip(round(X), 1, 5)] for X ~ N(m, s²): 1 + Σ_t P(X ≥ t + ½), t = 1..4. */
export function expectedRating(m: number, s: number): number {
  let e = 1;
  for (let t = 1; t <= 4; t++) e += normalCdf((m - t - 0.5) / s);
  return e;
}

/**
 * Per interviewer: mean over their scorecards and categories of E[rating | this interviewer] −
 * E[rating | a neutral one (no leniency, no range restriction, no halo)], integrating the
 * impression, perception and answer noise analytically; then centred so that the average
 * scorecard's interviewer is 0 (the fit's convention).
 */
export function effectiveLeniency(
  d: CalibrationData,
  truth: SimulationTruth,
  o: SimulationOptions,
): Float64Array {
  const C = o.nCategories;
  const J = d.nInterviewers;
  const sum = new Float64Array(J);
  const count = new Float64Array(J);
  const s0 = sqrt(o.impressionSd ** 2 + o.categoryNoiseSd ** 2 + o.answerNoiseSd ** 2);
  let total = 0;
  const n = scorecardCount(d);
  for (let s = 0; s < n; s++) {
    const i = d.candidate[s]!;
    const j = d.interviewer[s]!;
    const k = truth.rangeSlope[j]!;
    const h = truth.halo[j]!;
    const sj = sqrt(
      k * k * ((1 + h) ** 2 * o.impressionSd ** 2 + (1 - h) ** 2 * o.categoryNoiseSd ** 2) +
        o.answerNoiseSd ** 2,
    );
    let diff = 0;
    for (let c = 0; c < C; c++) {
      const b = truth.base[d.roundType[s]! * C + c]!;
      const gic = truth.categoryAbility[i * C + c]!;
      const neutral = b + truth.theta[i]! + gic;
      const latent =
        b +
        truth.leniency[j]! +
        truth.categoryLeniency[j * C + c]! +
        truth.theta[i]! +
        (1 - h) * gic;
      diff += expectedRating(3 + k * (latent - 3), sj) - expectedRating(neutral, s0);
    }
    sum[j]! += diff / C;
    count[j]! += 1;
    total += diff / C;
  }
  const centre = total / n;
  return Float64Array.from(sum, (x, j) => (count[j]! > 0 ? x / count[j]! - centre : NaN));
}

export interface PopulationReliability {
  /** Correlation of two scorecards of one candidate by two random interviewers. */
  absolute: number;
  /** The same once interviewer leniency is taken out: Cov(same candidate) / (Var − Cov(same interviewer)). */
  consistency: number;
  variance: number;
  candidateCovariance: number;
  interviewerCovariance: number;
}

/**
 * Monte Carlo of the population reliability of one scorecard score (equal category weights),
 * from fresh candidates and interviewers drawn as the simulator draws them. Scores are centred
 * on their round type's mean, as the fit's fixed effects centre them.
 */
export function populationReliability(
  options: Partial<SimulationOptions>,
  pairs: number,
  seed: number,
): PopulationReliability {
  const o: SimulationOptions = { ...defaultSimulation, ...options };
  const r = createRandom(seed);
  const C = o.nCategories;
  const base = rubricBase(o);
  const g = new Float32Array(2 * C);
  const out = {
    category: new Uint16Array(C),
    rating: new Float32Array(C),
    answered: new Uint8Array(C),
  };
  const drawCandidate = (slot: number) => {
    for (let c = 0; c < C; c++) g[slot * C + c] = o.categoryAbilitySd * r.normal();
    return o.abilitySd * r.normal();
  };
  // Scores of 4 kinds of scorecards: [pair kind][member] with their round types.
  const y = new Float64Array(4 * pairs);
  const type = new Int32Array(4 * pairs);
  const score = (
    theta: number,
    slot: number,
    t: ReturnType<typeof drawInterviewer>,
    rt: number,
  ) => {
    const end = rateScorecard(o, r, theta, g, slot * C, t, base, rt, out, 0);
    let sum = 0;
    for (let k = 0; k < end; k++) sum += out.rating[k]!;
    return sum / end;
  };
  for (let p = 0; p < pairs; p++) {
    // Same candidate, same round type, two interviewers.
    const theta = drawCandidate(0);
    const rt = r.int(o.nRoundTypes);
    type[4 * p] = rt;
    type[4 * p + 1] = rt;
    y[4 * p] = score(theta, 0, drawInterviewer(o, r), rt);
    y[4 * p + 1] = score(theta, 0, drawInterviewer(o, r), rt);
    // Same interviewer, two candidates, any round types.
    const t = drawInterviewer(o, r);
    for (let m = 2; m < 4; m++) {
      const th = drawCandidate(1);
      type[4 * p + m] = r.int(o.nRoundTypes);
      y[4 * p + m] = score(th, 1, t, type[4 * p + m]!);
    }
  }
  const mean = new Float64Array(o.nRoundTypes);
  const count = new Float64Array(o.nRoundTypes);
  y.forEach((v, k) => {
    mean[type[k]!]! += v;
    count[type[k]!]! += 1;
  });
  for (let t = 0; t < o.nRoundTypes; t++) mean[t]! /= count[t]!;
  let variance = 0;
  let candidateCovariance = 0;
  let interviewerCovariance = 0;
  for (let p = 0; p < pairs; p++) {
    const e = (m: number) => y[4 * p + m]! - mean[type[4 * p + m]!]!;
    variance += e(0) ** 2 + e(1) ** 2 + e(2) ** 2 + e(3) ** 2;
    candidateCovariance += e(0) * e(1);
    interviewerCovariance += e(2) * e(3);
  }
  variance /= 4 * pairs;
  candidateCovariance /= pairs;
  interviewerCovariance /= pairs;
  return {
    absolute: candidateCovariance / variance,
    consistency: candidateCovariance / (variance - interviewerCovariance),
    variance,
    candidateCovariance,
    interviewerCovariance,
  };
}
