/**
 * The latent structure behind `bench:data` ratings: the calibration simulator's
 * (`apps/api/src/modules/calibration/model/simulation-model.ts`, same parameter values), drawn
 * inside PostgreSQL from a seed, so that the bench can tell how well a fit at scale recovers the
 * leniency it injected.
 *
 * A question's rating on scorecard s (candidate i, interviewer j) in category c:
 *   perceived = θ_i + (1 + h_j)·u_s + (1 − h_j)·(g_ic + v_sc)     θ ability, g category ability,
 *                                                                 u impression (halo h), v noise
 *   latent    = base_c + ℓ_j + ℓ_jc + perceived                    category effect, leniency
 *   shown     = 3 + k_j·(latent − 3)                               range restriction k_j ≤ 1
 *   rating    = clip(round(shown + ε), 1, 5), ε ~ N(0, answerNoiseSd²); "not asked" at random.
 *
 * Random draws are hashes of (stream, entity, seed) (`hashint8extended`), not a random stream:
 * any row can be drawn alone, in any order, in parallel, and the same seed gives the same data.
 */
import { expectedRating } from '@calibrate/api/modules/calibration/model/simulated-truth';
import { defaultSimulation } from '@calibrate/api/modules/calibration/model/simulation-model';

/** The simulator's parameters the bench data use (everything but its design: that is the bench's). */
export interface LatentModel {
  leniencySd: number;
  categoryLeniencySd: number;
  abilitySd: number;
  categoryAbilitySd: number;
  meanRating: number;
  /** SD of the category effects base_c. */
  categorySd: number;
  impressionSd: number;
  categoryNoiseSd: number;
  answerNoiseSd: number;
  notAskedShare: number;
  rangeRestrictedShare: number;
  rangeRestriction: readonly [number, number];
  haloMax: number;
  /** Interviewer workload: log-normal SD (some interview far more than others). */
  activitySd: number;
}

export const benchLatentModel: LatentModel = {
  leniencySd: defaultSimulation.leniencySd,
  categoryLeniencySd: defaultSimulation.categoryLeniencySd,
  abilitySd: defaultSimulation.abilitySd,
  categoryAbilitySd: defaultSimulation.categoryAbilitySd,
  meanRating: defaultSimulation.meanRating,
  categorySd: defaultSimulation.rubricSd,
  impressionSd: defaultSimulation.impressionSd,
  categoryNoiseSd: defaultSimulation.categoryNoiseSd,
  answerNoiseSd: defaultSimulation.answerNoiseSd,
  notAskedShare: defaultSimulation.notAskedShare,
  rangeRestrictedShare: defaultSimulation.rangeRestrictedShare,
  rangeRestriction: defaultSimulation.rangeRestriction,
  haloMax: defaultSimulation.haloMax,
  activitySd: defaultSimulation.activitySd,
};

/** Independent random streams: one per kind of draw. */
export const streams = {
  ability: 1,
  categoryAbility: 2,
  leniency: 3,
  categoryLeniency: 4,
  slope: 5,
  slopeValue: 6,
  halo: 7,
  activity: 8,
  assign: 9,
  impression: 10,
  categoryNoise: 11,
  answer: 12,
  asked: 13,
  category: 14,
  recommendation: 15,
  /** A hire's outcome figures (bench-data.ts, `outcomeFigures`): one draw per figure. */
  outcome: 16,
  /** Whether a hire's figure was recorded at all (one draw per figure). */
  outcomeRecorded: 17,
} as const;

/**
 * A bigint key for a draw, as SQL: stream · 2⁵⁶ + entity · 2¹⁶ + round · 2¹³ + category · 2⁷ +
 * question (entity < 2³⁹, round < 8, category < 64, question < 128).
 */
export function keySql(
  stream: number,
  entity: string,
  round: string = '0',
  category: string = '0',
  question: string = '0',
): string {
  return (
    `(${(BigInt(stream) * BigInt(2 ** 56)).toString()}::bigint + (${entity})::bigint * 65536 + (${round})::bigint * 8192` +
    ` + (${category})::bigint * 128 + (${question})::bigint)`
  );
}

