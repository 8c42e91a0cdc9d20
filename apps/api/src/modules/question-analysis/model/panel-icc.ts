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

/** ICC(1) from groups of ratings (one array per round); `minPanels` below which it is null. */
export function panelIcc(groups: readonly (readonly number[])[], minPanels = 20): PanelIcc {
  const used = groups
    .map((group) => group.filter((v) => Number.isFinite(v)))
    .filter((group) => group.length >= 2);
  const g = used.length;
  if (g < Math.max(2, minPanels)) return { icc: null, panels: g };
  let total = 0;
  let sum = 0;
  let sumSquaredSizes = 0;
  for (const group of used) {
    total += group.length;
    sumSquaredSizes += group.length ** 2;
    for (const v of group) sum += v;
  }
  const grand = sum / total;
  let ssb = 0;
  let ssw = 0;
  for (const group of used) {
    const mean = group.reduce((t, v) => t + v, 0) / group.length;
    ssb += group.length * (mean - grand) ** 2;
    for (const v of group) ssw += (v - mean) ** 2;
  }
  const msb = ssb / (g - 1);
  const msw = ssw / (total - g);
  const k0 = (total - sumSquaredSizes / total) / (g - 1);
  const denominator = msb + (k0 - 1) * msw;
  if (!(denominator > 0)) return { icc: null, panels: g };
  return { icc: (msb - msw) / denominator, panels: g };
}
