import { connectedComponents } from './connectedness';

describe('connectedComponents', () => {
  it('finds the main component by scorecards and lists who lies outside it', () => {
    // Group 1: interviewers 0,1 share candidate 0; candidate 1 seen by 1 only.
    // Group 2: interviewer 2 sees candidates 2 and 3 (more candidates, fewer scorecards? no: 2 vs 3).
    // Interviewer 3 has no scorecard at all.
    const candidate = Int32Array.from([0, 0, 1, 2, 3]);
    const interviewer = Int32Array.from([0, 1, 1, 2, 2]);
    const c = connectedComponents(candidate, interviewer, 5, 4);
    expect(c.count).toBe(2);
    expect(c.componentScorecards[c.main]).toBe(3);
    expect(Array.from(c.inMain)).toEqual([1, 1, 1, 0, 0]);
    expect(Array.from(c.outsideInterviewers)).toEqual([2]);
    expect(Array.from(c.outsideCandidates)).toEqual([2, 3]);
    expect(c.interviewerComponent[3]).toBe(-1);
    expect(c.candidateComponent[4]).toBe(-1);
  });

  it('links interviewers through chains of shared candidates', () => {
    // 0–a–1–b–2–c–3: one component although no candidate saw 0 and 3 together.
    const c = connectedComponents(
      Int32Array.from([0, 0, 1, 1, 2, 2]),
      Int32Array.from([0, 1, 1, 2, 2, 3]),
      3,
      4,
    );
    expect(c.count).toBe(1);
    expect(c.outsideInterviewers.length).toBe(0);
  });

  it('handles a large chain without recursion', () => {
    const n = 200_000;
    const cand = new Int32Array(2 * n);
    const intv = new Int32Array(2 * n);
    for (let i = 0; i < n; i++) {
      cand[2 * i] = i;
      intv[2 * i] = i;
      cand[2 * i + 1] = i;
      intv[2 * i + 1] = i + 1;
    }
    const c = connectedComponents(cand, intv, n, n + 1);
    expect(c.count).toBe(1);
  });
});
