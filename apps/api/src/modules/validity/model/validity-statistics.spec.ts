import { createRandom } from '../../calibration/model/random';
import { pearson } from '../../calibration/model/stats';
import {
  correctForRangeRestriction,
  correlationInterval,
  hanleyMcNeilSe,
  rocAuc,
  sd,
  sdFromSums,
} from './validity-statistics';

/** Expands counts per rating category into one rating per case. */
function fromCounts(counts: number[]): number[] {
  return counts.flatMap((count, k) => Array<number>(count).fill(k + 1));
}

/** x, y with an exact sample correlation r: y = r·x + √(1 − r²)·e, e orthogonalised on x. */
function withCorrelation(r: number, n: number, seed: number): [Float64Array, Float64Array] {
  const rng = createRandom(seed);
  const x = Float64Array.from({ length: n }, () => rng.normal());
  const e = Float64Array.from({ length: n }, () => rng.normal());
  const centre = (v: Float64Array) => {
    const m = v.reduce((s, t) => s + t, 0) / n;
    return v.map((t) => t - m);
  };
  const xc = centre(x);
  const ec0 = centre(e);
  const beta = ec0.reduce((s, t, i) => s + t * xc[i]!, 0) / xc.reduce((s, t) => s + t * t, 0);
  const ec = ec0.map((t, i) => t - beta * xc[i]!);
  const sx = Math.sqrt(xc.reduce((s, t) => s + t * t, 0));
  const se = Math.sqrt(ec.reduce((s, t) => s + t * t, 0));
  const y = xc.map((t, i) => r * (t / sx) + Math.sqrt(1 - r * r) * (ec[i]! / se));
  return [xc, y];
}

describe('sd', () => {
  it('is the n − 1 sample SD over the finite values', () => {
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sd([1, NaN, 3, Infinity])).toBeCloseTo(Math.SQRT2, 12);
    expect(sd([1])).toBeNaN();
    expect(sd([3, 3, 3])).toBe(0);
  });

  it('gives the same SD from sums (n, Σv, Σv²) as from the values', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 5000 }, () => 40 + 25 * random.normal());
    const sum = values.reduce((t, v) => t + v, 0);
    const squares = values.reduce((t, v) => t + v * v, 0);
    expect(sdFromSums(values.length, sum, squares)).toBeCloseTo(sd(values), 9);
    expect(sdFromSums(3, 9, 27)).toBe(0);
    // A million equal 0–100 scores summed one by one leave a rounding residue, not a spread.
    let sum1m = 0;
    let squares1m = 0;
    for (let i = 0; i < 1_000_000; i++) {
      sum1m += 73.3;
      squares1m += 73.3 * 73.3;
    }
    expect(squares1m - (sum1m * sum1m) / 1_000_000).not.toBe(0);
    expect(sdFromSums(1_000_000, sum1m, squares1m)).toBe(0);
    expect(sdFromSums(1, 3, 9)).toBeNaN();
  });
});

