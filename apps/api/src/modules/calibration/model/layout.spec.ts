import { CalibrationData, groupBy, scorecardScores, validateData } from './layout';

const tiny = (): CalibrationData => ({
  nCandidates: 2,
  nInterviewers: 2,
  nRoundTypes: 1,
  nCategories: 2,
  nRounds: 2,
  candidate: Int32Array.from([0, 0, 1, 1]),
  interviewer: Int32Array.from([0, 1, 1, 0]),
  roundType: Int32Array.from([0, 0, 0, 0]),
  round: Int32Array.from([0, 0, 1, 1]),
  obsStart: Int32Array.from([0, 2, 3, 4, 4]),
  category: Uint16Array.from([0, 1, 0, 1]),
  rating: Float32Array.from([4, 2, 3, 5]),
  answered: Uint8Array.from([2, 1, 3, 2]),
  categoryWeight: Float64Array.from([3, 1]),
});

describe('layout', () => {
  it('groups rows by key, stably, optionally keeping a subset', () => {
    const g = groupBy(Int32Array.from([1, 0, 1, 2]), 3);
    expect(Array.from(g.start)).toEqual([0, 1, 3, 4]);
    expect(Array.from(g.order)).toEqual([1, 0, 2, 3]);
    const h = groupBy(Int32Array.from([1, 0, 1, 2]), 3, Uint8Array.from([1, 1, 0, 1]));
    expect(Array.from(h.order)).toEqual([1, 0, 3]);
  });

  it('scores a scorecard as the weighted mean of its answered categories', () => {
    const scores = scorecardScores(tiny());
    expect(scores[0]).toBeCloseTo((3 * 4 + 2) / 4, 12);
    expect(scores[1]).toBe(3); // only the answered category counts
    expect(scores[2]).toBe(5);
    expect(Number.isNaN(scores[3]!)).toBe(true); // no observation at all
  });

  it('rejects malformed layouts', () => {
    expect(() => validateData(tiny())).not.toThrow();
    expect(() => validateData({ ...tiny(), interviewer: Int32Array.from([0, 2, 1, 0]) })).toThrow(
      /interviewer/,
    );
    expect(() => validateData({ ...tiny(), obsStart: Int32Array.from([0, 2, 9, 4, 4]) })).toThrow();
    expect(() => validateData({ ...tiny(), answered: Uint8Array.from([2, 0, 3, 2]) })).toThrow(
      /no answered rating/,
    );
  });
});
