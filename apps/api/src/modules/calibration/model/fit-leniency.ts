/**
 * The calibration model. For scorecard s (candidate i, interviewer j, round type t):
 *   y_s = β_t + a_i + b_j + e_s
 * where y_s is the scorecard's weighted category mean after removing the round type × category
 * profile (so a scorecard that skipped a hard category is not flattered), a_i ~ N(0, σ²a) is
 * ability, b_j ~ N(0, σ²b) leniency and e_s ~ N(0, σ²e) everything else. Fitting at scorecard
 * level, not per category rating, is deliberate: one interviewer's category ratings of one
 * candidate share an impression (halo), so 12 of them are not 12 independent pieces of evidence.
 * Categories are then fitted on the within-scorecard deviations (fit-categories.ts).
 *
 * Variance components by the method of moments (variance-components.ts), predictions by CG on the
 * Schur complement (crossed-solver.ts), standard errors by Gaussian belief propagation; leniency
 * only inside the main connected component.
 */
import { candidateScores } from './candidate-scores';
import { connectedComponents } from './connectedness';
import { ridge } from './crossed-solver';
import { CategoryFit, fitCategories } from './fit-categories';
import { CalibrationData, scorecardCount, scorecardScores, validateData } from './layout';
import { MonthlyLeniency, monthlyLeniency } from './monthly-leniency';
import { PanelAgreement, panelAgreement } from './panel-agreement';
import { RaterDiagnostics, raterDiagnostics } from './rater-diagnostics';
import { Estimate, modelReliabilityWithIntervals } from './reliability';
import { shrunkLeniency } from './shrunk-leniency';
import { normalQuantile } from './stats';
import {
  autoReplicates,
  CrossedDesign,
  momentBuffers,
  momentComponents,
  repeatPairs,
  Replicates,
  replicatesFor,
  VarianceComponents,
} from './variance-components';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { hypot, max, round } = Math;
const { isNaN } = Number;

export interface FitOptions {
  /** Linked scorecards an interviewer needs to count as calibrated. */
  minLinked: number;
  /**
   * Extra prior weight (in scorecards at leniency 0) for a not-yet-calibrated interviewer: 2 ×
   * minLinked, so just under the threshold about a fifth of the estimate is applied (measured on
   * the simulator: estimate ≈ 0.2 × truth), and far less with fewer links.
   */
  uncalibratedPriorWeight: number;
  perCategory: boolean;
  /** Ordinal Krippendorff's alpha on panel rounds (overall and per category). */
  panelAgreement: boolean;
  /**
   * 'crossed': candidates and interviewers are both samples (the reliability of this kind of
   * interviewer pool); 'candidates': the interviewers are fixed (the reliability of these ones).
   */
  bootstrap: { replicates: Replicates; seed: number; scheme: 'crossed' | 'candidates' };
  /** Bootstrap replicates per category (reliability per category); 0 = no intervals. */
  categoryReplicates: Replicates;
  level: number;
  tolerance: number;
  maxIterations: number;
}

export const defaultFitOptions: FitOptions = {
  minLinked: 30,
  uncalibratedPriorWeight: 60,
  perCategory: true,
  panelAgreement: true,
  bootstrap: { replicates: 'auto', seed: 1, scheme: 'crossed' },
  categoryReplicates: 'auto',
  level: 0.95,
  tolerance: 1e-9,
  maxIterations: 2000,
};

const nMainRows = (inMain: Uint8Array) => inMain.reduce((t, v) => t + v, 0);

export type WarningCode = 'NOT_CONNECTED' | 'NOT_CONVERGED' | 'NO_LINKS' | 'NO_DATA';
export interface FitWarning {
  code: WarningCode;
  message: string;
}

