import { createRandom } from '../../calibration/model/random';
import { simulateValidity } from '../../validity/model/validity-simulator';
import { ItemRatings, itemRestCorrelations } from './item-rest';

/** Answers as [scorecard, category, item, value] rows. */
function ratings(rows: readonly (readonly [number, number, number, number])[]): ItemRatings {
  return {
    scorecard: Int32Array.from(rows, (row) => row[0]),
    category: Int32Array.from(rows, (row) => row[1]),
    item: Int32Array.from(rows, (row) => row[2]),
    value: Float64Array.from(rows, (row) => row[3]),
  };
}

describe('itemRestCorrelations', () => {
  /*
   * By hand: four scorecards, one category of three items (0, 1, 2), plus item 3 alone in
   * another category. Item 0's rest is the mean of items 1 and 2 on each scorecard:
   *   scorecard  item0  item1  item2  rest(0)
   *       0        1      2      2      2
   *       1        2      2      4      3
   *       2        4      5      5      5
   *       3        5      4      5      4.5
   * x = 1, 2, 4, 5 (mean 3), y = 2, 3, 5, 4.5 (mean 3.625)
   * Σdx·dy = (−2)(−1.625) + (−1)(−0.625) + (1)(1.375) + (2)(0.875) = 7
   * Σdx² = 10, Σdy² = 2.640625 + 0.390625 + 1.890625 + 0.765625 = 5.6875
   * r = 7 / √(10 · 5.6875) = 0.92819…
   */
  const table = [
    [1, 2, 2],
    [2, 2, 4],
    [4, 5, 5],
    [5, 4, 5],
  ];
  const rows = table.flatMap((values, card) =>
    values.map((value, item) => [card, 0, item, value] as const),
  );
  const data = ratings([...rows, ...table.map((_, card) => [card, 1, 3, 3] as const)]);

  it('matches a hand-computed example, leaving the item out of its own rest', () => {
    const result = itemRestCorrelations(data, 4, 2);
    expect(result[0]!.r).toBeCloseTo(7 / Math.sqrt(10 * 5.6875), 10);
    expect(result[0]!.scorecards).toBe(4);
  });

  it('gives no figure for a single-question category or below the minimum', () => {
    const result = itemRestCorrelations(data, 4, 2);
    expect(result[3]).toEqual({ r: null, scorecards: 0 });
    expect(itemRestCorrelations(data, 4, 30)[0]).toEqual({ r: null, scorecards: 4 });
  });

  it('skips scorecards where the item has no other rated question of its category', () => {
    // Scorecard 4 rated only item 0 of the category: it has no rest.
    const extra = ratings([...rows, [4, 0, 0, 5]]);
    expect(itemRestCorrelations(extra, 3, 2)[0]!.scorecards).toBe(4);
  });

  it('is null when the item never varies', () => {
    const flat = ratings(
      table.flatMap(
        (values, card) =>
          [
            [card, 0, 0, 3],
            [card, 0, 1, values[1]!],
          ] as const,
      ),
    );
    expect(itemRestCorrelations(flat, 2, 2)[0]!.r).toBeNull();
  });

  describe('on the seeded validity simulator', () => {
    // 10 questions in one category; 4 measure nothing. Lenient interviewers (sd 0.5) lift all of
    // a scorecard's ratings; the correction takes the interviewer's leniency back out.
    const sim = simulateValidity({ seed: 7, nCandidates: 3000, leniencySd: 0.5 });
    const Q = sim.nQuestions;
    const N = sim.options.nCandidates;
    const answers = (corrected: boolean): ItemRatings => {
      const rows: [number, number, number, number][] = [];
      for (let i = 0; i < N; i++) {
        const leniency = corrected ? sim.truth.leniency[sim.interviewer[i]!]! : 0;
        for (let q = 0; q < Q; q++) {
          const rating = sim.ratings[i * Q + q]!;
          if (!Number.isNaN(rating)) rows.push([i, 0, q, rating - leniency]);
        }
      }
      return ratings(rows);
    };
    const corrected = itemRestCorrelations(answers(true), Q);
    const raw = itemRestCorrelations(answers(false), Q);

    it('is near 0 for the questions that measure nothing and clearly positive for the others', () => {
      sim.truth.informative.forEach((informative, q) => {
        const r = corrected[q]!.r!;
        if (informative) expect(r).toBeGreaterThan(0.3);
        else expect(Math.abs(r)).toBeLessThan(0.06);
      });
      expect(corrected[0]!.scorecards).toBeGreaterThan(2000);
    });

    it('would credit leniency to a question that measures nothing without the correction', () => {
      sim.truth.informative.forEach((informative, q) => {
        if (!informative) expect(raw[q]!.r!).toBeGreaterThan(0.1);
      });
    });
  });

  it('recovers a known correlation on random data', () => {
    // Two items sharing a factor with loading 0.8 and unit noise: corr = 0.64 / 1.64.
    const random = createRandom(5);
    const rows: [number, number, number, number][] = [];
    for (let card = 0; card < 20_000; card++) {
      const f = random.normal();
      rows.push([card, 0, 0, 0.8 * f + random.normal()], [card, 0, 1, 0.8 * f + random.normal()]);
    }
    expect(itemRestCorrelations(ratings(rows), 2)[0]!.r).toBeCloseTo(0.64 / 1.64, 1);
  });
});
