import { LoadResult } from './http-load';
import { StatementStats } from './statement-stats';

/**
 * The API against the bare baseline, on the same requests in the same run: its throughput is at
 * least 80% of the baseline's and its p95 at most 1.25 times the baseline's. Absolute targets
 * failed on the VM's slow days with the code unchanged (a comparison's p95 doubled between a
 * morning and an afternoon run); a ratio to a server measured beside it cancels the machine's speed.
 */
export const API_THROUGHPUT_SHARE = 0.8;
export const API_P95_RATIO = 1.25;

export type ServerName = 'baseline' | 'api';

/** One measured round of one server: its load figures and where its database time went. */
export interface ServerRound extends LoadResult {
  database: StatementStats | null;
  /** The server process's CPU time (user + system) over the round, when /proc has it. */
  cpuMs: number | null;
}

/** A server's rounds taken together: requests over time, percentiles over every latency. */
export interface PooledFigures {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  database: StatementStats | null;
  /** The server's CPU milliseconds per request over its rounds (null without /proc). */
  cpuMsPerRequest: number | null;
}

export interface RoundPair {
  baseline: ServerRound;
  api: ServerRound;
  /** API req/s ÷ baseline req/s in this pair. */
  throughputRatio: number;
  /** API p95 ÷ baseline p95 in this pair. */
  p95Ratio: number;
}

export interface LikeForLike {
  scenario: string;
  connections: number;
  baseline: PooledFigures;
  api: PooledFigures;
  pairs: RoundPair[];
  /** The median of the pairs' ratios (one noisy round on a shared VM does not decide it). */
  throughputRatio: number;
  p95Ratio: number;
  throughputPass: boolean;
  p95Pass: boolean;
}

/**
 * The order of the rounds: baseline, API, then API, baseline, and so on (ABBA). Each server goes
 * first as often as second, so a drift of the machine over the run, or the caches the first of a
 * pair warms for the second, weigh on both alike.
 */
export function roundOrder(pairs: number): ServerName[][] {
  return Array.from({ length: pairs }, (_, pair) =>
    pair % 2 === 0 ? ['baseline', 'api'] : ['api', 'baseline'],
  );
}

/** Runs `pairs` alternated pairs of rounds (see `roundOrder`) and compares the two servers. */
export async function alternate(options: {
  scenario: string;
  connections: number;
  pairs: number;
  run: (server: ServerName, onLatency: (ms: number) => void) => Promise<ServerRound>;
}): Promise<LikeForLike> {
  const rounds: Record<ServerName, ServerRound[]> = { baseline: [], api: [] };
  const latencies: Record<ServerName, number[]> = { baseline: [], api: [] };
  for (const order of roundOrder(options.pairs)) {
    for (const server of order) {
      const sink = latencies[server];
      rounds[server].push(await options.run(server, (ms) => sink.push(ms)));
    }
  }
  return compareRounds(options.scenario, options.connections, rounds, latencies);
}

export function compareRounds(
  scenario: string,
  connections: number,
  rounds: Record<ServerName, ServerRound[]>,
  latencies: Record<ServerName, number[]>,
): LikeForLike {
  const pairs = rounds.api.map((api, index): RoundPair => {
    const baseline = rounds.baseline[index] as ServerRound;
    return {
      baseline,
      api,
      throughputRatio: ratio(api.requestsPerSecond, baseline.requestsPerSecond),
      p95Ratio: ratio(api.p95, baseline.p95),
    };
  });
  const throughputRatio = round3(median(pairs.map((pair) => pair.throughputRatio)));
  const p95Ratio = round3(median(pairs.map((pair) => pair.p95Ratio)));
  const baseline = pool(rounds.baseline, latencies.baseline);
  const api = pool(rounds.api, latencies.api);
  // A server that answered nothing in its rounds (every request slower than a round) was not
  // measured: 0 against 0 is no pass.
  const measured = baseline.requests > 0 && api.requests > 0;
  return {
    scenario,
    connections,
    baseline,
    api,
    pairs,
    throughputRatio,
    p95Ratio,
    throughputPass: measured && throughputRatio >= API_THROUGHPUT_SHARE,
    p95Pass: measured && p95Ratio <= API_P95_RATIO,
  };
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : numerator > 0 ? Infinity : 1;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
const round2 = (value: number) => Math.round(value * 100) / 100;

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The latency at a percentile (nearest rank), in milliseconds to two decimals. */
export function percentile(sorted: number[], at: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((at / 100) * sorted.length)));
  return round2(sorted[rank - 1] as number);
}

