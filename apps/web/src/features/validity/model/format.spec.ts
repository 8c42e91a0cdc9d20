import { formatCount, formatR, formatRInterval, formatSdRatio, MINUS, plural } from './format';

describe('validity format', () => {
  it('prints correlations at two decimals with a true minus sign', () => {
    expect(formatR(0.3849)).toBe('0.38');
    expect(formatR(-0.124)).toBe('−0.12');
    expect(formatR(-0.124).startsWith(MINUS)).toBe(true);
    expect(formatR(-0.124)).not.toContain('-');
    expect(formatR(-0.001)).toBe('0.00');
    expect(formatR(0)).toBe('0.00');
    expect(formatR(1)).toBe('1.00');
    expect(formatR(null)).toBe('—');
    expect(formatR(Number.NaN)).toBe('—');
  });

  it('prints intervals as "lower to upper"', () => {
    expect(formatRInterval(0.214, 0.546)).toBe('0.21 to 0.55');
    expect(formatRInterval(-0.1, 0.34)).toBe('−0.10 to 0.34');
    expect(formatRInterval(-0.52, -0.2)).toBe('−0.52 to −0.20');
    expect(formatRInterval(null, 0.3)).toBe('—');
    expect(formatRInterval(0.1, null)).toBe('—');
  });

  it('prints the SD ratio and counts', () => {
    expect(formatSdRatio(1.4234)).toBe('1.42');
    expect(formatSdRatio(null)).toBe('—');
    expect(formatCount(1234)).toBe('1,234');
    expect(plural(1, 'applicant')).toBe('1 applicant');
    expect(plural(120, 'applicant')).toBe('120 applicants');
  });
});
