import { createRandom } from './random';
import {
  bootstrapComponents,
  CrossedDesign,
  momentComponents,
  repeatPairs,
  solveComponents,
  VarianceComponents,
} from './variance-components';

/** A sparse crossed Gaussian design with known components (3 interviewers per candidate). */
function gaussianDesign(seed: number, nCand: number, nInt: number, v: VarianceComponents) {
  const r = createRandom(seed);
  const a = Float64Array.from({ length: nCand }, () => Math.sqrt(v.candidate) * r.normal());
  const b = Float64Array.from({ length: nInt }, () => Math.sqrt(v.interviewer) * r.normal());
  const cand: number[] = [];
  const intv: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < nCand; i++) {
    const seen = new Set<number>();
    while (seen.size < 3) seen.add(r.int(nInt));
    for (const j of seen) {
      cand.push(i);
      intv.push(j);
      y.push(a[i]! + b[j]! + Math.sqrt(v.residual) * r.normal());
    }
  }
  const design: CrossedDesign = {
    candidate: Int32Array.from(cand),
    interviewer: Int32Array.from(intv),
    nCandidates: nCand,
    nInterviewers: nInt,
    repeats: new Int32Array(0),
  };
  return { design, y: Float64Array.from(y) };
}

/**
 * Brute force: build the resampled data set explicitly (every copy of a candidate and of an
 * interviewer a new id, scorecard copies for row weights), classify every pair of copies of two
 * different original scorecards, and solve from the mean squared differences per pair type.
 */
function bruteForce(
  y: number[],
  cand: number[],
  intv: number[],
  m: number[],
  n: number[],
  w: number[],
): VarianceComponents {
  const copies: { s: number; c: string; j: string }[] = [];
  y.forEach((_, s) => {
    for (let a = 0; a < m[cand[s]!]!; a++) {
      for (let b = 0; b < n[intv[s]!]!; b++) {
        for (let k = 0; k < w[s]!; k++)
          copies.push({ s, c: `${cand[s]}:${a}`, j: `${intv[s]}:${b}` });
      }
    }
  });
  const sum = { A: 0, B: 0, O: 0 };
  const cnt = { A: 0, B: 0, O: 0 };
  for (const p of copies) {
    for (const q of copies) {
      if (p.s === q.s) continue;
      const sameC = p.c === q.c;
      const sameJ = p.j === q.j;
      if (sameC && sameJ) continue;
      const type = sameC ? 'A' : sameJ ? 'B' : 'O';
      sum[type] += (y[p.s]! - y[q.s]!) ** 2;
      cnt[type] += 1;
    }
  }
  return solveComponents(sum.A / cnt.A, sum.B / cnt.B, sum.O / cnt.O);
}

describe('momentComponents', () => {
  it('recovers known components of a sparse crossed design', () => {
    const truth = { candidate: 0.4, interviewer: 0.25, residual: 0.1 };
    const { design, y } = gaussianDesign(11, 4000, 150, truth);
    const v = momentComponents(y, design);
    expect(v.candidate).toBeCloseTo(0.4, 1);
    expect(Math.abs(v.interviewer - 0.25)).toBeLessThan(0.07);
    expect(v.residual).toBeCloseTo(0.1, 1);
  });

  // Two candidates share interviewer 0; candidate 0 is scored twice by interviewer 1 (a repeat).
  const y = [3, 4.5, 2, 3.5, 4, 1.5, 2.5];
  const cand = [0, 0, 0, 1, 1, 2, 2];
  const intv = [0, 1, 1, 0, 2, 2, 3];
  const design: CrossedDesign = {
    candidate: Int32Array.from(cand),
    interviewer: Int32Array.from(intv),
    nCandidates: 3,
    nInterviewers: 4,
    repeats: repeatPairs(Int32Array.from(cand), Int32Array.from(intv), 3),
  };

  it('lists repeat pairs (same candidate and interviewer)', () => {
    expect(Array.from(design.repeats)).toEqual([1, 2]);
  });

  it('matches brute-force pair enumeration, unweighted and under every kind of resampling', () => {
    const ones = (k: number) => new Array<number>(k).fill(1);
    const cases = [
      { m: [2, 0, 3], n: ones(4), w: ones(7) },
      { m: ones(3), n: [2, 1, 0, 3], w: ones(7) },
      { m: ones(3), n: ones(4), w: ones(7) },
      { m: [2, 1, 3], n: [1, 2, 1, 2], w: ones(7) },
      { m: [1, 2, 0], n: [3, 1, 0, 2], w: ones(7) },
      { m: ones(3), n: ones(4), w: [2, 1, 0, 3, 1, 1, 2] },
    ];
    for (const { m, n, w } of cases) {
      const expected = bruteForce(y, cand, intv, m, n, w);
      const got = momentComponents(
        Float64Array.from(y),
        design,
        Float64Array.from(m),
        Float64Array.from(n),
        Float64Array.from(w),
      );
      expect(got.candidate).toBeCloseTo(expected.candidate, 10);
      expect(got.interviewer).toBeCloseTo(expected.interviewer, 10);
      expect(got.residual).toBeCloseTo(expected.residual, 10);
    }
  });

  it('skips NaN rows and clamps negative components to 0', () => {
    const v = momentComponents(Float64Array.from([...y.slice(0, 6), NaN]), design);
    expect(v.candidate).toBeGreaterThanOrEqual(0);
    expect(v.interviewer).toBeGreaterThanOrEqual(0);
    expect(solveComponents(1, 3, 2)).toEqual({ candidate: 0.5, interviewer: 0, residual: 0.5 });
  });
});

describe('bootstrapComponents', () => {
  it('is seeded, and the interviewer bootstrap is the wider one for σ²b with few interviewers', () => {
    const { design, y } = gaussianDesign(5, 1500, 40, {
      candidate: 0.4,
      interviewer: 0.25,
      residual: 0.1,
    });
    const sd = (vs: VarianceComponents[]) => {
      const xs = vs.map((v) => v.interviewer);
      const m = xs.reduce((t, x) => t + x, 0) / xs.length;
      return Math.sqrt(xs.reduce((t, x) => t + (x - m) ** 2, 0) / xs.length);
    };
    const byCand = bootstrapComponents(y, design, { replicates: 60, seed: 1, unit: 'candidates' });
    const byInt = bootstrapComponents(y, design, { replicates: 60, seed: 1, unit: 'interviewers' });
    expect(bootstrapComponents(y, design, { replicates: 60, seed: 1, unit: 'candidates' })).toEqual(
      byCand,
    );
    expect(sd(byInt)).toBeGreaterThan(2 * sd(byCand));
  });
});
