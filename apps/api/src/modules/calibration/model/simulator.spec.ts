import { connectedComponents } from './connectedness';
import { validateData } from './layout';
import { simulate } from './simulator';
import { pearson } from './stats';

describe('simulate', () => {
  const small = { nInterviewers: 80, nCandidates: 3000 };
  const sim = simulate({ seed: 4, ...small });
  const d = sim.data;
  const n = d.candidate.length;

  it('is deterministic per seed', () => {
    const again = simulate({ seed: 4, ...small });
    expect(again.data.rating).toEqual(d.rating);
    expect(again.truth.leniency).toEqual(sim.truth.leniency);
    expect(simulate({ seed: 5, ...small }).data.rating).not.toEqual(d.rating);
  });

  it('produces a valid layout with ratings in 1–5 and their answered counts', () => {
    expect(() => validateData(d)).not.toThrow();
    const nObs = d.obsStart[n]!;
    const ratings = d.rating.subarray(0, nObs);
    const answered = d.answered.subarray(0, nObs);
    expect([Math.min(...ratings), Math.max(...ratings)]).toEqual([1, 5]);
    expect([Math.min(...answered), Math.max(...answered)]).toEqual([1, 4]);
    // Nearly every category is answered (a few lose all their questions).
    expect(nObs / (n * 12)).toBeGreaterThan(0.99);
  });

  it('follows the BPO design: 1/2/3 distinct interviewers at 30/40/30%, some in two rounds', () => {
    const per = new Int32Array(d.nCandidates);
    const seen = new Map<number, Set<number>>();
    for (let s = 0; s < n; s++) {
      per[d.candidate[s]!]! += 1;
      const set = seen.get(d.candidate[s]!) ?? new Set<number>();
      set.add(d.interviewer[s]!);
      seen.set(d.candidate[s]!, set);
    }
    const share = (k: number) => per.filter((v) => v === k).length / d.nCandidates;
    expect(share(1)).toBeCloseTo(0.3, 1);
    expect(share(2)).toBeCloseTo(0.4, 1);
    expect(share(3)).toBeCloseTo(0.3, 1);
    for (const [i, set] of seen) expect(set.size).toBe(per[i]);
    // Two-round candidates: two rounds, of different round types.
    const roundType = new Map<number, number>();
    const rounds = new Map<number, Set<number>>();
    for (let s = 0; s < n; s++) {
      roundType.set(d.round[s]!, d.roundType[s]!);
      const set = rounds.get(d.candidate[s]!) ?? new Set<number>();
      set.add(d.round[s]!);
      rounds.set(d.candidate[s]!, set);
    }
    const twoRound = [...rounds.values()].filter((r) => r.size === 2);
    expect(twoRound.length / d.nCandidates).toBeGreaterThan(0.15);
    for (const r of twoRound) {
      const [a, b] = [...r];
      expect(roundType.get(a!)).not.toBe(roundType.get(b!));
    }
  });

  it('injects leniency with the requested SD and an effective leniency that tracks it', () => {
    const l = sim.truth.leniency;
    const sd = Math.sqrt(l.reduce((t, v) => t + v * v, 0) / l.length);
    expect(sd).toBeGreaterThan(0.4);
    expect(sd).toBeLessThan(0.6);
    expect(pearson(sim.truth.effectiveLeniency, l)).toBeGreaterThan(0.95);
    expect(
      simulate({ seed: 4, ...small, leniencySd: 0 }).truth.leniency.every((v) => v === 0),
    ).toBe(true);
  });

  it('can split the interviewers into two groups that never share a candidate', () => {
    const split = simulate({ seed: 4, ...small, disconnected: true });
    const c = connectedComponents(
      split.data.candidate,
      split.data.interviewer,
      split.data.nCandidates,
      split.data.nInterviewers,
    );
    expect(c.count).toBe(2);
    for (let s = 0; s < split.data.candidate.length; s++) {
      const group = split.truth.interviewerGroup[split.data.interviewer[s]!];
      expect(group).toBe(split.data.candidate[s]! < 1500 ? 0 : 1);
    }
  });
});
