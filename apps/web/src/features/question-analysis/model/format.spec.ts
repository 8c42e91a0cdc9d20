import {
  candidateShareReading,
  distributionHeights,
  distributionLabel,
  formatMean,
  formatR,
  formatShare,
  itemRestReading,
} from './format';

describe('question analysis formatting', () => {
  it('formats correlations with a true minus sign and no negative zero', () => {
    expect(formatR(0.384)).toBe('0.38');
    expect(formatR(-0.12)).toBe('\u22120.12');
    expect(formatR(-0.001)).toBe('0.00');
    expect(formatR(null)).toBe('—');
  });

  it('formats shares and means', () => {
    expect(formatShare(0.25)).toBe('25%');
    expect(formatShare(0.001)).toBe('<1%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(null)).toBe('—');
    expect(formatMean(3.456)).toBe('3.5');
    expect(formatMean(null)).toBe('—');
  });

  it('describes the distribution in words and scales it to the most common rating', () => {
    expect(distributionLabel([1, 2, 10, 4, 0])).toBe('Ratings: 1: 1, 2: 2, 3: 10, 4: 4, 5: 0');
    expect(distributionLabel([0, 0, 0, 0, 0])).toBe('No ratings');
    expect(distributionHeights([1, 2, 10, 4, 0])).toEqual([0.1, 0.2, 1, 0.4, 0]);
    expect(distributionHeights([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });

  it('reads item–rest r and candidate share', () => {
    expect(itemRestReading(null)).toBe('unknown');
    expect(itemRestReading(-0.05)).toBe('none');
    expect(itemRestReading(0.1)).toBe('weak');
    expect(itemRestReading(0.45)).toBe('good');
    expect(candidateShareReading(0)).toBe('none');
    expect(candidateShareReading(0.15)).toBe('weak');
    expect(candidateShareReading(0.5)).toBe('good');
  });
});
