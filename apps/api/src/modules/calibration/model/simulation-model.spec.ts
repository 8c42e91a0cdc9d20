import { createRandom } from './random';
import { defaultSimulation, drawInterviewer, rateScorecard, rubricBase } from './simulation-model';

describe('simulation model', () => {
  it('draws interviewer traits within their ranges', () => {
    const r = createRandom(1);
    let restricted = 0;
    for (let k = 0; k < 2000; k++) {
      const t = drawInterviewer(defaultSimulation, r);
      expect(t.halo).toBeGreaterThanOrEqual(0);
      expect(t.halo).toBeLessThanOrEqual(defaultSimulation.haloMax);
      if (t.slope < 1) {
        restricted += 1;
        expect(t.slope).toBeGreaterThanOrEqual(0.5);
        expect(t.slope).toBeLessThanOrEqual(0.8);
      }
      expect(t.categoryLeniency).toHaveLength(12);
    }
    expect(restricted / 2000).toBeCloseTo(0.2, 1);
  });

  it('keeps the rubric effects the same whatever the seed', () => {
    expect(rubricBase({ ...defaultSimulation, seed: 1 })).toEqual(
      rubricBase({ ...defaultSimulation, seed: 2 }),
    );
  });

  it('rates a scorecard: a lenient interviewer scores the same candidate higher', () => {
    const o = defaultSimulation;
    const r = createRandom(2);
    const base = rubricBase(o);
    const g = new Float32Array(12);
    const out = {
      category: new Uint16Array(12),
      rating: new Float32Array(12),
      answered: new Uint8Array(12),
    };
    const neutral = { leniency: 0, categoryLeniency: new Float64Array(12), slope: 1, halo: 0 };
    const lenient = { ...neutral, leniency: 0.8 };
    const mean = (t: typeof neutral) => {
      let sum = 0;
      let count = 0;
      for (let k = 0; k < 400; k++) {
        const end = rateScorecard(o, r, 0, g, 0, t, base, 0, out, 0);
        for (let q = 0; q < end; q++) sum += out.rating[q]!;
        count += end;
      }
      return sum / count;
    };
    expect(mean(lenient) - mean(neutral)).toBeGreaterThan(0.6);
  });
});
