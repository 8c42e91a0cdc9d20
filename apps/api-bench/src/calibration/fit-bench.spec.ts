import { simulate } from '@calibrate/api/modules/calibration/model/simulator';

import { benchFit } from './fit-bench';

describe('benchFit', () => {
  it('fits and scores a small simulated funnel', () => {
    const sim = simulate({
      seed: 3,
      nInterviewers: 40,
      nCandidates: 1200,
      withEffectiveLeniency: false,
    });
    const r = benchFit(sim.data, sim.truth.leniency, sim.truth.ability, {
      bootstrap: { replicates: 10, seed: 1, scheme: 'crossed' },
      categoryReplicates: 5,
    });
    expect(r.scorecards).toBe(sim.data.candidate.length);
    expect(r.observations).toBeGreaterThan(11 * r.scorecards);
    expect(r.leniencyCorrelation).toBeGreaterThan(0.9);
    expect(r.spearmanCorrected).toBeGreaterThan(r.spearmanRaw);
    expect(r.fitSeconds).toBeGreaterThan(0);
  });
});