/** A server's rounds as one: requests over the rounds' time, percentiles of all their latencies. */
export function pool(rounds: ServerRound[], latencies: number[]): PooledFigures {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests,
    seconds,
    requestsPerSecond: seconds > 0 ? Math.round(requests / seconds) : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    database: mergeStatementStats(rounds),
    cpuMsPerRequest:
      requests > 0 && rounds.every((r) => r.cpuMs !== null)
        ? round2(rounds.reduce((sum, r) => sum + (r.cpuMs ?? 0), 0) / requests)
        : null,
  };
}

/** The rounds' statement figures as one (per request, weighted by each round's requests). */
export function mergeStatementStats(
  rounds: { requests: number; database: StatementStats | null }[],
): StatementStats | null {
  const measured = rounds.filter((r) => r.database && r.requests > 0);
  if (measured.length === 0) return null;
  const requests = measured.reduce((sum, r) => sum + r.requests, 0);
  const weighted = (value: (stats: StatementStats) => number) =>
    round2(
      measured.reduce((sum, r) => sum + value(r.database as StatementStats) * r.requests, 0) /
        requests,
    );
  const top = new Map<string, { calls: number; totalMs: number }>();
  for (const r of measured) {
    for (const statement of r.database?.top ?? []) {
      const entry = top.get(statement.statement) ?? { calls: 0, totalMs: 0 };
      entry.calls += statement.calls;
      entry.totalMs += statement.totalMs;
      top.set(statement.statement, entry);
    }
  }
  return {
    statementsPerRequest: weighted((stats) => stats.statementsPerRequest),
    databaseMsPerRequest: weighted((stats) => stats.databaseMsPerRequest),
    top: [...top]
      .sort(([, a], [, b]) => b.totalMs - a.totalMs)
      .slice(0, 3)
      .map(([statement, { calls, totalMs }]) => ({
        statement,
        calls,
        meanMs: round2(totalMs / calls),
        totalMs: round2(totalMs),
      })),
  };
}

/**
 * Numbers this close (relative to the larger) are the same answer: a sum over rows that
 * PostgreSQL returns in no set order (a report's statistics over answers) differs in its last
 * bits from one request to the next, on the same server too.
 */
export const SAME_NUMBER_TOLERANCE = 1e-9;

/**
 * Where two JSON answers first differ ("$.candidates[2].rounds": …), or null when they are the
 * same: the baseline must answer what the API answers, or the ratio compares different work.
 */
export function firstDifference(api: unknown, baseline: unknown, path = '$'): string | null {
  if (Object.is(api, baseline)) return null;
  if (
    typeof api === 'number' &&
    typeof baseline === 'number' &&
    Math.abs(api - baseline) <=
      SAME_NUMBER_TOLERANCE * Math.max(1, Math.abs(api), Math.abs(baseline))
  ) {
    return null;
  }
  if (Array.isArray(api) && Array.isArray(baseline)) {
    if (api.length !== baseline.length) {
      return `${path}: ${api.length} items from the API, ${baseline.length} from the baseline`;
    }
    for (let i = 0; i < api.length; i++) {
      const difference = firstDifference(api[i], baseline[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (isObject(api) && isObject(baseline)) {
    const keys = new Set([...Object.keys(api), ...Object.keys(baseline)]);
    for (const key of [...keys].sort()) {
      if (!(key in api)) return `${path}.${key}: only the baseline has it`;
      if (!(key in baseline)) return `${path}.${key}: only the API has it`;
      const difference = firstDifference(api[key], baseline[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return `${path}: ${JSON.stringify(api)?.slice(0, 80)} from the API, ${JSON.stringify(baseline)?.slice(0, 80)} from the baseline`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
