import {
  formatCount,
  formatInterval,
  formatLeniency,
  formatPercent,
  formatPlain,
  formatSigned,
  formatWithMargin,
  plural,
} from './format';

describe('format', () => {
  it('signs leniency with a plus or a true minus, never "-0.00"', () => {
    expect(formatLeniency(0.4213)).toBe('+0.42');
    expect(formatLeniency(-0.15)).toBe('−0.15');
    expect(formatLeniency(-0.001)).toBe('0.00');
    expect(formatLeniency(0)).toBe('0.00');
    expect(formatLeniency(null)).toBe('—');
    expect(formatSigned(Number.NaN)).toBe('—');
    expect(formatSigned(0.5, 1)).toBe('+0.5');
  });

  it('prints intervals and margins', () => {
    expect(formatInterval(-0.1, 0.94)).toBe('−0.10 to +0.94');
    expect(formatInterval(null, 0.94)).toBe('—');
    expect(formatWithMargin(0.42, 0.11, 0.73)).toBe('+0.42 ± 0.31');
    expect(formatWithMargin(0.42, null, null)).toBe('+0.42');
    expect(formatWithMargin(null, 0.1, 0.2)).toBe('—');
  });

  it('prints plain figures, shares and counts', () => {
    expect(formatPlain(0.6249)).toBe('0.62');
    expect(formatPlain(null)).toBe('—');
    expect(formatPercent(0.554)).toBe('55%');
    expect(formatCount(1234)).toBe('1,234');
    expect(plural(1, 'scorecard')).toBe('1 scorecard');
    expect(plural(1200, 'scorecard')).toBe('1,200 scorecards');
  });
});
