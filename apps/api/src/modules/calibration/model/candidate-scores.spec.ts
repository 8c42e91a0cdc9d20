import { candidateScores } from './candidate-scores';
import { CalibrationData } from './layout';

describe('candidateScores', () => {
  it('averages scorecards within a round, then rounds, with and without leniency', () => {
    // Candidate 0: round 0 by interviewers 0 and 1, round 1 by interviewer 0. Candidate 1: outside.
    const d = {
      nCandidates: 2,
      nRounds: 3,
      candidate: Int32Array.from([0, 0, 0, 1]),
      interviewer: Int32Array.from([0, 1, 0, 2]),
      round: Int32Array.from([0, 0, 1, 2]),
    } as CalibrationData;
    const raw = Float64Array.from([4, 3, 2, 3]);
    const leniency = Float64Array.from([0.5, -0.5, NaN]);
    const out = candidateScores(d, raw, Uint8Array.from([1, 1, 1, 0]), leniency);
    expect(out.raw[0]).toBeCloseTo((3.5 + 2) / 2, 12);
    expect(out.corrected[0]).toBeCloseTo((3.5 + 1.5) / 2, 12);
    expect(out.raw[1]).toBe(3);
    expect(Number.isNaN(out.corrected[1]!)).toBe(true);
    expect(Array.from(out.comparable)).toEqual([1, 0]);
  });
});