const checkedSeed = (seed: number): number => {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, not ${seed}`);
  return seed;
};

/** Uniform on (0, 1) from a key: 52 bits of its hash. */
export function uniformSql(key: string, seed: number): string {
  return `((hashint8extended(${key}, ${checkedSeed(seed)}) & 4503599627370495)::float8 + 0.5) / 4503599627370496.0`;
}

/** Standard normal from a key: Box–Muller on two 26-bit halves of one hash (|z| ≤ 6.1). */
export function normalSql(key: string, seed: number): string {
  const h = `hashint8extended(${key}, ${checkedSeed(seed)})`;
  return (
    `(sqrt(-2.0 * ln(((${h} & 67108863)::float8 + 0.5) / 67108864.0))` +
    ` * cos(6.283185307179586 * (((${h} >> 26) & 67108863)::float8 + 0.5) / 67108864.0))`
  );
}

/** The traits that make an interviewer's ratings theirs. */
export interface InterviewerTraits {
  /** ℓ_j on the latent scale. */
  leniency: number;
  /** ℓ_jc per bench category index. */
  categoryLeniency: readonly number[];
  /** k_j: 1, or below 1 for an interviewer who compresses toward the middle. */
  slope: number;
  /** h_j. */
  halo: number;
}

/** A category of a bench rubric: its effect on the latent scale and its weight. */
export interface BenchCategory {
  /** Bench category index (0-based, across both rubrics). */
  index: number;
  rubricId: string;
  base: number;
  weight: number;
}

/**
 * What an interviewer's traits do on the 1–5 scale, before centring: over the candidate
 * population and the interviewer's mix of rubrics, the expected rating minus a neutral
 * interviewer's (no leniency, no range restriction, no halo), categories weighted as the product's
 * scorecard score weights them. Everything in the rating is Gaussian before rounding and clipping,
 * so each expectation is exact (`expectedRating`), not simulated.
 */
export function ratingScaleLeniency(
  traits: InterviewerTraits,
  categories: readonly BenchCategory[],
  rubricShare: ReadonlyMap<string, number>,
  m: LatentModel = benchLatentModel,
): number {
  const { slope: k, halo: h } = traits;
  const person = m.abilitySd ** 2;
  const neutralSd = Math.sqrt(
    person +
      m.categoryAbilitySd ** 2 +
      m.impressionSd ** 2 +
      m.categoryNoiseSd ** 2 +
      m.answerNoiseSd ** 2,
  );
  const ownSd = Math.sqrt(
    k * k * (person + (1 + h) ** 2 * m.impressionSd ** 2) +
      k * k * (1 - h) ** 2 * (m.categoryAbilitySd ** 2 + m.categoryNoiseSd ** 2) +
      m.answerNoiseSd ** 2,
  );
  let total = 0;
  let shares = 0;
  for (const [rubricId, share] of rubricShare) {
    let sum = 0;
    let weights = 0;
    for (const c of categories) {
      if (c.rubricId !== rubricId) continue;
      const latent = c.base + traits.leniency + (traits.categoryLeniency[c.index] ?? 0);
      const diff = expectedRating(3 + k * (latent - 3), ownSd) - expectedRating(c.base, neutralSd);
      sum += c.weight * diff;
      weights += c.weight;
    }
    if (weights > 0 && share > 0) {
      total += share * (sum / weights);
      shares += share;
    }
  }
  return shares > 0 ? total / shares : 0;
}

/** Pearson correlation, RMSE and the share within `tolerance` of estimates against truths. */
export function recoveryStats(
  estimate: readonly number[],
  truth: readonly number[],
  tolerance = 0.2,
): { n: number; correlation: number; rmse: number; withinShare: number } {
  const n = estimate.length;
  if (n === 0) return { n, correlation: NaN, rmse: NaN, withinShare: NaN };
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const me = mean(estimate);
  const mt = mean(truth);
  let see = 0;
  let stt = 0;
  let set = 0;
  let sq = 0;
  let within = 0;
  for (let i = 0; i < n; i++) {
    const e = estimate[i]!;
    const t = truth[i]!;
    see += (e - me) ** 2;
    stt += (t - mt) ** 2;
    set += (e - me) * (t - mt);
    sq += (e - t) ** 2;
    if (Math.abs(e - t) <= tolerance) within += 1;
  }
  return {
    n,
    correlation: see > 0 && stt > 0 ? set / Math.sqrt(see * stt) : NaN,
    rmse: Math.sqrt(sq / n),
    withinShare: within / n,
  };
}
