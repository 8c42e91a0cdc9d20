import { CalibrationData, scorecardCount } from './layout';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { isNaN } = Number;

/**
 * Raw and corrected candidate scores with the product's structure: a round's score is the mean of
 * its scorecards, a candidate's the mean of their rounds. Corrected takes each scorecard's
 * interviewer leniency out before averaging: the candidate's own evidence, unshrunk, minus what
 * their interviewers add. (The shrunken ability μ + a_i is reported too; ranking by it would pull
 * candidates with one scorecard toward the middle, which is not a "correction".)
 */
export function candidateScores(
  d: CalibrationData,
  raw: Float64Array,
  inMain: Uint8Array,
  leniency: Float64Array,
) {
  const n = scorecardCount(d);
  const roundSum = new Float64Array(2 * d.nRounds);
  const roundCount = new Int32Array(d.nRounds);
  const roundCandidate = new Int32Array(d.nRounds).fill(-1);
  for (let s = 0; s < n; s++) {
    if (isNaN(raw[s]!)) continue;
    const g = d.round[s]!;
    roundSum[2 * g]! += raw[s]!;
    roundSum[2 * g + 1]! += inMain[s] ? raw[s]! - leniency[d.interviewer[s]!]! : NaN;
    roundCount[g]! += 1;
    roundCandidate[g] = d.candidate[s]!;
  }
  const rawSum = new Float64Array(d.nCandidates);
  const corrSum = new Float64Array(d.nCandidates);
  const rounds = new Int32Array(d.nCandidates);
  for (let g = 0; g < d.nRounds; g++) {
    const i = roundCandidate[g]!;
    if (i < 0) continue;
    rawSum[i]! += roundSum[2 * g]! / roundCount[g]!;
    corrSum[i]! += roundSum[2 * g + 1]! / roundCount[g]!;
    rounds[i]! += 1;
  }
  const rawOut = rawSum.map((v, i) => (rounds[i]! > 0 ? v / rounds[i]! : NaN));
  const corrected = corrSum.map((v, i) => (rounds[i]! > 0 ? v / rounds[i]! : NaN));
  return {
    raw: rawOut,
    corrected,
    comparable: Uint8Array.from(corrected, (v) => (isNaN(v) ? 0 : 1)),
  };
}
