/**
 * Leniency from one crossed fit: solve with the fitted variance components, hold interviewers
 * who are not yet calibrated near 0 with extra prior weight, centre so that 0 is the average
 * scorecard's interviewer, and attach standard errors.
 */
import { CrossedProblem, interviewerPrecision, ridge, solveCrossed } from './crossed-solver';
import { VarianceComponents } from './variance-components';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { sqrt } = Math;
const { isNaN } = Number;

export interface ShrunkLeniency {
  leniency: Float64Array;
  se: Float64Array;
  /** Fixed effects, shifted by the centring so that fitted values are unchanged. */
  fixed: Float64Array;
  candidate: Float64Array;
  /** Ridge per interviewer actually used (ordinary + extra for the not yet calibrated). */
  lambda: Float64Array;
  iterations: number;
  relativeResidual: number;
  converged: boolean;
  sweeps: number;
}

export function shrunkLeniency(
  p: CrossedProblem,
  v: VarianceComponents,
  calibrated: Uint8Array,
  o: { uncalibratedPriorWeight: number; tolerance: number; maxIterations: number },
): ShrunkLeniency {
  const lambdaA = ridge(v.residual, v.candidate);
  const lambdaB = ridge(v.residual, v.interviewer);
  // Extra weight as if the interviewer had that many more scorecards at leniency 0: with a
  // handful of linked scorecards the estimate moves only a fraction of the way from 0.
  const lambda = Float64Array.from(
    calibrated,
    (c) => lambdaB + (c ? 0 : o.uncalibratedPriorWeight),
  );
  const sol = solveCrossed(
    p,
    { lambdaCandidate: lambdaA, lambdaInterviewer: lambda },
    o.tolerance,
    o.maxIterations,
  );

  // The level of b against β is set only by the prior; fix it by convention instead.
  let shift = 0;
  let rows = 0;
  for (let s = 0; s < p.y.length; s++) {
    if (isNaN(p.y[s]!)) continue;
    shift += sol.interviewer[p.interviewer[s]!]!;
    rows += 1;
  }
  shift /= rows || 1;
  const leniency = sol.interviewer.map((b) => b - shift);
  const fixed = sol.fixed.map((b) => b + shift);

  // Standard errors under the ordinary prior: the extra weight is a decision not to correct much,
  // not knowledge, so it must not make the interval narrow.
  const ordinary = new Float64Array(p.nInterviewers).fill(lambdaB);
  const { precision, sweeps } = interviewerPrecision(p, {
    lambdaCandidate: lambdaA,
    lambdaInterviewer: ordinary,
  });
  const se = precision.map((q) => sqrt(v.residual / q));
  return {
    leniency,
    se,
    fixed,
    candidate: sol.candidate,
    lambda,
    iterations: sol.iterations,
    relativeResidual: sol.relativeResidual,
    converged: sol.converged,
    sweeps,
  };
}
