import { fitLeniency } from './fit-leniency';
import { simulate } from './simulator';
import { pearson } from './stats';

describe('per-category fit', () => {
  const sim = simulate({ seed: 2 });
  const fit = fitLeniency(sim.data, {
    bootstrap: { replicates: 0, seed: 1, scheme: 'crossed' },
    categoryReplicates: 20,
  });
  const C = 12;
  const I = fit.interviewers;

  it('recovers interviewer × category leniency deviations', () => {
    const est: number[] = [];
    const tru: number[] = [];
    for (let j = 0; j < I.leniency.length; j++) {
      if (!I.calibrated[j]) continue;
      let mean = 0;
      for (let c = 0; c < C; c++) mean += sim.truth.categoryLeniency[j * C + c]! / C;
      for (let c = 0; c < C; c++) {
        est.push(I.categoryLeniency[j * C + c]! - I.leniency[j]!);
        tru.push(sim.truth.categoryLeniency[j * C + c]! - mean);
      }
    }
    expect(pearson(est, tru)).toBeGreaterThan(0.7);
  });

  it('reports per-category components, reliability with intervals, and converges', () => {
    expect(fit.categories).toHaveLength(C);
    for (const c of fit.categories) {
      expect(c.converged).toBe(true);
      expect(c.components.candidate).toBeGreaterThan(0);
      const r = c.reliability.absolute;
      expect(r.lower).toBeLessThanOrEqual(r.value);
      expect(r.upper).toBeGreaterThanOrEqual(r.value);
      // A single category rating is less reliable than the whole scorecard.
      expect(r.value).toBeLessThan(fit.reliability.absolute.value);
    }
  });

  it('gives category standard errors at least as wide as the overall ones', () => {
    for (let j = 0; j < I.leniency.length; j++) {
      if (!I.comparable[j]) continue;
      expect(I.categorySe[j * C]!).toBeGreaterThanOrEqual(I.se[j]!);
    }
  });
});
