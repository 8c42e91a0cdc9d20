/**
 * A seeded, deterministic pseudo-random generator for the simulator and the bootstraps.
 * mulberry32: 32-bit state, passes the usual smoke tests, fast in JS because it stays in int32
 * arithmetic. Not cryptographic and not meant to be: we need reproducible seeds, not secrecy.
 */

// Local aliases: global lookups are 10–30× slower inside jest's sandbox.
const { exp, floor, imul, log, sqrt } = Math;
const { isNaN } = Number;
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal draw. */
  normal(): number;
  /** Integer uniform on [0, n). */
  int(n: number): number;
  /** Poisson(1) count, for the Poisson bootstrap (independent multiplicities, no fixed n). */
  poisson1(): number;
  /**
   * Fills `out` with Poisson(1) counts, two per 32-bit draw through a 16-bit lookup table
   * (probabilities exact to 1/65536): a bootstrap over 3M scorecards draws 3M of them.
   */
  fillPoisson1(out: Float64Array): void;
}

/** P(K ≤ k) for K ~ Poisson(1), k = 0..15 (beyond that the tail is below 1e-13). */
const POISSON1_CDF = (() => {
  const cdf = new Float64Array(16);
  let p = exp(-1);
  let total = p;
  for (let k = 0; k < 16; k++) {
    cdf[k] = total;
    p /= k + 1;
    total += p;
  }
  return cdf;
})();

/** Poisson(1) count for each 16-bit uniform: inversion of the CDF on a grid of 65536. */
const POISSON1_TABLE = (() => {
  const table = new Uint8Array(65536);
  let k = 0;
  for (let u = 0; u < 65536; u++) {
    while (k < POISSON1_CDF.length && (u + 0.5) / 65536 > POISSON1_CDF[k]!) k += 1;
    table[u] = k;
  }
  return table;
})();

export function createRandom(seed: number): Random {
  // Scramble the seed once so that seeds 1, 2, 3 do not start on correlated states.
  let state = (imul(seed | 0, 0x9e3779b1) ^ 0x6d2b79f5) >>> 0;
  let spare = NaN;

  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4294967296;

  // Marsaglia's polar method: exact normals, two per accepted pair, so keep the spare.
  const normal = (): number => {
    if (!isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    for (;;) {
      const u = 2 * next() - 1;
      const v = 2 * next() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = sqrt((-2 * log(s)) / s);
        spare = v * f;
        return u * f;
      }
    }
  };

  const int = (n: number): number => floor(next() * n);

  // Inversion on a precomputed Poisson(1) CDF (bootstraps draw millions of these).
  const poisson1 = (): number => {
    const u = next();
    let k = 0;
    while (k < POISSON1_CDF.length && u > POISSON1_CDF[k]!) k += 1;
    return k;
  };

  const fillPoisson1 = (out: Float64Array): void => {
    for (let k = 0; k < out.length; k += 2) {
      const t = nextUint32();
      out[k] = POISSON1_TABLE[t & 0xffff]!;
      if (k + 1 < out.length) out[k + 1] = POISSON1_TABLE[t >>> 16]!;
    }
  };

  return { next, normal, int, poisson1, fillPoisson1 };
}
