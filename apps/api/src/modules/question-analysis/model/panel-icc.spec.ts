import { createRandom } from '../../calibration/model/random';
import { icc } from '../../calibration/model/reliability';
import { panelIcc } from './panel-icc';

/** Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges; ICC(1,1) = 0.17. */
const shroutFleiss = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('panelIcc', () => {
  it('reproduces Shrout & Fleiss ICC(1,1) and the calibration module’s icc1 on a complete table', () => {
    const result = panelIcc(shroutFleiss, 2);
    expect(result.panels).toBe(6);
    expect(result.icc).toBeCloseTo(0.17, 2);
    expect(result.icc).toBeCloseTo(icc(shroutFleiss.flat(), 6, 4).icc1, 12);
  });

  it('matches a hand computation on panels of unequal size', () => {
    // Groups [1,3], [4,5,6], [2,2]: N = 7, g = 3, grand mean 23/7.
    // SSB = 2(2 − 23/7)² + 3(5 − 23/7)² + 2(2 − 23/7)² = 108/7 ≈ 15.428571; MSB = 54/7
    // SSW = 2 + 2 + 0 = 4; MSW = 4 / (7 − 3) = 1
    // k₀ = (7 − 17/7) / 2 = 16/7
    // ICC = (54/7 − 1) / (54/7 + 9/7) = (47/7) / 9 = 47/63
    const result = panelIcc(
      [
        [1, 3],
        [4, 5, 6],
        [2, 2],
      ],
      2,
    );
    expect(result.icc).toBeCloseTo(47 / 63, 12);
  });

  it('leaves out single ratings and needs the minimum number of panels', () => {
    expect(panelIcc([[3], [4, 5], [2, 2]], 2).panels).toBe(2);
    expect(panelIcc(shroutFleiss, 20)).toEqual({ icc: null, panels: 6 });
    expect(
      panelIcc(
        [
          [3, 3],
          [3, 3],
          [3, 3],
        ],
        2,
      ),
    ).toEqual({ icc: null, panels: 3 });
  });

  it('is near 0 for a question that measures nothing and high for an informative one', () => {
    // Panels of 2–3 interviewers: rating = λ·ability + noise (sd 0.8), leniency already removed.
    const random = createRandom(11);
    const panels = (loading: number) =>
      Array.from({ length: 600 }, () => {
        const ability = random.normal();
        return Array.from(
          { length: 2 + random.int(2) },
          () => loading * ability + 0.8 * random.normal(),
        );
      });
    const nothing = panelIcc(panels(0)).icc!;
    const informative = panelIcc(panels(0.9)).icc!;
    expect(Math.abs(nothing)).toBeLessThan(0.1);
    // Population value 0.81 / (0.81 + 0.64) ≈ 0.56.
    expect(informative).toBeGreaterThan(0.45);
    expect(informative).toBeLessThan(0.65);
  });
});
