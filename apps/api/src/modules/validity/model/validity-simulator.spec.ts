import {
  simulateValidity,
  validityInputs,
  ValidityOutcomeKey,
  ValiditySimulation,
} from './validity-simulator';
import { ValidityCell, validityTable } from './validity-table';

/** The table of a simulation, with each cell's population truth and predictor kind. */
function tableOf(sim: ValiditySimulation) {
  const { predictors, outcomes } = validityInputs(sim);
  return validityTable(predictors, outcomes, { selectedOn: 'overall' }).map((cell) => {
    const q = cell.predictor === 'overall' ? sim.nQuestions : Number(cell.predictor.slice(1)) - 1;
    const kind =
      q === sim.nQuestions ? 'overall' : sim.truth.informative[q] ? 'informative' : 'nothing';
    const truth = sim.truth.populationCorrelation[cell.outcome as ValidityOutcomeKey][q]!;
    return { ...cell, kind, truth };
  });
}

const share = (cells: ValidityCell[], verdict: string) =>
  cells.filter((c) => c.verdict === verdict).length / cells.length;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('simulateValidity', () => {
  const sim = simulateValidity({ seed: 3 });
  const N = sim.options.nCandidates;
  const Q = sim.nQuestions;

  it('is deterministic per seed', () => {
    const again = simulateValidity({ seed: 3 });
    expect(again.ratings).toEqual(sim.ratings);
    expect(again.outcomes.aht).toEqual(sim.outcomes.aht);
    expect(simulateValidity({ seed: 4 }).ratings).not.toEqual(sim.ratings);
  });

  it('rates 1–5 with some questions not asked, and hires the top share by mean score', () => {
    const asked = sim.ratings.filter((v) => !Number.isNaN(v));
    expect(new Set(asked)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(asked.length / (N * Q)).toBeCloseTo(0.85, 1);
    expect(sim.hired.length).toBe(1200);
    const lowestHired = Math.min(...Array.from(sim.hired, (i) => sim.meanScore[i]!));
    const isHired = new Uint8Array(N);
    sim.hired.forEach((i) => (isHired[i] = 1));
    for (let i = 0; i < N; i++) {
      if (!isHired[i])
        expect(sim.meanScore[i]! <= lowestHired || Number.isNaN(sim.meanScore[i]!)).toBe(true);
    }
  });

  it('gives hires outcomes (some not recorded) and nests retention at 30 and 90 days', () => {
    const qa = sim.outcomes.qa;
    expect(qa.length).toBe(sim.hired.length);
    const missing = qa.filter(Number.isNaN).length / qa.length;
    expect(missing).toBeGreaterThan(0.02);
    expect(missing).toBeLessThan(0.09);
    expect(sim.outcomes.employed90.every((v, k) => v <= sim.outcomes.employed30[k]!)).toBe(true);
    expect(sim.truth.outcomes.aht.every((v) => v >= 120)).toBe(true);
    expect(sim.truth.informative).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('has population correlations that follow the loadings: ~0 for measure-nothing questions', () => {
    const t = sim.truth.populationCorrelation;
    for (let q = 0; q < 6; q++) {
      expect(t.qa[q]!).toBeGreaterThan(0.25);
      expect(t.aht[q]!).toBeLessThan(-0.2);
      expect(t.employed90[q]!).toBeGreaterThan(0.1);
    }
    for (let q = 6; q < Q; q++)
      for (const k of ['qa', 'aht'] as const) expect(Math.abs(t[k][q]!)).toBeLessThan(0.06);
  });
});

describe('the validity table on simulated hiring', () => {
  // 10k applicants → 3k hires: enough for the binary retention outcomes, still ~0.3 s.
  const cells = tableOf(simulateValidity({ seed: 1, nCandidates: 10_000 }));
  const informative = cells.filter((c) => c.kind === 'informative');
  const overall = cells.filter((c) => c.kind === 'overall');

  it('marks informative questions and the overall score as predicting every outcome', () => {
    expect(informative).toHaveLength(36);
    expect(share(informative, 'predicts')).toBeGreaterThanOrEqual(0.9);
    expect(share(overall, 'predicts')).toBe(1);
  });

  it('finds AHT negatively correlated yet predicted, with AUCs above ½ for retention', () => {
    const aht = informative.filter((c) => c.outcome === 'aht');
    for (const c of aht) {
      expect(c.observed.upper!).toBeLessThan(0);
      expect(c.verdict).toBe('predicts');
    }
    for (const c of cells.filter((c) => c.outcome.startsWith('employed') && c.kind !== 'nothing')) {
      expect(c.auc!.lower!).toBeGreaterThan(0.5);
    }
    expect(cells.filter((c) => c.outcome === 'qa').every((c) => c.auc === null)).toBe(true);
  });

  it('shrinks r among hires, and the correction moves it back toward the population', () => {
    const gap = (key: 'observed' | 'corrected') =>
      mean(informative.map((c) => Math.abs(c[key].value! - c.truth)));
    // Observed |r| below the truth almost everywhere (range restriction).
    const shrunk = informative.filter((c) => Math.abs(c.observed.value!) < Math.abs(c.truth));
    expect(shrunk.length / informative.length).toBeGreaterThanOrEqual(0.9);
    expect(gap('corrected')).toBeLessThan(0.8 * gap('observed'));
    expect(informative.every((c) => c.sdRatio! > 1.1)).toBe(true);
    // Hires were picked on the overall score itself (direct selection): case II is nearly exact
    // for the continuous outcomes. For yes/no outcomes r is point-biserial and the relation is
    // not linear, so the correction falls short of the truth, though it still helps.
    const overallGap = (key: 'observed' | 'corrected', binary: boolean) =>
      mean(
        overall
          .filter((c) => c.outcome.startsWith('employed') === binary)
          .map((c) => Math.abs(c[key].value! - c.truth)),
      );
    expect(overallGap('observed', false)).toBeGreaterThan(0.15);
    expect(overallGap('corrected', false)).toBeLessThan(0.04);
    expect(overallGap('corrected', true)).toBeLessThan(0.7 * overallGap('observed', true));
  });

  it('marks measure-nothing pilot questions predicts_nothing when interviewers are calibrated', () => {
    // Pilot questions: asked but not counted in the score hires are picked on; no leniency.
    const pilot = tableOf(
      simulateValidity({
        seed: 2,
        nCandidates: 10_000,
        leniencySd: 0,
        scored: [true, true, true, true, true, true, false, false, false, false],
      }),
    ).filter((c) => c.kind === 'nothing');
    expect(pilot).toHaveLength(24);
    expect(share(pilot, 'predicts_nothing')).toBeGreaterThanOrEqual(0.9);
  });

  it('takes out the collider bias: a measure-nothing question in the hiring score predicts nothing', () => {
    // Among hires picked on a score that includes the question (and the interviewer's leniency),
    // a high rating on it means the rest of the score, hence ability, was lower: observed, its r
    // with good outcomes is negative although the truth is ~0. Case III through the hiring score
    // (`selectedOn`) returns it to ~0, and the verdict rests on that.
    const nothing = cells.filter((c) => c.kind === 'nothing');
    expect(nothing).toHaveLength(24);
    expect(Math.max(...nothing.map((c) => Math.abs(c.truth)))).toBeLessThan(0.05);
    const worseObserved = nothing.filter((c) =>
      c.outcome === 'aht' ? c.observed.lower! > 0 : c.observed.upper! < 0,
    );
    expect(worseObserved.length / nothing.length).toBeGreaterThan(0.75);
    expect(nothing.every((c) => c.correction === 'indirect')).toBe(true);
    expect(share(nothing, 'predicts_nothing')).toBeGreaterThanOrEqual(0.9);
    expect(share(nothing, 'predicts')).toBe(0);
    expect(mean(nothing.map((c) => Math.abs(c.corrected.value! - c.truth)))).toBeLessThan(0.04);
  });

  it('without the selection score, case II keeps the collider bias (why selectedOn matters)', () => {
    const { predictors, outcomes } = validityInputs(
      simulateValidity({ seed: 1, nCandidates: 10_000 }),
    );
    const uncorrected = validityTable(predictors, outcomes).filter(
      (c) =>
        c.predictor !== 'overall' &&
        cells.find((d) => d.predictor === c.predictor)?.kind === 'nothing',
    );
    const oriented = (c: ValidityCell) => (c.outcome === 'aht' ? -1 : 1) * c.corrected.value!;
    // Case II scales the negative observed r up instead of removing it.
    expect(mean(uncorrected.map(oriented))).toBeLessThan(-0.08);
    expect(share(uncorrected, 'backwards')).toBeGreaterThan(0.25);
  });

  it('says too_few when the hired group is small', () => {
    const few = tableOf(simulateValidity({ seed: 5, hireShare: 0.006 })); // 24 hires
    expect(few.every((c) => c.n <= 24 && c.verdict === 'too_few')).toBe(true);
  });
});
