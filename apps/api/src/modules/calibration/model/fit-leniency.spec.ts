/**
 * The proof: on the known-truth simulator (BPO design: 200 interviewers, 5,000 candidates, 1/2/3
 * interviewers at 30/40/30%, 12 categories), the fit recovers the leniency it injected and the
 * corrected scores rank candidates closer to their true ability than raw scores do.
 *
 * "True leniency" is the simulator's effective leniency: what the injected latent leniency does
 * on the 1–5 scale after range restriction, rounding and clipping (simulated-truth.ts), centred
 * like the fit's (0 = the average scorecard's interviewer).
 */
import { fitLeniency, FitOptions, LeniencyFit } from './fit-leniency';
import { populationReliability } from './simulated-truth';
import { simulate } from './simulator';
import { pearson, spearman } from './stats';

const seeds = [1, 2, 3, 4, 5];
const lean: Partial<FitOptions> = {
  perCategory: false,
  panelAgreement: false,
  bootstrap: { replicates: 0, seed: 1, scheme: 'crossed' },
};

function recovery(fit: LeniencyFit, truth: Float64Array, minLinked: number) {
  const I = fit.interviewers;
  const est: number[] = [];
  const tru: number[] = [];
  for (let j = 0; j < I.leniency.length; j++) {
    if (I.linked[j]! < minLinked || !I.comparable[j]) continue;
    est.push(I.leniency[j]!);
    tru.push(truth[j]!);
  }
  const err = est.map((e, k) => Math.abs(e - tru[k]!));
  return {
    n: est.length,
    within20: err.filter((e) => e <= 0.2).length / est.length,
    within25: err.filter((e) => e <= 0.25).length / est.length,
    rmse: Math.sqrt(err.reduce((t, e) => t + e * e, 0) / est.length),
    correlation: pearson(est, tru),
  };
}

function rankGain(sd: number, seed: number) {
  const sim = simulate({ seed, leniencySd: sd, categoryLeniencySd: 0.3 * sd });
  const fit = fitLeniency(sim.data, lean);
  const raw = spearman(fit.candidates.raw, sim.truth.ability);
  const corrected = spearman(fit.candidates.corrected, sim.truth.ability);
  return { sim, fit, raw, corrected, gain: corrected - raw };
}

const rows: string[] = [];
afterAll(() => console.log(`calibration proof\n${rows.join('\n')}`));

