/**
 * Per category: the model reliability of the category rating, and each interviewer's category
 * leniency as a deviation from their overall leniency. Deviations are fitted on within-scorecard
 * deviations (category rating − the scorecard's own mean): that removes the scorecard's overall
 * impression (halo), the largest noise in a single category rating, and with it the overall
 * ability and leniency already fitted; what is left is shrunk toward 0, i.e. toward the
 * interviewer's overall leniency.
 */
import { CalibrationData, scorecardCount } from './layout';
import { Estimate, modelReliabilityWithIntervals } from './reliability';
import { shrunkLeniency } from './shrunk-leniency';
import {
  autoReplicates,
  CrossedDesign,
  MomentBuffers,
  momentBuffers,
  momentComponents,
  Replicates,
  replicatesFor,
  VarianceComponents,
} from './variance-components';

export interface CategoryFit {
  category: number;
  components: VarianceComponents;
  reliability: Record<'absolute' | 'consistency' | 'absoluteK' | 'consistencyK', Estimate>;
  deviationComponents: VarianceComponents;
  /** Interviewer × this category leniency minus their overall leniency. */
  deviation: Float64Array;
  deviationSe: Float64Array;
  iterations: number;
  converged: boolean;
}

export interface CategoryOptions {
  uncalibratedPriorWeight: number;
  tolerance: number;
  maxIterations: number;
  categoryReplicates: Replicates;
  bootstrap: { seed: number; scheme: 'crossed' | 'candidates' };
  level: number;
}

export function fitCategories(
  d: CalibrationData,
  y: Float64Array,
  inMain: Uint8Array,
  typeCategoryMean: Float64Array,
  categoryProfile: Float64Array,
  design: CrossedDesign,
  calibrated: Uint8Array,
  panelSize: number,
  o: CategoryOptions,
  buffers: MomentBuffers = momentBuffers(design, scorecardCount(d)),
): CategoryFit[] {
  const n = scorecardCount(d);
  const C = d.nCategories;
  const rating = new Float64Array(n);
  const deviation = new Float64Array(n);
  const out: CategoryFit[] = [];
  const rows = inMain.reduce((t, v) => t + v, 0);
  const replicates = autoReplicates(o.categoryReplicates, rows, 2e7, 10, 50);
  for (let c = 0; c < C; c++) {
    rating.fill(NaN);
    deviation.fill(NaN);
    for (let s = 0; s < n; s++) {
      if (!inMain[s]) continue;
      for (let q = d.obsStart[s]!; q < d.obsStart[s + 1]!; q++) {
        if (d.category[q] !== c) continue;
        const k = d.roundType[s]! * C + c;
        rating[s] = d.rating[q]! - typeCategoryMean[k]!;
        deviation[s] = d.rating[q]! - categoryProfile[k]! - y[s]!;
        break;
      }
    }
    const components = momentComponents(rating, design, undefined, undefined, undefined, buffers);
    const reps = replicatesFor(
      rating,
      design,
      replicates,
      {
        ...o.bootstrap,
        seed: o.bootstrap.seed + 1000 * (c + 1),
      },
      buffers,
    );
    const deviationComponents = momentComponents(
      deviation,
      design,
      undefined,
      undefined,
      undefined,
      buffers,
    );
    const fit = shrunkLeniency(
      {
        y: deviation,
        candidate: d.candidate,
        interviewer: d.interviewer,
        fixed: d.roundType,
        nCandidates: d.nCandidates,
        nInterviewers: d.nInterviewers,
        nFixed: d.nRoundTypes,
      },
      deviationComponents,
      calibrated,
      o,
    );
    out.push({
      category: c,
      components,
      reliability: modelReliabilityWithIntervals(components, reps, panelSize, o.level),
      deviationComponents,
      deviation: fit.leniency,
      deviationSe: fit.se,
      iterations: fit.iterations,
      converged: fit.converged,
    });
  }
  return out;
}
