import { fitLeniency } from './fit-leniency';
import { CalibrationData } from './layout';
import { raterDiagnostics } from './rater-diagnostics';
import { simulate } from './simulator';
import { pearson } from './stats';

describe('raterDiagnostics', () => {
  it('compares each panel member with the mean of the others, category by category', () => {
    // Round 0: interviewers 0 and 1 on candidate 0; round 1: interviewers 0, 1, 2 on candidate 1.
    const d: CalibrationData = {
      nCandidates: 2,
      nInterviewers: 3,
      nRoundTypes: 1,
      nCategories: 2,
      nRounds: 2,
      candidate: Int32Array.from([0, 0, 1, 1, 1]),
      interviewer: Int32Array.from([0, 1, 0, 1, 2]),
      roundType: new Int32Array(5),
      round: Int32Array.from([0, 0, 1, 1, 1]),
      obsStart: Int32Array.from([0, 2, 4, 6, 8, 10]),
      category: Uint16Array.from([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]),
      rating: Float32Array.from([4, 2, 3, 3, 5, 5, 4, 4, 3, 3]),
      answered: new Uint8Array(10).fill(1),
    };
    const r = raterDiagnostics(d, new Float64Array(2), new Uint8Array(5).fill(1));
    // Interviewer 0: |4−3|, |2−3|, |5−3.5|, |5−3.5| → 1.25.
    expect(r.agreementMad[0]).toBeCloseTo(1.25, 12);
    expect(r.agreementPairs[0]).toBe(4);
    expect(r.agreementPairs[2]).toBe(2);
    expect(r.agreementMad[2]).toBeCloseTo(1.5, 12);
    // Too few observations for spread or halo.
    expect(Number.isNaN(r.spread[0]!)).toBe(true);
    expect(Number.isNaN(r.halo[0]!)).toBe(true);
  });

  it('finds the simulated range restriction and halo', () => {
    const sim = simulate({ seed: 6 });
    const fit = fitLeniency(sim.data, {
      perCategory: false,
      panelAgreement: false,
      bootstrap: { replicates: 0, seed: 1, scheme: 'crossed' },
    });
    const dx = fit.interviewers.diagnostics;
    const mean = (xs: number[]) => xs.reduce((t, v) => t + v, 0) / xs.length;
    const restricted: number[] = [];
    const others: number[] = [];
    sim.truth.rangeSlope.forEach((slope, j) => {
      if (Number.isFinite(dx.spreadRatio[j]!))
        (slope < 1 ? restricted : others).push(dx.spreadRatio[j]!);
    });
    expect(mean(restricted)).toBeLessThan(mean(others) - 0.1);
    expect(pearson(sim.truth.rangeSlope, dx.spreadRatio)).toBeGreaterThan(0.5);
    expect(pearson(sim.truth.halo, dx.halo)).toBeGreaterThan(0.25);
    // Co-raters agree (positive correlation), and lenient interviewers differ more from them.
    expect(mean(Array.from(dx.agreementCorrelation).filter(Number.isFinite))).toBeGreaterThan(0.2);
    expect(pearson(dx.agreementMad, sim.truth.effectiveLeniency.map(Math.abs))).toBeGreaterThan(
      0.5,
    );
  });
});