describe('correlationInterval', () => {
  it('matches a published Fisher-z example: r = .56, n = 60 → [.3568, .7126]', () => {
    // Statology, "Fisher Z Transformation: Definition & Example"
    // (https://www.statology.org/fisher-z-transformation/): height and weight of 60 residents.
    const [x, y] = withCorrelation(0.56, 60, 1);
    const c = correlationInterval(x, y);
    expect(c.n).toBe(60);
    expect(c.r).toBeCloseTo(0.56, 10);
    expect(c.lower).toBeCloseTo(0.3568, 3);
    expect(c.upper).toBeCloseTo(0.7126, 3);
  });

  it('matches r = .50, n = 50 → [.2575, .6833] and widens with the confidence level', () => {
    // small-s.science, "A confidence interval for the correlation coefficient" (R:
    // tanh(atanh(.5) ± qnorm(.975)/√47) = 0.2574879, 0.6832563).
    const [x, y] = withCorrelation(0.5, 50, 2);
    const c = correlationInterval(x, y);
    expect(c.lower).toBeCloseTo(0.2574879, 5);
    expect(c.upper).toBeCloseTo(0.6832563, 5);
    const c99 = correlationInterval(x, y, 0.99);
    expect(c99.lower!).toBeLessThan(c.lower!);
    expect(c99.upper!).toBeGreaterThan(c.upper!);
    // Asymmetric around r: the bound toward ±1 is squeezed.
    expect(c.upper! - 0.5).toBeLessThan(0.5 - c.lower!);
  });

  it('skips non-finite pairs and returns nulls when n < 4 or a variance is 0', () => {
    const c = correlationInterval([1, 2, NaN, 3, 4, 5], [2, 1, 9, 4, 3, Infinity]);
    expect(c.n).toBe(4);
    expect(c.r).toBeCloseTo(pearson([1, 2, 3, 4], [2, 1, 4, 3]), 12);
    expect(correlationInterval([1, 2, 3], [1, 2, 4])).toEqual({
      r: null,
      n: 3,
      lower: null,
      upper: null,
    });
    expect(correlationInterval([1, 2, 3, 4, 5], [2, 2, 2, 2, 2]).r).toBeNull();
    expect(correlationInterval([], []).n).toBe(0);
  });

  it('covers the true ρ about 95% of the time', () => {
    const rng = createRandom(7);
    const rho = 0.3;
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const x = new Float64Array(40);
      const y = new Float64Array(40);
      for (let i = 0; i < 40; i++) {
        x[i] = rng.normal();
        y[i] = rho * x[i]! + Math.sqrt(1 - rho * rho) * rng.normal();
      }
      const c = correlationInterval(x, y);
      if (c.lower! < rho && rho < c.upper!) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.98);
  });
});

describe('correctForRangeRestriction', () => {
  it('matches published Thorndike case II values', () => {
    // personnelSelectionUtility (R), correct_r_direct_range_restriction(.25, u = 1.40)
    // → 0.3399501 (https://gempp.cl/personnelSelectionUtility/reference/
    // correct_r_direct_range_restriction.html, after Sackett, Laczo & Arvey 2002).
    expect(correctForRangeRestriction(0.25, 1.4)).toBeCloseTo(0.3399501, 7);
    // psych::rangeCorrection(.33, 100.32, 48.19), Revelle's example (psychometric theory,
    // ch. 4): R = (rS/s) / √(1 − r² + r²S²/s²) = 0.5884.
    expect(correctForRangeRestriction(0.33, 100.32 / 48.19)).toBeCloseTo(0.58842, 5);
  });

  it('keeps the fixed points, is odd in r, monotone, and inverted by 1/u', () => {
    expect(correctForRangeRestriction(0.37, 1)).toBeCloseTo(0.37, 14);
    expect(correctForRangeRestriction(0, 2.5)).toBe(0);
    expect(correctForRangeRestriction(1, 2.5)).toBeCloseTo(1, 14);
    expect(correctForRangeRestriction(-0.3, 1.7)).toBeCloseTo(
      -correctForRangeRestriction(0.3, 1.7),
    );
    // u < 1 (hires more spread than the pool) shrinks the correlation.
    expect(correctForRangeRestriction(0.4, 0.8)).toBeLessThan(0.4);
    expect(correctForRangeRestriction(0.4, 1.5)).toBeGreaterThan(0.4);
    let previous = -Infinity;
    for (let r = -1; r <= 1; r += 0.05) {
      const c = correctForRangeRestriction(r, 1.8);
      expect(c).toBeGreaterThan(previous);
      previous = c;
    }
    const c = correctForRangeRestriction(0.21, 1.6);
    expect(correctForRangeRestriction(c, 1 / 1.6)).toBeCloseTo(0.21, 12);
  });

  it('rejects u ≤ 0 and r outside [−1, 1]', () => {
    expect(() => correctForRangeRestriction(0.3, 0)).toThrow(RangeError);
    expect(() => correctForRangeRestriction(0.3, NaN)).toThrow(RangeError);
    expect(() => correctForRangeRestriction(1.2, 1.5)).toThrow(RangeError);
  });

  it('recovers the population r under direct selection on a normal predictor', () => {
    // ρ = .5 in 200k draws; keep the top 30% on x. Case II is exact for direct selection on x
    // with a linear, homoscedastic regression of y on x.
    const rng = createRandom(11);
    const n = 200_000;
    const rho = 0.5;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = rng.normal();
      y[i] = rho * x[i]! + Math.sqrt(1 - rho * rho) * rng.normal();
    }
    const cut = Float64Array.from(x).sort()[Math.floor(0.7 * n)]!;
    const keep = Array.from({ length: n }, (_, i) => i).filter((i) => x[i]! >= cut);
    const xs = Float64Array.from(keep, (i) => x[i]!);
    const ys = Float64Array.from(keep, (i) => y[i]!);
    const restricted = pearson(xs, ys);
    expect(restricted).toBeLessThan(0.35);
    const corrected = correctForRangeRestriction(restricted, sd(x) / sd(xs));
    expect(corrected).toBeCloseTo(pearson(x, y), 2);
  });
});

