import { normalCdf, pearson, percentileInterval, quantile, ranks, spearman } from './stats';

describe('stats', () => {
  it('computes Pearson and Spearman, skipping non-finite pairs', () => {
    expect(pearson([1, 2, 3, NaN], [2, 4, 6, 1])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [10, 30, 20, 40])).toBeCloseTo(0.8, 12);
  });

  it('gives ties their mean rank', () => {
    expect(Array.from(ranks([5, 1, 5, 3]))).toEqual([3.5, 1, 3.5, 2]);
  });

  it('interpolates quantiles like R type 7', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2, NaN], 0.25)).toBeCloseTo(1.75, 12);
    const [lo, hi] = percentileInterval(Array.from({ length: 101 }, (_, i) => i));
    expect(lo).toBeCloseTo(2.5, 9);
    expect(hi).toBeCloseTo(97.5, 9);
  });

  it('matches known normal CDF values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});
