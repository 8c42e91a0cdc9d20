/**
 * The monthly trend on the known-truth simulator: candidates spread over six months, some
 * interviewers drift by ±0.6 rating points in some months (added to their ratings, clipped to
 * 1–5); the fit's per-month leniency must show the drift where it was injected and nowhere else.
 */
import { fitLeniency, FitOptions } from './fit-leniency';
import { monthIndex, monthOfIndex } from './monthly-leniency';
import { simulate } from './simulator';

const lean: Partial<FitOptions> = {
  perCategory: false,
  panelAgreement: false,
  bootstrap: { replicates: 0, seed: 1, scheme: 'crossed' },
};
const MONTHS = 6;
const first = monthIndex(2026, 1);

/** Interviewer j drifts by drift(j, m) in month m (0-based): even ones up late, some down early. */
const drift = (j: number, m: number): number => {
  if (j < 6 && j % 2 === 0 && m >= 4) return 0.6;
  if (j < 6 && j % 2 === 1 && m === 1) return -0.6;
  return 0;
};

function drifted(seed: number) {
  const sim = simulate({
    seed,
    nInterviewers: 40,
    nCandidates: 6000,
    activitySd: 0.2,
    withEffectiveLeniency: false,
  });
  const d = sim.data;
  const n = d.candidate.length;
  // A candidate's rounds all happen in one month; candidates spread evenly over six.
  const period = Int32Array.from(d.candidate, (i) => first + (i % MONTHS));
  // What the drift did on the rating scale after clipping, per scorecard (equal category weights).
  const applied = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const shift = drift(d.interviewer[s]!, period[s]! - first);
    if (shift === 0) continue;
    let total = 0;
    for (let o = d.obsStart[s]!; o < d.obsStart[s + 1]!; o++) {
      const before = d.rating[o]!;
      d.rating[o] = Math.min(5, Math.max(1, before + shift));
      total += d.rating[o]! - before;
    }
    applied[s] = total / (d.obsStart[s + 1]! - d.obsStart[s]!);
  }
  const fit = fitLeniency({ ...d, period }, lean);
  return { sim, fit, applied, period };
}

const rows: string[] = [];
afterAll(() => console.log(`monthly trend proof\n${rows.join('\n')}`));

describe('monthlyLeniency', () => {
  it('numbers months so that they sort and convert back', () => {
    expect(monthIndex(2026, 1) - monthIndex(2025, 12)).toBe(1);
    expect(monthOfIndex(monthIndex(2026, 11))).toEqual({ year: 2026, month: 11 });
  });

  it('is not computed when the data has no months', () => {
    const sim = simulate({ seed: 3, nInterviewers: 20, nCandidates: 300 });
    expect(fitLeniency(sim.data, lean).trend).toBeNull();
  });

  describe.each([1, 2, 3])('on seed %i with drift injected', (seed) => {
    const { sim, fit, applied, period } = drifted(seed);
    const trend = fit.trend!;
    const cell = (j: number, m: number) => {
      for (let k = 0; k < trend.month.length; k++)
        if (trend.interviewer[k] === j && trend.month[k] === first + m) return k;
      return -1;
    };
    /** The mean of an interviewer's months without drift: their baseline. */
    const baseline = (j: number) => {
      const values: number[] = [];
      for (let m = 0; m < MONTHS; m++)
        if (drift(j, m) === 0 && cell(j, m) >= 0) values.push(trend.leniency[cell(j, m)]!);
      return values.reduce((t, v) => t + v, 0) / values.length;
    };
    /** The drift as it landed on the scale: mean applied shift over the cell's scorecards. */
    const truth = (j: number, m: number) => {
      let sum = 0;
      let count = 0;
      for (let s = 0; s < applied.length; s++) {
        if (sim.data.interviewer[s] !== j || period[s] !== first + m) continue;
        sum += applied[s]!;
        count += 1;
      }
      return sum / count;
    };

    it('has a row per interviewer and month, with counts that add up', () => {
      const J = sim.data.nInterviewers;
      for (let j = 0; j < J; j++) {
        let scorecards = 0;
        let linked = 0;
        for (let k = 0; k < trend.month.length; k++) {
          if (trend.interviewer[k] !== j) continue;
          scorecards += trend.scorecards[k]!;
          linked += trend.linked[k]!;
          expect(trend.linked[k]).toBeLessThanOrEqual(trend.scorecards[k]!);
          expect(trend.lower[k]).toBeLessThan(trend.leniency[k]!);
          expect(trend.upper[k]).toBeGreaterThan(trend.leniency[k]!);
        }
        expect(scorecards).toBe(fit.interviewers.scorecards[j]);
        expect(linked).toBe(fit.interviewers.linked[j]);
      }
    });

    it('recovers the injected drift within 0.2 rating points', () => {
      const errors: number[] = [];
      for (let j = 0; j < 6; j++) {
        for (let m = 0; m < MONTHS; m++) {
          if (drift(j, m) === 0) continue;
          const k = cell(j, m);
          expect(trend.linked[k]).toBeGreaterThanOrEqual(20);
          const recovered = trend.leniency[k]! - baseline(j);
          errors.push(Math.abs(recovered - truth(j, m)));
          expect(Math.abs(recovered - truth(j, m))).toBeLessThan(0.2);
          // The interval says so too: it excludes the baseline.
          const excludes =
            drift(j, m) > 0 ? trend.lower[k]! > baseline(j) : trend.upper[k]! < baseline(j);
          expect(excludes).toBe(true);
        }
      }
      rows.push(
        `seed ${seed}: ${errors.length} drifted months, largest error ${Math.max(...errors).toFixed(3)}, mean ${(errors.reduce((t, e) => t + e, 0) / errors.length).toFixed(3)}`,
      );
    });

    it('shows no drift where none was injected: months stay near the overall leniency', () => {
      const gaps: number[] = [];
      for (let j = 6; j < sim.data.nInterviewers; j++) {
        for (let m = 0; m < MONTHS; m++) {
          const k = cell(j, m);
          if (k < 0 || trend.linked[k]! < 20) continue;
          gaps.push(Math.abs(trend.leniency[k]! - fit.interviewers.leniency[j]!));
        }
      }
      expect(gaps.length).toBeGreaterThan(50);
      const within = gaps.filter((gap) => gap <= 0.25).length / gaps.length;
      rows.push(
        `seed ${seed}: ${gaps.length} undrifted months, ${(within * 100).toFixed(1)}% within 0.25`,
      );
      expect(within).toBeGreaterThanOrEqual(0.95);
    });

    it('gives intervals that cover the undrifted months’ overall leniency about 95% of the time', () => {
      let covered = 0;
      let total = 0;
      for (let k = 0; k < trend.month.length; k++) {
        const j = trend.interviewer[k]!;
        if (j < 6 || trend.linked[k]! < 10) continue;
        total += 1;
        const truthJ = fit.interviewers.leniency[j]!;
        if (trend.lower[k]! <= truthJ && truthJ <= trend.upper[k]!) covered += 1;
      }
      rows.push(
        `seed ${seed}: interval coverage ${((covered / total) * 100).toFixed(1)}% of ${total}`,
      );
      expect(covered / total).toBeGreaterThanOrEqual(0.9);
    });
  });
});
