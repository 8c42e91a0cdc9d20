/**
 * A seeded known-truth simulator of a hiring funnel with post-hire outcomes, so the validity
 * table can be tested against correlations it cannot see.
 *
 *   ability      θ_i ~ N(0, 1), never observed
 *   interviewer  one per candidate, uniform; leniency ℓ_j ~ N(0, leniencySd²)
 *   rating       clip(round(3 + λ_q·θ_i + ℓ_j + ε), 1, 5), ε ~ N(0, noiseSd²), per asked
 *                question (P(asked) = askedShare, else NaN). λ_q = 0: the question measures
 *                nothing (it still carries leniency and noise, as a real useless question does).
 *   hire         the top hireShare by the mean of the asked, scored ratings: direct selection on the
 *                overall score, indirect on each question; this is the range restriction.
 *   outcomes     for every applicant from θ + noise; the report only sees the hires', with a
 *                share of the continuous ones not recorded:
 *                  z_k = ρ_k·θ + √(1 − ρ_k²)·δ           (corr(z_k, θ) = ρ_k)
 *                  qa = clip(78 + 9·z, 0, 100)          AHT = max(120, 420 − 60·z) seconds
 *                  fcr = clip(72 + 8·z, 0, 100)         csat = clip(84 + 6·z, 0, 100)
 *                  employed at 30/90 days: one uniform U per person against logistic
 *                  P = 1/(1 + e^−(b_d + s·θ)), so anyone employed at 90 days is at 30.
 *
 * The truth holds each predictor's correlation with each outcome over all applicants (the
 * population a corrected r estimates), computed on the simulated applicants themselves.
 */
import { createRandom } from '../../calibration/model/random';
import { pearson } from '../../calibration/model/stats';
import { sd } from './validity-statistics';
import { OutcomeInput, OutcomeKind, PredictorInput } from './validity-table';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { exp, max, min, round, sqrt } = Math;
const { isFinite } = Number;

export type ValidityOutcomeKey = 'qa' | 'aht' | 'fcr' | 'csat' | 'employed30' | 'employed90';

export interface ValidityOutcomeSpec {
  key: ValidityOutcomeKey;
  kind: OutcomeKind;
  higherIsBetter: boolean;
}

/** The simulated outcomes, in table order. */
export const validityOutcomes: readonly ValidityOutcomeSpec[] = [
  { key: 'qa', kind: 'continuous', higherIsBetter: true },
  { key: 'aht', kind: 'continuous', higherIsBetter: false },
  { key: 'fcr', kind: 'continuous', higherIsBetter: true },
  { key: 'csat', kind: 'continuous', higherIsBetter: true },
  { key: 'employed30', kind: 'binary', higherIsBetter: true },
  { key: 'employed90', kind: 'binary', higherIsBetter: true },
];

export interface ValiditySimulationOptions {
  seed: number;
  nCandidates: number;
  nInterviewers: number;
  /** λ per question; 0 = the question measures nothing. */
  loadings: readonly number[];
  /**
   * Per question: does it count toward the score hires are picked on? False = a pilot question,
   * asked and recorded but without weight. Missing entries count as true.
   */
  scored: readonly boolean[];
  leniencySd: number;
  noiseSd: number;
  /** P(a question is asked of a candidate). */
  askedShare: number;
  /** Share of applicants hired (top by mean rating). */
  hireShare: number;
  /** ρ_k = corr(latent outcome, ability) for the continuous outcomes. */
  outcomeValidity: Readonly<Record<'qa' | 'aht' | 'fcr' | 'csat', number>>;
  /** Logistic retention: intercepts at 30 and 90 days and the slope on ability. */
  retention: Readonly<{ intercept30: number; intercept90: number; slope: number }>;
  /** Share of hires whose continuous outcomes are not recorded (at random). */
  outcomeMissingShare: number;
}

export const defaultValiditySimulation: ValiditySimulationOptions = {
  seed: 1,
  nCandidates: 4000,
  nInterviewers: 60,
  loadings: [0.9, 0.8, 0.8, 0.7, 0.7, 0.6, 0, 0, 0, 0],
  scored: [],
  leniencySd: 0.3,
  noiseSd: 0.8,
  askedShare: 0.85,
  hireShare: 0.3,
  outcomeValidity: { qa: 0.6, aht: 0.55, fcr: 0.5, csat: 0.45 },
  retention: { intercept30: 2.2, intercept90: 1.0, slope: 1.5 },
  outcomeMissingShare: 0.05,
};

export interface ValiditySimulationTruth {
  ability: Float64Array;
  leniency: Float64Array;
  /** Per question: does it measure ability (λ ≠ 0)? */
  informative: boolean[];
  /** Every applicant's outcomes (no missing values), as if all had been hired. */
  outcomes: Record<ValidityOutcomeKey, Float64Array>;
  /**
   * Pearson r over all applicants between each predictor and each outcome: per outcome, one per
   * question followed by one for the overall mean rating (index nQuestions).
   */
  populationCorrelation: Record<ValidityOutcomeKey, Float64Array>;
}

export interface ValiditySimulation {
  options: ValiditySimulationOptions;
  nQuestions: number;
  /** Ratings, candidate-major (nCandidates × nQuestions); NaN = not asked. */
  ratings: Float32Array;
  /** Mean of the asked, scored ratings per candidate (NaN if none): what hiring ranks on. */
  meanScore: Float64Array;
  interviewer: Int32Array;
  /** Candidate index of each hire, best score first: the row order of the outcomes. */
  hired: Int32Array;
  /** The hires' outcomes as the report sees them (NaN = not recorded), aligned with `hired`. */
  outcomes: Record<ValidityOutcomeKey, Float64Array>;
  truth: ValiditySimulationTruth;
}

