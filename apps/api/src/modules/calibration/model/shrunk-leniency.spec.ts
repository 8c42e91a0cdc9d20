import { CrossedProblem } from './crossed-solver';
import { createRandom } from './random';
import { shrunkLeniency } from './shrunk-leniency';

function problem(): CrossedProblem {
  const r = createRandom(8);
  const nInt = 20;
  const b = Float64Array.from({ length: nInt }, (_, j) => (j - 9.5) / 10);
  const cand: number[] = [];
  const intv: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < 600; i++) {
    const a = 0.6 * r.normal();
    const first = r.int(nInt);
    for (const j of [first, (first + 1 + r.int(nInt - 1)) % nInt]) {
      cand.push(i);
      intv.push(j);
      y.push(3 + a + b[j]! + 0.3 * r.normal());
    }
  }
  return {
    y: Float64Array.from(y),
    candidate: Int32Array.from(cand),
    interviewer: Int32Array.from(intv),
    fixed: new Int32Array(y.length),
    nCandidates: 600,
    nInterviewers: nInt,
    nFixed: 1,
  };
}

describe('shrunkLeniency', () => {
  const p = problem();
  const v = { candidate: 0.36, interviewer: 0.33, residual: 0.09 };
  const opts = { uncalibratedPriorWeight: 60, tolerance: 1e-10, maxIterations: 1000 };
  const all = shrunkLeniency(p, v, new Uint8Array(20).fill(1), opts);

  it('centres leniency on the average scorecard and keeps fitted values', () => {
    let sum = 0;
    for (let s = 0; s < p.y.length; s++) sum += all.leniency[p.interviewer[s]!]!;
    expect(sum / p.y.length).toBeCloseTo(0, 10);
    expect(all.fixed[0]).toBeCloseTo(3, 1);
    expect(Math.abs(all.leniency[19]! - all.leniency[0]! - 1.9)).toBeLessThan(0.15);
  });

  it('holds interviewers who are not calibrated near 0 without narrowing their intervals', () => {
    const calibrated = new Uint8Array(20).fill(1);
    calibrated[0] = 0;
    calibrated[19] = 0;
    const some = shrunkLeniency(p, v, calibrated, opts);
    expect(Math.abs(some.leniency[0]!)).toBeLessThan(0.5 * Math.abs(all.leniency[0]!));
    expect(Math.abs(some.leniency[19]!)).toBeLessThan(0.5 * Math.abs(all.leniency[19]!));
    expect(some.se[0]).toBeCloseTo(all.se[0]!, 12);
    expect(some.lambda[0]).toBeGreaterThan(60);
  });
});