export interface InterviewerResults {
  /** Relative to the average scorecard's interviewer, in rating points; NaN if not comparable. */
  leniency: Float64Array;
  /** Posterior SD under the ordinary prior (wide for not-yet-calibrated interviewers). */
  se: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  scorecards: Int32Array;
  /** Scorecards (in the main component) of candidates whom another interviewer also scored. */
  linked: Int32Array;
  calibrated: Uint8Array;
  comparable: Uint8Array;
  /** Interviewer × category leniency (interviewer-major), shrunk toward the overall leniency. */
  categoryLeniency: Float64Array;
  categorySe: Float64Array;
  diagnostics: RaterDiagnostics;
}

export interface CandidateResults {
  /** The product's score: mean over rounds of the round's scorecard mean. */
  raw: Float64Array;
  /** raw with each scorecard's interviewer leniency taken out; NaN if not comparable. */
  corrected: Float64Array;
  /** μ + a_i: the shrunken ability (for ranking it favours candidates with more evidence less). */
  ability: Float64Array;
  comparable: Uint8Array;
}

export interface LeniencyFit {
  mu: number;
  roundTypeEffect: Float64Array;
  /** Round type × category profile (type-major), deviations from the round type's mean. */
  categoryProfile: Float64Array;
  components: VarianceComponents;
  reliability: Record<'absolute' | 'consistency' | 'absoluteK' | 'consistencyK', Estimate>;
  /** k in the k-rater forms: scorecards per candidate in the main component. */
  panelSize: number;
  interviewers: InterviewerResults;
  candidates: CandidateResults;
  categories: CategoryFit[];
  /** Null when switched off. */
  panelAgreement: PanelAgreement | null;
  /** Leniency per interviewer and calendar month; null when the data carries no months. */
  trend: MonthlyLeniency | null;
  connectivity: {
    components: number;
    mainScorecards: number;
    outsideInterviewers: number;
    outsideCandidates: number;
  };
  convergence: {
    iterations: number;
    relativeResidual: number;
    converged: boolean;
    seSweeps: number;
  };
  warnings: FitWarning[];
  millis: Record<string, number>;
}

