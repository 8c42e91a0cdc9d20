/**
 * Ordinal Krippendorff's alpha on panel rounds: the units are rounds that two or more
 * interviewers scored, the values their ratings (of one category, or the scorecard score).
 * Unlike the model's reliability this needs no model, only panels; it describes how well panel
 * members agree, leniency differences included. Intervals resample candidates: a candidate's
 * rounds share the candidate and are not independent.
 */
import { CalibrationData, groupBy, scorecardCount } from './layout';
import { alphaWithInterval, BootstrapSettings, Estimate } from './reliability';

export interface PanelAgreement {
  /** Ordinal alpha of the scorecard scores of each panel. */
  overall: Estimate;
  /** Ordinal alpha of each category's ratings. */
  categories: Estimate[];
  /** Panel rounds (≥ 2 scorecards) used. */
  panels: number;
}

export function panelAgreement(
  d: CalibrationData,
  scores: Float64Array,
  include: Uint8Array,
  b: BootstrapSettings,
  categoryReplicates = b.replicates,
): PanelAgreement {
  const byRound = groupBy(d.round, d.nRounds, include);
  const panels: number[] = [];
  for (let g = 0; g < d.nRounds; g++) {
    if (byRound.start[g + 1]! - byRound.start[g]! >= 2) panels.push(g);
  }
  const group = Int32Array.from(panels, (g) => d.candidate[byRound.order[byRound.start[g]!]!]!);
  // Units from a value per scorecard (NaN = no value): panel rounds in order, values in CSR.
  let panelScorecards = 0;
  for (const g of panels) panelScorecards += byRound.start[g + 1]! - byRound.start[g]!;
  const unitsOf = (valueOf: (s: number) => number) => {
    const start = new Int32Array(panels.length + 1);
    const values = new Float64Array(panelScorecards);
    let at = 0;
    panels.forEach((g, u) => {
      for (let q = byRound.start[g]!; q < byRound.start[g + 1]!; q++) {
        const v = valueOf(byRound.order[q]!);
        if (!Number.isNaN(v)) values[at++] = v;
      }
      start[u + 1] = at;
    });
    return { start, values: values.subarray(0, at) };
  };
  const overall = alphaWithInterval(
    unitsOf((s) => scores[s]!),
    'ordinal',
    b,
    group,
  );
  const categories: Estimate[] = [];
  const rating = new Float64Array(scorecardCount(d));
  for (let c = 0; c < d.nCategories; c++) {
    rating.fill(NaN);
    for (const g of panels) {
      for (let q = byRound.start[g]!; q < byRound.start[g + 1]!; q++) {
        const s = byRound.order[q]!;
        for (let o = d.obsStart[s]!; o < d.obsStart[s + 1]!; o++) {
          if (d.category[o] === c) rating[s] = d.rating[o]!;
        }
      }
    }
    categories.push(
      alphaWithInterval(
        unitsOf((s) => rating[s]!),
        'ordinal',
        { ...b, replicates: categoryReplicates, seed: b.seed + c + 1 },
        group,
      ),
    );
  }
  return { overall, categories, panels: panels.length };
}
