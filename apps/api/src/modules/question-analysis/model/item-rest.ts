/**
 * Item–rest correlation: how well one question separates candidates in the way the rest of its
 * category does. For each scorecard that rated the question and at least one other question of
 * the same category, x = the question's rating and y = the mean rating of the category's other
 * rated questions on that scorecard; r = Pearson(x, y) over those scorecards. The item is left
 * out of its own "rest", so a question does not correlate with itself (the corrected item–total
 * correlation of classical test theory).
 *
 * The ratings should be leniency-corrected: a lenient interviewer lifts every rating of a
 * scorecard, which would otherwise make even a question that measures nothing correlate with the
 * rest.
 */
import { addPair, emptyPairSums, PairSums, pearsonFromSums } from '../../calibration/model/stats';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { isFinite } = Number;

/** One rated answer: its scorecard, the category it belonged to there, its item and rating. */
export interface ItemRatings {
  /** Scorecard index of each answer; the answers of one scorecard need not be adjacent. */
  scorecard: Int32Array;
  /** Category index of each answer (as the category was on that scorecard's rubric version). */
  category: Int32Array;
  /** Item (question) index of each answer, 0..nItems-1. */
  item: Int32Array;
  /** The (corrected) rating. */
  value: Float64Array;
}

export interface ItemRest {
  /** Pearson r; null below `minScorecards` pairs or when either side has no variance. */
  r: number | null;
  /** Scorecards with the item and at least one other item of its category. */
  scorecards: number;
}

/**
 * Item–rest r from the pairs' sums (the calibration aggregation keeps them per job and question):
 * null below `minScorecards` pairs, or when either side does not vary.
 */
export function itemRestFromSums(sums: PairSums, minScorecards = 30): ItemRest {
  if (sums.n < Math.max(2, minScorecards)) return { r: null, scorecards: sums.n };
  const r = pearsonFromSums(sums);
  return { r: isFinite(r) ? r : null, scorecards: sums.n };
}

/** Item–rest r per item; `minScorecards` below which r is null (default 30). */
export function itemRestCorrelations(
  data: ItemRatings,
  nItems: number,
  minScorecards = 30,
): ItemRest[] {
  const n = data.value.length;
  // Sum and count of each (scorecard, category) cell, keyed by the pair.
  const cells = new Map<string, { sum: number; count: number }>();
  const keyOf = (a: number) => `${data.scorecard[a]!}:${data.category[a]!}`;
  for (let a = 0; a < n; a++) {
    const v = data.value[a]!;
    if (!isFinite(v)) continue;
    const key = keyOf(a);
    const cell = cells.get(key);
    if (cell) {
      cell.sum += v;
      cell.count += 1;
    } else cells.set(key, { sum: v, count: 1 });
  }
  const sums = Array.from({ length: nItems }, emptyPairSums);
  for (let a = 0; a < n; a++) {
    const v = data.value[a]!;
    if (!isFinite(v)) continue;
    const cell = cells.get(keyOf(a))!;
    if (cell.count < 2) continue;
    addPair(sums[data.item[a]!]!, v, (cell.sum - v) / (cell.count - 1));
  }
  return sums.map((itemSums) => itemRestFromSums(itemSums, minScorecards));
}
