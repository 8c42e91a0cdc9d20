import { CrossedProblem, interviewerPrecision, ridge, solveCrossed } from './crossed-solver';
import { createRandom } from './random';

function problem(seed: number, nCand: number, nInt: number): CrossedProblem {
  const r = createRandom(seed);
  const cand: number[] = [];
  const intv: number[] = [];
  const fixed: number[] = [];
  const y: number[] = [];
  const b = Float64Array.from({ length: nInt }, () => 0.5 * r.normal());
  for (let i = 0; i < nCand; i++) {
    const a = 0.6 * r.normal();
    const k = 1 + r.int(3);
    const seen = new Set<number>();
    while (seen.size < k) seen.add(r.int(nInt));
    for (const j of seen) {
      cand.push(i);
      intv.push(j);
      fixed.push(r.int(2));
      y.push(3 + fixed.at(-1)! * 0.3 + a + b[j]! + 0.3 * r.normal());
    }
  }
  return {
    y: Float64Array.from(y),
    candidate: Int32Array.from(cand),
    interviewer: Int32Array.from(intv),
    fixed: Int32Array.from(fixed),
    nCandidates: nCand,
    nInterviewers: nInt,
    nFixed: 2,
  };
}

/** Solves A x = b (dense, partial pivoting) and returns x, or A⁻¹ when b is omitted. */
function dense(A: number[][], b?: number[]): number[][] {
  const n = A.length;
  const M = A.map((row, i) => [...row, ...(b ? [b[i]!] : A.map((_, k) => (k === i ? 1 : 0)))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k < M[r]!.length; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row.slice(n).map((v) => v / M[i]![i]!));
}

describe('solveCrossed', () => {
  it('matches a dense solve of the mixed model equations', () => {
    const p = problem(3, 120, 15);
    const lambdaA = ridge(0.09, 0.36);
    const lambdaB = Float64Array.from(
      { length: 15 },
      (_, j) => ridge(0.09, 0.25) + (j < 3 ? 20 : 0),
    );
    const sol = solveCrossed(p, { lambdaCandidate: lambdaA, lambdaInterviewer: lambdaB });
    expect(sol.converged).toBe(true);
    // Unknowns: 2 fixed, 120 candidates, 15 interviewers; Henderson's equations.
    const size = 2 + 120 + 15;
    const A = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    const rhs = new Array<number>(size).fill(0);
    for (let s = 0; s < p.y.length; s++) {
      const idx = [p.fixed[s]!, 2 + p.candidate[s]!, 122 + p.interviewer[s]!];
      for (const u of idx) {
        rhs[u]! += p.y[s]!;
        for (const v of idx) A[u]![v]! += 1;
      }
    }
    for (let i = 0; i < 120; i++) A[2 + i]![2 + i]! += lambdaA;
    for (let j = 0; j < 15; j++) A[122 + j]![122 + j]! += lambdaB[j]!;
    const x = dense(A, rhs).map((row) => row[0]!);
    sol.fixed.forEach((v, k) => expect(v).toBeCloseTo(x[k]!, 6));
    sol.candidate.forEach((v, i) => expect(v).toBeCloseTo(x[2 + i]!, 6));
    sol.interviewer.forEach((v, j) => expect(v).toBeCloseTo(x[122 + j]!, 6));
  });

  it('keeps effects at 0 when their variance is 0', () => {
    const p = problem(4, 50, 8);
    const sol = solveCrossed(p, {
      lambdaCandidate: 1,
      lambdaInterviewer: new Float64Array(8).fill(ridge(0.1, 0)),
    });
    for (const b of sol.interviewer) expect(Math.abs(b)).toBeLessThan(1e-9);
  });
});

describe('interviewerPrecision', () => {
  it('is close to the exact posterior precision on a sparse design', () => {
    const nCand = 600;
    const nInt = 60;
    const p = problem(5, nCand, nInt);
    const lambdaA = ridge(0.09, 0.36);
    const lambdaB = new Float64Array(nInt).fill(ridge(0.09, 0.25));
    const { precision } = interviewerPrecision(p, {
      lambdaCandidate: lambdaA,
      lambdaInterviewer: lambdaB,
    });
    // Exact: invert the (candidates + interviewers) precision matrix, fixed effects known.
    const size = nCand + nInt;
    const A = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (let s = 0; s < p.y.length; s++) {
      const idx = [p.candidate[s]!, nCand + p.interviewer[s]!];
      for (const u of idx) for (const v of idx) A[u]![v]! += 1;
    }
    for (let i = 0; i < nCand; i++) A[i]![i]! += lambdaA;
    for (let j = 0; j < nInt; j++) A[nCand + j]![nCand + j]! += lambdaB[j]!;
    const inv = dense(A);
    let worst = 0;
    for (let j = 0; j < nInt; j++) {
      const exactVar = inv[nCand + j]![nCand + j]!;
      worst = Math.max(worst, Math.abs(1 / precision[j]! / exactVar - 1));
    }
    expect(worst).toBeLessThan(0.1);
  });
});
