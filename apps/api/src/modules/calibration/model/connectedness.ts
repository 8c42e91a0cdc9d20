/**
 * Which interviewers can be compared: leniency is only identified between interviewers linked
 * through shared candidates (a panel, or two rounds of one candidate). Nodes are candidates
 * 0..C-1 and interviewers C..C+I-1 of the bipartite graph; each scorecard is an edge.
 */
export interface Components {
  /** Component id per candidate and per interviewer (-1: no scorecard at all). */
  candidateComponent: Int32Array;
  interviewerComponent: Int32Array;
  /** Scorecards per component id. */
  componentScorecards: Int32Array;
  count: number;
  /** The component with the most scorecards (-1 if there are none). */
  main: number;
  /** 1 for scorecards in the main component. */
  inMain: Uint8Array;
  /** Interviewers and candidates with scorecards, but outside the main component. */
  outsideInterviewers: Int32Array;
  outsideCandidates: Int32Array;
}

export function connectedComponents(
  candidate: Int32Array,
  interviewer: Int32Array,
  nCandidates: number,
  nInterviewers: number,
): Components {
  const nNodes = nCandidates + nInterviewers;
  const parent = new Int32Array(nNodes);
  for (let v = 0; v < nNodes; v++) parent[v] = v;
  // Path halving keeps trees flat without recursion (millions of nodes would overflow a stack).
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  const hasEdge = new Uint8Array(nNodes);
  for (let s = 0; s < candidate.length; s++) {
    const a = find(candidate[s]!);
    const b = find(nCandidates + interviewer[s]!);
    hasEdge[candidate[s]!] = 1;
    hasEdge[nCandidates + interviewer[s]!] = 1;
    if (a !== b) parent[a < b ? b : a] = a < b ? a : b;
  }

  const label = new Int32Array(nNodes).fill(-1);
  const rootLabel = new Int32Array(nNodes).fill(-1);
  let count = 0;
  for (let v = 0; v < nNodes; v++) {
    if (!hasEdge[v]) continue;
    const r = find(v);
    if (rootLabel[r] === -1) rootLabel[r] = count++;
    label[v] = rootLabel[r]!;
  }
  const componentScorecards = new Int32Array(count);
  for (let s = 0; s < candidate.length; s++) componentScorecards[label[candidate[s]!]!]! += 1;
  let main = -1;
  for (let c = 0; c < count; c++) {
    if (main < 0 || componentScorecards[c]! > componentScorecards[main]!) main = c;
  }
  const inMain = new Uint8Array(candidate.length);
  for (let s = 0; s < candidate.length; s++) inMain[s] = label[candidate[s]!] === main ? 1 : 0;

  const candidateComponent = label.slice(0, nCandidates);
  const interviewerComponent = label.slice(nCandidates);
  const outside = (labels: Int32Array) => {
    const out: number[] = [];
    labels.forEach((l, i) => {
      if (l >= 0 && l !== main) out.push(i);
    });
    return Int32Array.from(out);
  };
  return {
    candidateComponent,
    interviewerComponent,
    componentScorecards,
    count,
    main,
    inMain,
    outsideInterviewers: outside(interviewerComponent),
    outsideCandidates: outside(candidateComponent),
  };
}
