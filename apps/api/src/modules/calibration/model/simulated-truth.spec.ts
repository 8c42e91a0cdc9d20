import { createRandom } from './random';
import { expectedRating, populationReliability } from './simulated-truth';

describe('expectedRating', () => {
  it('matches a Monte Carlo of clip(round(X), 1, 5)', () => {
    const r = createRandom(1);
    for (const [m, s] of [
      [3, 0.7],
      [4.6, 0.5],
      [1.2, 0.9],
    ] as const) {
      let sum = 0;
      const n = 100_000;
      for (let k = 0; k < n; k++) sum += Math.min(5, Math.max(1, Math.round(m + s * r.normal())));
      expect(expectedRating(m, s)).toBeCloseTo(sum / n, 2);
    }
  });

  it('is unbiased in the middle of the scale and compressed near its ends', () => {
    expect(expectedRating(3.2, 0.7)).toBeCloseTo(3.2, 2);
    expect(expectedRating(5.5, 0.7)).toBeLessThan(5);
  });
});

describe('populationReliability', () => {
  it('equals consistency and absolute agreement when there is no leniency and no range restriction', () => {
    const p = populationReliability(
      { leniencySd: 0, categoryLeniencySd: 0, rangeRestrictedShare: 0, haloMax: 0 },
      20_000,
      3,
    );
    expect(Math.abs(p.interviewerCovariance)).toBeLessThan(0.01);
    expect(p.absolute).toBeCloseTo(p.consistency, 1);
  });

  it('drops absolute agreement below consistency once interviewers differ in leniency', () => {
    const p = populationReliability({}, 20_000, 3);
    expect(p.consistency - p.absolute).toBeGreaterThan(0.15);
  });
});
