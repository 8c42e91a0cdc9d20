import {
  alphaWithInterval,
  icc,
  iccWithIntervals,
  krippendorffAlpha,
  modelReliability,
  modelReliabilityWithIntervals,
  unitsFromTable,
} from './reliability';

/** Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges. */
const shroutFleiss = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
].flat();

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers ×
 * 12 units, values 1–5, NaN = missing (unit 12 has a single value and is not pairable).
 */
const _ = NaN;
const krippendorffC = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe('intraclass correlations', () => {
  it('reproduces Shrout & Fleiss (1979) to two decimals', () => {
    const f = icc(shroutFleiss, 6, 4);
    expect(f.icc1).toBeCloseTo(0.17, 2);
    expect(f.iccA1).toBeCloseTo(0.29, 2);
    expect(f.iccC1).toBeCloseTo(0.71, 2);
    expect(f.icc1k).toBeCloseTo(0.44, 2);
    expect(f.iccAk).toBeCloseTo(0.62, 2);
    expect(f.iccCk).toBeCloseTo(0.91, 2);
  });

  it('gives seeded bootstrap intervals around the point values', () => {
    const a = iccWithIntervals(shroutFleiss, 6, 4, { replicates: 500, seed: 3, level: 0.95 });
    const b = iccWithIntervals(shroutFleiss, 6, 4, { replicates: 500, seed: 3, level: 0.95 });
    expect(a).toEqual(b);
    expect(a.iccC1.lower).toBeLessThan(a.iccC1.value);
    expect(a.iccC1.upper).toBeGreaterThan(a.iccC1.value);
  });
});

describe('Krippendorff alpha', () => {
  const units = unitsFromTable(krippendorffC);

  it('reproduces Krippendorff (2011) example C: nominal .743, ordinal .815, interval .849', () => {
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('is 1 under perfect agreement and ignores units with a single value', () => {
    const perfect = unitsFromTable([
      [1, 2, 3, 5],
      [1, 2, 3, NaN],
    ]);
    expect(krippendorffAlpha(perfect, 'ordinal')).toBe(1);
  });

  it('gives a seeded interval by resampling units', () => {
    const e = alphaWithInterval(units, 'ordinal', { replicates: 400, seed: 2, level: 0.95 });
    expect(e.value).toBeCloseTo(0.815, 3);
    expect(e.lower).toBeLessThan(e.value);
    expect(e.upper).toBeLessThanOrEqual(1);
  });
});

describe('model reliability', () => {
  it('computes absolute and consistency forms from variance components', () => {
    const r = modelReliability({ candidate: 0.4, interviewer: 0.2, residual: 0.2 }, 2);
    expect(r.absolute).toBeCloseTo(0.5, 12);
    expect(r.consistency).toBeCloseTo(2 / 3, 12);
    expect(r.absoluteK).toBeCloseTo(0.4 / 0.6, 12);
    expect(r.consistencyK).toBeCloseTo(0.8, 12);
    const w = modelReliabilityWithIntervals(
      { candidate: 0.4, interviewer: 0.2, residual: 0.2 },
      [0.3, 0.35, 0.4, 0.45, 0.5].map((a) => ({ candidate: a, interviewer: 0.2, residual: 0.2 })),
      2,
    );
    expect(w.absolute.lower).toBeLessThan(0.5);
    expect(w.absolute.upper).toBeGreaterThan(0.5);
  });
});
