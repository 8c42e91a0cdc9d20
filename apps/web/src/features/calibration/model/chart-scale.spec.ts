import { formatTick, intervalSpan, leniencyScale, position } from './chart-scale';

describe('leniencyScale', () => {
  it('is symmetric around 0 and fits every value on round ticks', () => {
    const scale = leniencyScale([0.42, -0.8, 0.1, null]);
    expect(scale).toEqual({
      min: -0.8,
      max: 0.8,
      step: 0.2,
      ticks: [-0.8, -0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8],
    });
    expect(leniencyScale([0.9]).max).toBe(1);
  });

  it('keeps a minimum extent so small figures do not look large', () => {
    expect(leniencyScale([0.05, -0.02])).toMatchObject({ min: -0.5, max: 0.5, step: 0.25 });
    expect(leniencyScale([])).toMatchObject({ min: -0.5, max: 0.5 });
    expect(leniencyScale([], { minExtent: 0.4 })).toMatchObject({ min: -0.4, max: 0.4, step: 0.1 });
  });

  it('grows its step for wide intervals', () => {
    const scale = leniencyScale([1.7, -2.3]);
    expect(scale.step).toBe(1);
    expect(scale.max).toBe(3);
    expect(scale.ticks).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('ignores values that are not numbers', () => {
    expect(leniencyScale([Number.NaN, Number.POSITIVE_INFINITY, 0.3]).max).toBe(0.5);
  });
});

describe('position', () => {
  const scale = { min: -1, max: 1 };
  it('maps values to % of the track and clamps the ends', () => {
    expect(position(scale, 0)).toBe(50);
    expect(position(scale, -1)).toBe(0);
    expect(position(scale, 0.5)).toBe(75);
    expect(position(scale, 4)).toBe(100);
    expect(position(scale, -4)).toBe(0);
    expect(position({ min: 0, max: 0 }, 3)).toBe(50);
  });

  it('spans intervals, either way round', () => {
    expect(intervalSpan(scale, -0.5, 0.5)).toEqual({ left: 25, width: 50 });
    expect(intervalSpan(scale, 0.5, -0.5)).toEqual({ left: 25, width: 50 });
    expect(intervalSpan(scale, null, 0.5)).toBeNull();
  });
});

describe('formatTick', () => {
  it('signs ticks with as many decimals as the step needs', () => {
    expect(formatTick(0, 0.25)).toBe('0');
    expect(formatTick(0.5, 0.25)).toBe('+0.50');
    expect(formatTick(-0.5, 0.5)).toBe('−0.5');
    expect(formatTick(2, 1)).toBe('+2');
  });
});
