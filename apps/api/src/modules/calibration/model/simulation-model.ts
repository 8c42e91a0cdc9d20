/**
 * A seeded known-truth simulator of a BPO interview funnel, so that the fit can be tested against
 * the leniencies and abilities that produced the ratings. Everything is typed arrays: the bench
 * runs it at ~3M scorecards.
 *
 * A category rating on scorecard s (candidate i, interviewer j, round type t), category c:
 *   perceived = θ_i + (1 + h_j)·u_s + (1 − h_j)·(g_ic + v_sc)       halo h_j: category scores
 *                                                                   move with the scorecard's
 *                                                                   overall impression u_s
 *   latent    = base_tc + ℓ_j + ℓ_jc + perceived                     leniency ℓ (+ per category)
 *   shown     = 3 + k_j·(latent − 3)                                 range restriction k_j ≤ 1
 *   question  = clip(round(shown + ε), 1, 5), ε ~ N(0, answerNoiseSd²), per asked question
 *   rating    = mean of the asked questions (their count is `answered`).
 */
import { createRandom, Random } from './random';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { max, min, round } = Math;

export interface SimulationOptions {
  seed: number;
  nInterviewers: number;
  nCandidates: number;
  nCategories: number;
  nRoundTypes: number;
  /** P(a candidate is seen by 1, 2, 3 interviewers). */
  interviewersPerCandidate: readonly number[];
  /** P(a candidate seen by ≥ 2 interviewers has them in 2 rounds of different types). */
  twoRoundShare: number;
  leniencySd: number;
  /** Interviewer × category leniency deviations. */
  categoryLeniencySd: number;
  abilitySd: number;
  categoryAbilitySd: number;
  meanRating: number;
  /** SD of the round type × category fixed effects (drawn from a fixed seed: same every run). */
  rubricSd: number;
  impressionSd: number;
  categoryNoiseSd: number;
  answerNoiseSd: number;
  /** Questions per category: uniform on [min, max]. */
  questionsPerCategory: readonly [number, number];
  notAskedShare: number;
  /** Share of interviewers who compress toward the middle, and their slope range. */
  rangeRestrictedShare: number;
  rangeRestriction: readonly [number, number];
  /** Halo strength h_j ~ U(0, haloMax). */
  haloMax: number;
  /** Interviewer workload: log-normal SD (some interview far more than others). */
  activitySd: number;
  /** Two groups of interviewers that never share a candidate (a disconnected design). */
  disconnected: boolean;
  /** Compute the rating-scale leniency truth (costly at bench scale). */
  withEffectiveLeniency: boolean;
}

export const defaultSimulation: SimulationOptions = {
  seed: 1,
  nInterviewers: 200,
  nCandidates: 5000,
  nCategories: 12,
  nRoundTypes: 3,
  interviewersPerCandidate: [0.3, 0.4, 0.3],
  twoRoundShare: 0.35,
  leniencySd: 0.5,
  categoryLeniencySd: 0.15,
  abilitySd: 0.6,
  categoryAbilitySd: 0.3,
  meanRating: 3.1,
  rubricSd: 0.2,
  impressionSd: 0.25,
  categoryNoiseSd: 0.25,
  answerNoiseSd: 0.7,
  questionsPerCategory: [2, 4],
  notAskedShare: 0.05,
  rangeRestrictedShare: 0.2,
  rangeRestriction: [0.5, 0.8],
  haloMax: 0.6,
  activitySd: 0.5,
  disconnected: false,
  withEffectiveLeniency: true,
};

/** The population behind the ratings: what the fit tries to recover. */
export interface SimulationTruth {
  /** Overall ability per candidate: θ_i plus the mean of its category deviations. */
  ability: Float64Array;
  theta: Float64Array;
  /** Category ability deviations, candidate-major (nCandidates × nCategories). */
  categoryAbility: Float32Array;
  /** Injected leniency on the latent scale. */
  leniency: Float64Array;
  categoryLeniency: Float64Array;
  /**
   * What leniency does on the 1–5 rating scale (after range restriction, rounding and clipping),
   * averaged over the interviewer's own scorecards and centred on the average scorecard: the
   * quantity a model on ratings can recover. NaN for interviewers without scorecards.
   */
  effectiveLeniency: Float64Array;
  rangeSlope: Float64Array;
  halo: Float64Array;
  /** Round type × category fixed effects (type-major). */
  base: Float64Array;
  /** 0 or 1 per interviewer/candidate (always 0 unless `disconnected`). */
  interviewerGroup: Uint8Array;
}

/** Interviewer traits drawn from the population; used by the simulator and the reliability truth. */
export interface InterviewerTraits {
  leniency: number;
  categoryLeniency: Float64Array;
  slope: number;
  halo: number;
}

export function drawInterviewer(o: SimulationOptions, r: Random): InterviewerTraits {
  const categoryLeniency = new Float64Array(o.nCategories);
  for (let c = 0; c < o.nCategories; c++) categoryLeniency[c] = o.categoryLeniencySd * r.normal();
  const [lo, hi] = o.rangeRestriction;
  const slope = r.next() < o.rangeRestrictedShare ? lo + (hi - lo) * r.next() : 1;
  return {
    leniency: o.leniencySd * r.normal(),
    categoryLeniency,
    slope,
    halo: o.haloMax * r.next(),
  };
}

/** The rubric's round type × category effects: from a fixed stream so all seeds share them. */
export function rubricBase(o: SimulationOptions): Float64Array {
  const r = createRandom(0x5eed);
  const base = new Float64Array(o.nRoundTypes * o.nCategories);
  for (let i = 0; i < base.length; i++) base[i] = o.meanRating + o.rubricSd * r.normal();
  return base;
}

/**
 * Rates one scorecard into obs arrays from position `at`; returns the new end position.
 * `g` holds the candidate's category deviations at gAt..gAt+C-1.
 */
export function rateScorecard(
  o: SimulationOptions,
  r: Random,
  theta: number,
  g: Float32Array,
  gAt: number,
  t: InterviewerTraits,
  base: Float64Array,
  roundType: number,
  out: { category: Uint16Array; rating: Float32Array; answered: Uint8Array },
  at: number,
): number {
  const u = o.impressionSd * r.normal();
  const [qMin, qMax] = o.questionsPerCategory;
  for (let c = 0; c < o.nCategories; c++) {
    const perceived =
      theta + (1 + t.halo) * u + (1 - t.halo) * (g[gAt + c]! + o.categoryNoiseSd * r.normal());
    const latent =
      base[roundType * o.nCategories + c]! + t.leniency + t.categoryLeniency[c]! + perceived;
    const shown = 3 + t.slope * (latent - 3);
    const questions = qMin + r.int(qMax - qMin + 1);
    let sum = 0;
    let asked = 0;
    for (let q = 0; q < questions; q++) {
      if (r.next() < o.notAskedShare) continue;
      sum += min(5, max(1, round(shown + o.answerNoiseSd * r.normal())));
      asked += 1;
    }
    if (asked === 0) continue; // an unanswered category is no observation at all
    out.category[at] = c;
    out.rating[at] = sum / asked;
    out.answered[at] = asked;
    at += 1;
  }
  return at;
}