const clip = (v: number, lo: number, hi: number) => min(hi, max(lo, v));

export function simulateValidity(
  options: Partial<ValiditySimulationOptions> = {},
): ValiditySimulation {
  const o: ValiditySimulationOptions = { ...defaultValiditySimulation, ...options };
  const r = createRandom(o.seed);
  const N = o.nCandidates;
  const Q = o.loadings.length;

  const leniency = Float64Array.from({ length: o.nInterviewers }, () => o.leniencySd * r.normal());
  const ability = new Float64Array(N);
  const interviewer = new Int32Array(N);
  const ratings = new Float32Array(N * Q);
  const meanScore = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const theta = r.normal();
    const j = r.int(o.nInterviewers);
    ability[i] = theta;
    interviewer[i] = j;
    let sum = 0;
    let asked = 0;
    for (let q = 0; q < Q; q++) {
      if (r.next() >= o.askedShare) {
        ratings[i * Q + q] = NaN;
        continue;
      }
      const latent = 3 + o.loadings[q]! * theta + leniency[j]! + o.noiseSd * r.normal();
      const rating = clip(round(latent), 1, 5);
      ratings[i * Q + q] = rating;
      if (o.scored[q] === false) continue;
      sum += rating;
      asked += 1;
    }
    meanScore[i] = asked > 0 ? sum / asked : NaN;
  }

  // Outcomes for everyone, drawn in a fixed order so that the truth does not depend on who is hired.
  const all = {} as Record<ValidityOutcomeKey, Float64Array>;
  for (const spec of validityOutcomes) all[spec.key] = new Float64Array(N);
  const { intercept30, intercept90, slope } = o.retention;
  const latent = (rho: number, theta: number) => rho * theta + sqrt(1 - rho * rho) * r.normal();
  for (let i = 0; i < N; i++) {
    const theta = ability[i]!;
    all.qa[i] = clip(78 + 9 * latent(o.outcomeValidity.qa, theta), 0, 100);
    all.aht[i] = max(120, 420 - 60 * latent(o.outcomeValidity.aht, theta));
    all.fcr[i] = clip(72 + 8 * latent(o.outcomeValidity.fcr, theta), 0, 100);
    all.csat[i] = clip(84 + 6 * latent(o.outcomeValidity.csat, theta), 0, 100);
    const u = r.next();
    all.employed30[i] = u < 1 / (1 + exp(-(intercept30 + slope * theta))) ? 1 : 0;
    all.employed90[i] = u < 1 / (1 + exp(-(intercept90 + slope * theta))) ? 1 : 0;
  }

  // Hire the top share by mean score; ties broken by candidate index (the sort is stable).
  const ranked = Array.from({ length: N }, (_, i) => i)
    .filter((i) => isFinite(meanScore[i]!))
    .sort((a, b) => meanScore[b]! - meanScore[a]!);
  const hired = Int32Array.from(ranked.slice(0, round(o.hireShare * N)));

  const outcomes = {} as Record<ValidityOutcomeKey, Float64Array>;
  for (const spec of validityOutcomes) {
    const seen = Float64Array.from(hired, (i) => all[spec.key][i]!);
    if (spec.kind === 'continuous') {
      for (let k = 0; k < seen.length; k++) if (r.next() < o.outcomeMissingShare) seen[k] = NaN;
    }
    outcomes[spec.key] = seen;
  }

  const populationCorrelation = {} as Record<ValidityOutcomeKey, Float64Array>;
  const column = (q: number) => Float64Array.from({ length: N }, (_, i) => ratings[i * Q + q]!);
  const columns = Array.from({ length: Q }, (_, q) => column(q));
  for (const spec of validityOutcomes) {
    const y = all[spec.key];
    populationCorrelation[spec.key] = Float64Array.from(
      [...columns, meanScore].map((x) => pearson(x, y)),
    );
  }

  return {
    options: o,
    nQuestions: Q,
    ratings,
    meanScore,
    interviewer,
    hired,
    outcomes,
    truth: {
      ability,
      leniency,
      informative: o.loadings.map((l) => l !== 0),
      outcomes: all,
      populationCorrelation,
    },
  };
}

/**
 * The validity table's inputs from a simulation: one predictor per question (`q1`, `q2`, …) and
 * `overall` (the mean rating hires were selected on), and the six outcomes.
 */
export function validityInputs(sim: ValiditySimulation): {
  predictors: PredictorInput[];
  outcomes: OutcomeInput[];
} {
  const Q = sim.nQuestions;
  const N = sim.meanScore.length;
  const predictors: PredictorInput[] = [];
  for (let q = 0; q < Q; q++) {
    const poolValues = Float64Array.from({ length: N }, (_, i) => sim.ratings[i * Q + q]!);
    predictors.push({
      key: `q${q + 1}`,
      poolSd: sd(poolValues),
      hiredValues: Float64Array.from(sim.hired, (i) => poolValues[i]!),
    });
  }
  predictors.push({
    key: 'overall',
    poolSd: sd(sim.meanScore),
    hiredValues: Float64Array.from(sim.hired, (i) => sim.meanScore[i]!),
  });
  const outcomes = validityOutcomes.map((spec) => ({ ...spec, values: sim.outcomes[spec.key] }));
  return { predictors, outcomes };
}