export function fitLeniency(d: CalibrationData, options: Partial<FitOptions> = {}): LeniencyFit {
  const o: FitOptions = { ...defaultFitOptions, ...options };
  const millis: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    millis[name] = round(now - clock);
    clock = now;
  };
  validateData(d);
  const n = scorecardCount(d);
  const C = d.nCategories;
  const R = d.nRoundTypes;
  const J = d.nInterviewers;
  const warnings: FitWarning[] = [];

  const raw = scorecardScores(d);
  const answered = Uint8Array.from(raw, (v) => (isNaN(v) ? 0 : 1));
  const cand = d.candidate.map((i, s) => (answered[s] ? i : -1));
  const comp = connectedComponents(
    cand.filter((i) => i >= 0),
    d.interviewer.filter((_, s) => answered[s] === 1),
    d.nCandidates,
    J,
  );
  const inMain = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    inMain[s] = answered[s] && comp.candidateComponent[d.candidate[s]!] === comp.main ? 1 : 0;
  }
  lap('connectivity');

  // Round type × category means over the main component, and the scorecard values y_s.
  const sum = new Float64Array(R * C);
  const cnt = new Float64Array(R * C);
  for (let s = 0; s < n; s++) {
    if (!inMain[s]) continue;
    for (let q = d.obsStart[s]!; q < d.obsStart[s + 1]!; q++) {
      sum[d.roundType[s]! * C + d.category[q]!]! += d.rating[q]!;
      cnt[d.roundType[s]! * C + d.category[q]!]! += 1;
    }
  }
  const typeCategoryMean = sum.map((v, k) => (cnt[k]! > 0 ? v / cnt[k]! : NaN));
  const weight = d.categoryWeight ?? new Float64Array(C).fill(1);
  const categoryProfile = new Float64Array(R * C);
  for (let t = 0; t < R; t++) {
    let sw = 0;
    let swm = 0;
    for (let c = 0; c < C; c++) {
      if (isNaN(typeCategoryMean[t * C + c]!)) continue;
      sw += weight[c]!;
      swm += weight[c]! * typeCategoryMean[t * C + c]!;
    }
    for (let c = 0; c < C; c++)
      categoryProfile[t * C + c] = typeCategoryMean[t * C + c]! - swm / sw;
  }
  const y = new Float64Array(n).fill(NaN);
  for (let s = 0; s < n; s++) {
    if (!inMain[s]) continue;
    let sw = 0;
    let swy = 0;
    for (let q = d.obsStart[s]!; q < d.obsStart[s + 1]!; q++) {
      const c = d.category[q]!;
      sw += weight[c]!;
      swy += weight[c]! * (d.rating[q]! - categoryProfile[d.roundType[s]! * C + c]!);
    }
    y[s] = swy / sw;
  }

  // Variance components on residuals from the round type means.
  const typeMean = new Float64Array(R);
  const typeCount = new Float64Array(R);
  for (let s = 0; s < n; s++) {
    if (!inMain[s]) continue;
    typeMean[d.roundType[s]!]! += y[s]!;
    typeCount[d.roundType[s]!]! += 1;
  }
  for (let t = 0; t < R; t++) typeMean[t] = typeCount[t]! > 0 ? typeMean[t]! / typeCount[t]! : 0;
  const resid = y.map((v, s) => v - typeMean[d.roundType[s]!]!);
  const design: CrossedDesign = {
    candidate: d.candidate,
    interviewer: d.interviewer,
    nCandidates: d.nCandidates,
    nInterviewers: J,
    repeats: repeatPairs(d.candidate, d.interviewer, d.nCandidates, inMain),
  };
  const buffers = momentBuffers(design, n);
  const components = momentComponents(resid, design, undefined, undefined, undefined, buffers);
  lap('components');
  const reps = replicatesFor(
    resid,
    design,
    autoReplicates(o.bootstrap.replicates, nMainRows(inMain), 6e7, 20, 200),
    o.bootstrap,
    buffers,
  );
  lap('bootstrap');

  // Linked scorecards: the candidate was also scored by someone else.
  const firstInterviewer = new Int32Array(d.nCandidates).fill(-1);
  const shared = new Uint8Array(d.nCandidates);
  for (let s = 0; s < n; s++) {
    if (!inMain[s]) continue;
    const i = d.candidate[s]!;
    if (firstInterviewer[i] === -1) firstInterviewer[i] = d.interviewer[s]!;
    else if (firstInterviewer[i] !== d.interviewer[s]) shared[i] = 1;
  }
  const scorecards = new Int32Array(J);
  const linked = new Int32Array(J);
  for (let s = 0; s < n; s++) {
    if (!answered[s]) continue;
    scorecards[d.interviewer[s]!]! += 1;
    if (inMain[s] && shared[d.candidate[s]!]) linked[d.interviewer[s]!]! += 1;
  }
  const calibrated = Uint8Array.from(linked, (l) => (l >= o.minLinked ? 1 : 0));
  const comparable = Uint8Array.from(comp.interviewerComponent, (c) => (c === comp.main ? 1 : 0));
  if (linked.every((l) => l === 0)) {
    warnings.push({
      code: 'NO_LINKS',
      message: 'No candidate was scored by two interviewers: leniency cannot be told from ability.',
    });
  }

  const problem = {
    y,
    candidate: d.candidate,
    interviewer: d.interviewer,
    fixed: d.roundType,
    nCandidates: d.nCandidates,
    nInterviewers: J,
    nFixed: R,
  };
  const overall = shrunkLeniency(problem, components, calibrated, o);
  lap('solve');

  let mu = 0;
  let nMain = 0;
  for (let s = 0; s < n; s++) {
    if (!inMain[s]) continue;
    mu += overall.fixed[d.roundType[s]!]!;
    nMain += 1;
  }
  mu /= nMain || 1;
  const candidates = candidateScores(d, raw, inMain, overall.leniency);
  const ability = overall.candidate.map((a, i) => (candidates.comparable[i] ? mu + a : NaN));
  const panelSize =
    nMain /
    max(
      1,
      candidates.comparable.reduce((t, v) => t + v, 0),
    );
  lap('candidates');

  const categories = o.perCategory
    ? fitCategories(
        d,
        y,
        inMain,
        typeCategoryMean,
        categoryProfile,
        design,
        calibrated,
        panelSize,
        o,
        buffers,
      )
    : [];
  const categoryLeniency = new Float64Array(J * C).fill(NaN);
  const categorySe = new Float64Array(J * C).fill(NaN);
  categories.forEach((f, c) => {
    for (let j = 0; j < J; j++) {
      if (!comparable[j]) continue;
      categoryLeniency[j * C + c] = overall.leniency[j]! + f.deviation[j]!;
      categorySe[j * C + c] = hypot(overall.se[j]!, f.deviationSe[j]!);
    }
  });
  lap('categories');
  const diagnostics = raterDiagnostics(d, typeCategoryMean, inMain);
  lap('diagnostics');
  const agreement = o.panelAgreement
    ? panelAgreement(
        d,
        raw,
        answered,
        {
          replicates: autoReplicates(o.bootstrap.replicates, nMain, 6e7, 20, 200),
          seed: o.bootstrap.seed,
          level: o.level,
        },
        autoReplicates(o.categoryReplicates, nMain, 2e7, 10, 50),
      )
    : null;
  lap('panelAgreement');

  const z = normalQuantile(0.5 + o.level / 2);
  const trend = d.period
    ? monthlyLeniency(
        {
          y,
          candidate: d.candidate,
          interviewer: d.interviewer,
          fixed: d.roundType,
          month: d.period,
          nCandidates: d.nCandidates,
          nInterviewers: J,
        },
        {
          fixed: overall.fixed,
          leniency: overall.leniency,
          lambda: overall.lambda,
          lambdaCandidate: ridge(components.residual, components.candidate),
        },
        z,
      )
    : null;
  lap('trend');
  const leniency = overall.leniency.map((v, j) => (comparable[j] ? v : NaN));
  const se = overall.se.map((v, j) => (comparable[j] ? v : NaN));
  if (comp.outsideInterviewers.length > 0) {
    warnings.push({
      code: 'NOT_CONNECTED',
      message: `${plural(comp.outsideInterviewers.length, 'interviewer')} and ${plural(comp.outsideCandidates.length, 'candidate')} share no interviewer with the main group: their leniency is not comparable and is not reported.`,
    });
  }
  if (!overall.converged || categories.some((c) => !c.converged)) {
    warnings.push({ code: 'NOT_CONVERGED', message: 'The solver stopped before converging.' });
  }
  if (nMain === 0) warnings.push({ code: 'NO_DATA', message: 'No answered scorecard.' });

  return {
    mu,
    roundTypeEffect: overall.fixed.map((b) => b - mu),
    categoryProfile,
    components,
    reliability: modelReliabilityWithIntervals(components, reps, panelSize, o.level),
    panelSize,
    interviewers: {
      leniency,
      se,
      lower: leniency.map((v, j) => v - z * se[j]!),
      upper: leniency.map((v, j) => v + z * se[j]!),
      scorecards,
      linked,
      calibrated,
      comparable,
      categoryLeniency,
      categorySe,
      diagnostics,
    },
    candidates: { ...candidates, ability },
    categories,
    panelAgreement: agreement,
    trend,
    connectivity: {
      components: comp.count,
      mainScorecards: nMain,
      outsideInterviewers: comp.outsideInterviewers.length,
      outsideCandidates: comp.outsideCandidates.length,
    },
    convergence: {
      iterations: overall.iterations,
      relativeResidual: overall.relativeResidual,
      converged: overall.converged,
      seSweeps: overall.sweeps,
    },
    warnings,
    millis,
  };
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