describe('fitLeniency on the simulator, leniency SD 0.5', () => {
  const runs = seeds.map((seed) => ({ seed, ...rankGain(0.5, seed) }));

  it.each(seeds)('recovers leniency on seed %i', (seed) => {
    const { fit, sim, raw, corrected, gain } = runs.find((r) => r.seed === seed)!;
    const r50 = recovery(fit, sim.truth.effectiveLeniency, 50);
    const r30 = recovery(fit, sim.truth.effectiveLeniency, 30);
    rows.push(
      `SD 0.5 seed ${seed}: ≥50 linked n=${r50.n} within .20 ${r50.within20.toFixed(3)} RMSE ${r50.rmse.toFixed(4)} r ${r50.correlation.toFixed(4)}; ` +
        `≥30 linked n=${r30.n} within .25 ${r30.within25.toFixed(3)}; Spearman raw ${raw.toFixed(4)} corrected ${corrected.toFixed(4)} gain ${gain.toFixed(4)}; CG ${fit.convergence.iterations} it`,
    );
    expect(r50.n).toBeGreaterThanOrEqual(30);
    expect(r50.within20).toBeGreaterThanOrEqual(0.95);
    expect(r50.rmse).toBeLessThanOrEqual(0.11);
    expect(r50.correlation).toBeGreaterThanOrEqual(0.95);
    expect(r30.within25).toBeGreaterThanOrEqual(0.95);
    expect(fit.convergence.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
  });

  it('ranks candidates better: corrected ≥ raw + 0.08 on average, + 0.05 on every seed', () => {
    const gains = runs.map((r) => r.gain);
    expect(gains.reduce((t, g) => t + g, 0) / gains.length).toBeGreaterThanOrEqual(0.08);
    for (const g of gains) expect(g).toBeGreaterThanOrEqual(0.05);
  });

  it('gives intervals that cover the true leniency about 95% of the time', () => {
    let covered = 0;
    let total = 0;
    for (const { fit, sim } of runs) {
      const I = fit.interviewers;
      for (let j = 0; j < I.leniency.length; j++) {
        if (!I.calibrated[j]) continue;
        const t = sim.truth.effectiveLeniency[j]!;
        total += 1;
        if (t >= I.lower[j]! && t <= I.upper[j]!) covered += 1;
      }
    }
    rows.push(`interval coverage (calibrated interviewers, 5 seeds): ${covered}/${total}`);
    expect(covered / total).toBeGreaterThanOrEqual(0.9);
  });

  it('barely corrects interviewers who are not yet calibrated, and keeps their intervals wide', () => {
    const { fit, sim } = runs[0]!;
    const I = fit.interviewers;
    let sxy = 0;
    let sxx = 0;
    let seU = 0;
    let seC = 0;
    let nU = 0;
    for (let j = 0; j < I.leniency.length; j++) {
      if (!I.comparable[j]) continue;
      if (I.calibrated[j]) {
        seC = Math.max(seC, I.se[j]!);
        continue;
      }
      sxy += I.leniency[j]! * sim.truth.effectiveLeniency[j]!;
      sxx += sim.truth.effectiveLeniency[j]! ** 2;
      seU += I.se[j]!;
      nU += 1;
    }
    expect(nU).toBeGreaterThan(10);
    expect(sxy / sxx).toBeLessThan(0.3); // applies well under a third of the true leniency
    expect(seU / nU).toBeGreaterThan(0.06);
  });
});

describe('fitLeniency when leniency is small or absent', () => {
  it.each(seeds)('SD 0.25, seed %i: corrected ≥ raw + 0.02', (seed) => {
    const { raw, corrected, gain } = rankGain(0.25, seed);
    rows.push(
      `SD 0.25 seed ${seed}: raw ${raw.toFixed(4)} corrected ${corrected.toFixed(4)} gain ${gain.toFixed(4)}`,
    );
    expect(gain).toBeGreaterThanOrEqual(0.02);
  });

  it.each(seeds)('SD 0, seed %i: corrected is never worse than raw by more than 0.01', (seed) => {
    const { raw, corrected, gain } = rankGain(0, seed);
    rows.push(
      `SD 0 seed ${seed}: raw ${raw.toFixed(4)} corrected ${corrected.toFixed(4)} gain ${gain.toFixed(4)}`,
    );
    expect(gain).toBeGreaterThanOrEqual(-0.01);
  });
});

describe('fitLeniency on two groups of interviewers that never share a candidate', () => {
  it('warns and reports no number for the group outside the main component', () => {
    const sim = simulate({ seed: 9, disconnected: true, nInterviewers: 60, nCandidates: 1500 });
    const fit = fitLeniency(sim.data, lean);
    expect(fit.warnings.map((w) => w.code)).toContain('NOT_CONNECTED');
    expect(fit.connectivity.components).toBe(2);
    const I = fit.interviewers;
    const outside = Array.from(I.comparable).filter((c) => c === 0).length;
    expect(outside).toBe(fit.connectivity.outsideInterviewers);
    expect(outside).toBeGreaterThan(20);
    for (let j = 0; j < I.leniency.length; j++) {
      expect(Number.isNaN(I.leniency[j]!)).toBe(I.comparable[j] === 0);
      expect(Number.isNaN(I.lower[j]!)).toBe(I.comparable[j] === 0);
    }
    const { candidates } = fit;
    for (let i = 0; i < candidates.raw.length; i++) {
      expect(Number.isNaN(candidates.corrected[i]!)).toBe(candidates.comparable[i] === 0);
      expect(Number.isFinite(candidates.raw[i]!)).toBe(true);
    }
  });
});

describe('model reliability intervals', () => {
  it('cover the population reliability in ≥ 90% of 20 seeds (100 interviewers, 2,500 candidates)', () => {
    const truth = populationReliability({}, 40_000, 7);
    let absolute = 0;
    let consistency = 0;
    for (let seed = 101; seed <= 120; seed++) {
      const sim = simulate({
        seed,
        nInterviewers: 100,
        nCandidates: 2500,
        withEffectiveLeniency: false,
      });
      const fit = fitLeniency(sim.data, {
        perCategory: false,
        panelAgreement: false,
        bootstrap: { replicates: 100, seed, scheme: 'crossed' },
      });
      const a = fit.reliability.absolute;
      const c = fit.reliability.consistency;
      if (truth.absolute >= a.lower && truth.absolute <= a.upper) absolute += 1;
      if (truth.consistency >= c.lower && truth.consistency <= c.upper) consistency += 1;
    }
    rows.push(
      `reliability truth: absolute ${truth.absolute.toFixed(4)}, consistency ${truth.consistency.toFixed(4)}; covered ${absolute}/20 and ${consistency}/20`,
    );
    expect(absolute).toBeGreaterThanOrEqual(18);
    expect(consistency).toBeGreaterThanOrEqual(18);
  });
});
