/**
 * How much of a question's rating is the candidate rather than who interviewed them: the
 * one-way random-effects ICC(1) (Shrout & Fleiss 1979, ICC(1,1)) with the candidate's round as
 * the group, from panels (rounds in which two or more interviewers rated the question).
 *
 *   ICC(1) = (MSB − MSW) / (MSB + (k₀ − 1)·MSW)
 *   k₀     = (N − Σ nᵢ² / N) / (g − 1)       (the unbalanced "average" group size; = k if balanced)
 *
 * with g panels, nᵢ ratings in panel i and N = Σ nᵢ. With equal panel sizes it is exactly the
 * calibration module's `icc(…).icc1`. Groups with a single rating carry no within-panel
 * information and are left out. It can be negative (panels agree less than strangers would):
 * read that as no candidate signal.
 *
 * Rule: null with fewer than `minPanels` panels (default 20): below that its sampling error
 * (about ±0.3 at 20 pairs) swamps the figure; null too when the ratings do not vary at all.
 */

export interface PanelIcc {
  icc: number | null;
  /** Panels used: groups with at least two ratings. */
  panels: number;
}

/**
 * What ICC(1) needs from a set of panels, summed over panels: the question analysis adds each
 * round's panel as the calibration aggregation streams the scorecards, per job and question, and
 * adds jobs together for a site or a whole rubric (issue 21: no second pass over the answers).
 */
export interface PanelSums {
  /** Panels (groups of two or more ratings). */
  panels: number;
  /** N = Σ nᵢ. */
  ratings: number;
  /** Σ nᵢ². */
  squaredSizes: number;
  /** Σ x. */
  sum: number;
  /** Σ x². */
  sumOfSquares: number;
  /** Σ (Σⱼ xᵢⱼ)² / nᵢ: the group means' share of Σ x². */
  groupTerm: number;
}

export const emptyPanelSums = (): PanelSums => ({
  panels: 0,
  ratings: 0,
  squaredSizes: 0,
  sum: 0,
  sumOfSquares: 0,
  groupTerm: 0,
});

/** Adds one panel's ratings (non-finite ones dropped; fewer than two left: nothing). */
export function addPanel(sums: PanelSums, group: readonly number[]): void {
  let n = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (const v of group) {
    if (!Number.isFinite(v)) continue;
    n += 1;
    sum += v;
    sumOfSquares += v * v;
  }
  if (n < 2) return;
  sums.panels += 1;
  sums.ratings += n;
  sums.squaredSizes += n * n;
  sums.sum += sum;
  sums.sumOfSquares += sumOfSquares;
  sums.groupTerm += (sum * sum) / n;
}

/** Adds `more` into `sums` (two jobs' panels as one scope). */
export function mergePanelSums(sums: PanelSums, more: PanelSums): void {
  sums.panels += more.panels;
  sums.ratings += more.ratings;
  sums.squaredSizes += more.squaredSizes;
  sums.sum += more.sum;
  sums.sumOfSquares += more.sumOfSquares;
  sums.groupTerm += more.groupTerm;
}

/**
 * ICC(1) from the sums: SSB = Σ Sᵢ²/nᵢ − S²/N, SSW = Σ x² − Σ Sᵢ²/nᵢ. One pass instead of
 * centring on the means first; on ratings of 1–5 (corrected by at most a few points) the
 * cancellation costs about 1e-12 of the figure at a million ratings.
 */
export function panelIccFromSums(sums: PanelSums, minPanels = 20): PanelIcc {
  const g = sums.panels;
  if (g < Math.max(2, minPanels)) return { icc: null, panels: g };
  const total = sums.ratings;
  const ssb = sums.groupTerm - (sums.sum * sums.sum) / total;
  const ssw = sums.sumOfSquares - sums.groupTerm;
  const msb = ssb / (g - 1);
  const msw = Math.max(0, ssw) / (total - g);
  const k0 = (total - sums.squaredSizes / total) / (g - 1);
  const denominator = msb + (k0 - 1) * msw;
  // Ratings that do not vary leave only rounding: read as "no variance", as the two-pass form did.
  if (!(denominator > 1e-9)) return { icc: null, panels: g };
  return { icc: (msb - msw) / denominator, panels: g };
}

/** ICC(1) from groups of ratings (one array per round); `minPanels` below which it is null. */
export function panelIcc(groups: readonly (readonly number[])[], minPanels = 20): PanelIcc {
  const sums = emptyPanelSums();
  for (const group of groups) addPanel(sums, group);
  return panelIccFromSums(sums, minPanels);
}