describe('rocAuc', () => {
  it('reproduces Hanley & McNeil (1982) Table 1: CT ratings, AUC 0.893, SE 0.032', () => {
    // Hanley JA, McNeil BJ. The meaning and use of the area under a ROC curve. Radiology
    // 1982;143:29–36, Table 1: 58 normal (ratings 1..5: 33, 6, 6, 11, 2) and 51 abnormal
    // (3, 2, 2, 11, 33) CT images.
    const normal = fromCounts([33, 6, 6, 11, 2]);
    const abnormal = fromCounts([3, 2, 2, 11, 33]);
    const scores = [...normal, ...abnormal];
    const positive = [...normal.map(() => 0), ...abnormal.map(() => 1)];
    const a = rocAuc(scores, positive);
    expect(a).toMatchObject({ n: 109, positives: 51, negatives: 58 });
    expect(a.auc).toBeCloseTo(0.893, 3);
    const se = hanleyMcNeilSe(a.auc!, 51, 58);
    expect(se).toBeCloseTo(0.032, 3);
    expect(a.lower).toBeCloseTo(a.auc! - 1.959964 * se, 5);
    expect(a.upper).toBeCloseTo(a.auc! + 1.959964 * se, 5);
  });

  it('counts ties one half, skips missing labels and scores, clips the interval to [0, 1]', () => {
    expect(rocAuc([1, 1], [1, 0]).auc).toBe(0.5);
    expect(rocAuc([1, 2, 3, 4], [0, 0, 1, 1]).auc).toBe(1);
    expect(rocAuc([1, 2, 3, 4], [1, 1, 0, 0]).auc).toBe(0);
    // P(pos > neg) over the 2×2 pairs: (3>1, 3>2, 2>1, 2=2 → ½) = 3.5/4.
    const a = rocAuc([3, 2, 1, 2, NaN, 9], [1, 1, 0, 0, 1, NaN]);
    expect(a).toMatchObject({ auc: 3.5 / 4, n: 4, positives: 2, negatives: 2 });
    expect(a.upper).toBe(1);
    const perfect = rocAuc([1, 2, 3, 4, 5, 6], [0, 0, 0, 1, 1, 1]);
    expect([perfect.lower, perfect.upper]).toEqual([1, 1]);
  });

  it('returns nulls when a class is empty', () => {
    expect(rocAuc([1, 2, 3], [1, 1, NaN])).toEqual({
      auc: null,
      n: 2,
      positives: 2,
      negatives: 0,
      lower: null,
      upper: null,
    });
  });

  it('equals the Mann–Whitney probability on random data with ties', () => {
    const rng = createRandom(3);
    const scores = Array.from({ length: 300 }, () => 1 + rng.int(5));
    const labels = scores.map((s) => (rng.next() < 0.2 + 0.1 * s ? 1 : 0));
    let wins = 0;
    let pairs = 0;
    scores.forEach((s, i) => {
      if (labels[i] !== 1) return;
      scores.forEach((t, j) => {
        if (labels[j] !== 0) return;
        pairs += 1;
        wins += s > t ? 1 : s === t ? 0.5 : 0;
      });
    });
    expect(rocAuc(scores, labels).auc).toBeCloseTo(wins / pairs, 12);
    expect(wins / pairs).toBeGreaterThan(0.6);
  });
});
