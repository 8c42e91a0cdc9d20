import {
  contrastRatio,
  formatMean,
  formatScore100,
  heatColour,
  heatLegend,
  legendRange,
  scaleLabel,
  to100,
} from './heat-scale';

describe('heat scale', () => {
  it('darkens with the score, keeps readable text, and leaves unscored cells neutral', () => {
    expect(heatColour(null)).toEqual({ background: 'transparent', text: 'inherit' });
    expect(heatColour(0)).toEqual({ background: '#eff3ff', text: '#1a1b1e' });
    expect(heatColour(50).background).toBe('#6baed6');
    expect(heatColour(100)).toEqual({ background: '#08519c', text: '#ffffff' });
    expect(heatColour(140)).toEqual(heatColour(100));
  });

  it('gives every step text that passes WCAG AA (4.5:1), white only where it reads better', () => {
    // Known pairs: white on black is 21:1, #777 on white about 4.48:1.
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    for (const score of [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]) {
      const { background, text } = heatColour(score);
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
      const other = text === '#ffffff' ? '#1a1b1e' : '#ffffff';
      expect(contrastRatio(background, text)).toBeGreaterThan(contrastRatio(background, other));
    }
  });

  it('has a legend covering 0–100 without gaps', () => {
    const legend = heatLegend();
    expect(legend[0]?.from).toBe(0);
    expect(legend.at(-1)?.to).toBe(100);
    legend.slice(1).forEach((step, index) => expect(step.from).toBe(legend[index]?.to));
  });

  it('converts 1–5 to 0–100', () => {
    expect([to100(1), to100(3), to100(5), to100(null)]).toEqual([0, 50, 100, null]);
  });

  it('prints scores, means and legend steps on either scale', () => {
    expect([formatScore100(75, '5'), formatScore100(75, '100'), formatScore100(null, '5')]).toEqual(
      ['4.0', '75', '—'],
    );
    expect([formatMean(4.5, '5'), formatMean(4.5, '100'), formatMean(null, '100')]).toEqual([
      '4.5',
      '88',
      '—',
    ]);
    expect(legendRange({ from: 17, to: 33 }, '5')).toBe('1.7–2.3');
    expect(legendRange({ from: 17, to: 33 }, '100')).toBe('17–33');
    expect([scaleLabel('5'), scaleLabel('100')]).toEqual(['1–5', '0–100']);
  });
});
