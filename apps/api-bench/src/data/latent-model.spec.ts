import { createRandom } from '@calibrate/api/modules/calibration/model/random';

import {
  BenchCategory,
  benchLatentModel as m,
  InterviewerTraits,
  keySql,
  normalSql,
  ratingScaleLeniency,
  recoveryStats,
} from './latent-model';

const categories: BenchCategory[] = [
  { index: 0, rubricId: 'main', base: 3.0, weight: 2 },
  { index: 1, rubricId: 'main', base: 3.4, weight: 1 },
  { index: 2, rubricId: 'mock', base: 2.7, weight: 1 },
];
const neutral: InterviewerTraits = { leniency: 0, categoryLeniency: [0, 0, 0], slope: 1, halo: 0 };
const mix = new Map([
  ['main', 3],
  ['mock', 1],
]);

/** The generator's rating, drawn in TypeScript: what `bench:data` draws in SQL. */
function simulatedMean(traits: InterviewerTraits, draws: number, seed: number): number {
  const r = createRandom(seed);
  const shares = [...mix.values()].reduce((a, b) => a + b, 0);
  let total = 0;
  for (let d = 0; d < draws; d++) {
    const theta = m.abilitySd * r.normal();
    const u = m.impressionSd * r.normal();
    for (const [rubric, share] of mix) {
      let sum = 0;
      let weights = 0;
      for (const c of categories.filter((x) => x.rubricId === rubric)) {
        const g = m.categoryAbilitySd * r.normal();
        const v = m.categoryNoiseSd * r.normal();
        const latent =
          c.base +
          traits.leniency +
          (traits.categoryLeniency[c.index] ?? 0) +
          theta +
          (1 + traits.halo) * u +
          (1 - traits.halo) * (g + v);
        const shown = 3 + traits.slope * (latent - 3);
        const rating = Math.min(5, Math.max(1, Math.round(shown + m.answerNoiseSd * r.normal())));
        sum += c.weight * rating;
        weights += c.weight;
      }
      total += (share / shares) * (sum / weights);
    }
  }
  return total / draws;
}

describe('the bench latent model', () => {
  it('gives a neutral interviewer no leniency on the rating scale', () => {
    expect(ratingScaleLeniency(neutral, categories, mix)).toBeCloseTo(0, 12);
  });

  it('matches a simulation of the same ratings (rounding, clipping, range restriction, halo)', () => {
    const traits: InterviewerTraits = {
      leniency: 0.6,
      categoryLeniency: [0.1, -0.2, 0.05],
      slope: 0.6,
      halo: 0.4,
    };
    const draws = 200_000;
    const simulated = simulatedMean(traits, draws, 7) - simulatedMean(neutral, draws, 8);
    // Each mean's SD is about 1.1 / √(200,000) ≈ 0.0025.
    expect(ratingScaleLeniency(traits, categories, mix)).toBeCloseTo(simulated, 2);
  });

  it('grows with leniency, and range restriction shrinks it', () => {
    const at = (leniency: number, slope = 1) =>
      ratingScaleLeniency({ ...neutral, leniency, slope }, categories, mix);
    expect(at(-0.5)).toBeLessThan(at(0));
    expect(at(0.5)).toBeGreaterThan(at(0.25));
    expect(at(0.5, 0.5)).toBeLessThan(at(0.5));
    expect(at(0.5, 0.5)).toBeGreaterThan(0);
  });

  it('keys each draw on its stream and entity, and hashes it with the seed', () => {
    expect(keySql(3, 'x.n')).toBe(
      '(216172782113783808::bigint + (x.n)::bigint * 65536 + (0)::bigint * 8192 + (0)::bigint * 128 + (0)::bigint)',
    );
    expect(normalSql('k', 42)).toContain('hashint8extended(k, 42)');
    expect(() => normalSql('k', 1.5)).toThrow('seed');
  });

  it('scores recovery: correlation, RMSE and the share within a tolerance', () => {
    const r = recoveryStats([0.1, 0.5, -0.3, 0.0], [0.0, 0.4, -0.2, 0.3]);
    expect(r.n).toBe(4);
    expect(r.rmse).toBeCloseTo(Math.sqrt((0.01 + 0.01 + 0.01 + 0.09) / 4), 10);
    expect(r.withinShare).toBe(0.75);
    expect(r.correlation).toBeGreaterThan(0.7);
    expect(recoveryStats([], []).n).toBe(0);
  });
});
