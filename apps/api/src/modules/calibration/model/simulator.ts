/**
 * The simulator's design: who interviews whom (1–3 interviewers per candidate, panels and
 * two-round candidates, workloads that differ), then ratings from simulation-model.ts.
 */
import { CalibrationData } from './layout';
import { createRandom, Random } from './random';
import { effectiveLeniency } from './simulated-truth';
import {
  defaultSimulation,
  drawInterviewer,
  rateScorecard,
  rubricBase,
  SimulationOptions,
  SimulationTruth,
} from './simulation-model';

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { exp, floor, max, min } = Math;

export type { SimulationOptions, SimulationTruth } from './simulation-model';
export { defaultSimulation } from './simulation-model';

export interface Simulation {
  data: CalibrationData;
  truth: SimulationTruth;
  options: SimulationOptions;
}

/** Picks k distinct interviewers of a group, proportionally to workload. */
function pickInterviewers(r: Random, cum: Float64Array, lo: number, hi: number, k: number) {
  const picked: number[] = [];
  while (picked.length < min(k, hi - lo)) {
    const x = cum[lo]! + r.next() * (cum[hi]! - cum[lo]!);
    let a = lo;
    let b = hi - 1;
    while (a < b) {
      const m = (a + b) >> 1;
      if (cum[m + 1]! > x) b = m;
      else a = m + 1;
    }
    if (!picked.includes(a)) picked.push(a);
  }
  return picked;
}

export function simulate(options: Partial<SimulationOptions> = {}): Simulation {
  const o: SimulationOptions = { ...defaultSimulation, ...options };
  const r = createRandom(o.seed);
  const C = o.nCategories;
  const J = o.nInterviewers;
  const N = o.nCandidates;
  const base = rubricBase(o);

  const traits = Array.from({ length: J }, () => drawInterviewer(o, r));
  const cum = new Float64Array(J + 1);
  for (let j = 0; j < J; j++) cum[j + 1] = cum[j]! + exp(o.activitySd * r.normal());
  const group = new Uint8Array(J);
  const half = floor(J / 2);
  if (o.disconnected) for (let j = half; j < J; j++) group[j] = 1;

  const theta = new Float64Array(N);
  const g = new Float32Array(N * C);
  const ability = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    theta[i] = o.abilitySd * r.normal();
    let sum = 0;
    for (let c = 0; c < C; c++) {
      g[i * C + c] = o.categoryAbilitySd * r.normal();
      sum += g[i * C + c]!;
    }
    ability[i] = theta[i]! + sum / C;
  }

  // Design: at most 3 scorecards per candidate, so size the arrays once and trim with views.
  const maxS = 3 * N;
  const candidate = new Int32Array(maxS);
  const interviewer = new Int32Array(maxS);
  const roundType = new Int32Array(maxS);
  const round = new Int32Array(maxS);
  const [p1, p2] = o.interviewersPerCandidate;
  let nS = 0;
  let nRounds = 0;
  for (let i = 0; i < N; i++) {
    const x = r.next();
    const k = x < p1! ? 1 : x < p1! + p2! ? 2 : 3;
    const inSecond = o.disconnected && i >= floor(N / 2);
    const who = pickInterviewers(
      r,
      cum,
      inSecond ? half : 0,
      inSecond || !o.disconnected ? J : half,
      k,
    );
    const t1 = r.int(o.nRoundTypes);
    const split = who.length >= 2 && o.nRoundTypes > 1 && r.next() < o.twoRoundShare;
    const firstSize = split ? 1 + r.int(who.length - 1) : who.length;
    const t2 = (t1 + 1 + r.int(max(1, o.nRoundTypes - 1))) % o.nRoundTypes;
    who.forEach((j, n) => {
      candidate[nS] = i;
      interviewer[nS] = j;
      roundType[nS] = n < firstSize ? t1 : t2;
      round[nS] = n < firstSize ? nRounds : nRounds + 1;
      nS += 1;
    });
    nRounds += split ? 2 : 1;
  }

  const obsStart = new Int32Array(nS + 1);
  const out = {
    category: new Uint16Array(nS * C),
    rating: new Float32Array(nS * C),
    answered: new Uint8Array(nS * C),
  };
  let at = 0;
  for (let s = 0; s < nS; s++) {
    const i = candidate[s]!;
    at = rateScorecard(
      o,
      r,
      theta[i]!,
      g,
      i * C,
      traits[interviewer[s]!]!,
      base,
      roundType[s]!,
      out,
      at,
    );
    obsStart[s + 1] = at;
  }

  const data: CalibrationData = {
    nCandidates: N,
    nInterviewers: J,
    nRoundTypes: o.nRoundTypes,
    nCategories: C,
    nRounds,
    candidate: candidate.subarray(0, nS),
    interviewer: interviewer.subarray(0, nS),
    roundType: roundType.subarray(0, nS),
    round: round.subarray(0, nS),
    obsStart,
    category: out.category.subarray(0, at),
    rating: out.rating.subarray(0, at),
    answered: out.answered.subarray(0, at),
  };
  const leniency = Float64Array.from(traits, (t) => t.leniency);
  const categoryLeniency = new Float64Array(J * C);
  traits.forEach((t, j) => categoryLeniency.set(t.categoryLeniency, j * C));
  const truth: SimulationTruth = {
    ability,
    theta,
    categoryAbility: g,
    leniency,
    categoryLeniency,
    effectiveLeniency: new Float64Array(J).fill(NaN),
    rangeSlope: Float64Array.from(traits, (t) => t.slope),
    halo: Float64Array.from(traits, (t) => t.halo),
    base,
    interviewerGroup: group,
  };
  if (o.withEffectiveLeniency) truth.effectiveLeniency = effectiveLeniency(data, truth, o);
  return { data, truth, options: o };
}
