import {
  alternate,
  compareRounds,
  firstDifference,
  mergeStatementStats,
  percentile,
  pool,
  roundOrder,
  ServerRound,
} from './like-for-like';

const round = (requestsPerSecond: number, p95: number, seconds = 5): ServerRound => ({
  requests: requestsPerSecond * seconds,
  seconds,
  requestsPerSecond,
  p50: p95 / 2,
  p95,
  p99: p95 * 1.5,
  errors: 0,
  statusCodes: { 200: requestsPerSecond * seconds },
  database: null,
  cpuMs: requestsPerSecond * seconds * 2,
});

describe('roundOrder', () => {
  it('alternates which server goes first, so a drift over the run weighs on both alike', () => {
    expect(roundOrder(4)).toEqual([
      ['baseline', 'api'],
      ['api', 'baseline'],
      ['baseline', 'api'],
      ['api', 'baseline'],
    ]);
  });
});

describe('alternate', () => {
  it('runs the rounds in that order and pools each server’s own latencies', async () => {
    const calls: string[] = [];
    const result = await alternate({
      scenario: 'comparison',
      connections: 4,
      pairs: 2,
      run: async (server, onLatency) => {
        calls.push(server);
        const ms = server === 'api' ? 12 : 10;
        for (let i = 0; i < 20; i++) onLatency(ms);
        return round(server === 'api' ? 90 : 100, ms);
      },
    });
    expect(calls).toEqual(['baseline', 'api', 'api', 'baseline']);
    expect(result.api.p95).toBe(12);
    expect(result.baseline.p95).toBe(10);
    expect(result.throughputRatio).toBe(0.9);
    expect(result.p95Ratio).toBe(1.2);
    expect(result.throughputPass && result.p95Pass).toBe(true);
  });
});

describe('compareRounds', () => {
  it('takes the median of the pairs, so one round disturbed by another process does not decide', () => {
    const result = compareRounds(
      'search',
      4,
      {
        baseline: [round(100, 10), round(100, 10), round(100, 10), round(100, 10)],
        // The third API round ran while something else took the CPU.
        api: [round(90, 11), round(85, 12), round(30, 60), round(88, 12)],
      },
      { baseline: [], api: [] },
    );
    expect(result.throughputRatio).toBe(0.865);
    expect(result.p95Ratio).toBe(1.2);
    expect(result.throughputPass).toBe(true);
    expect(result.p95Pass).toBe(true);
  });

  it('fails a scenario whose API is below 80% of the baseline or above 1.25× its p95', () => {
    const slow = compareRounds(
      'comparison',
      4,
      { baseline: [round(100, 40), round(100, 40)], api: [round(70, 52), round(75, 49)] },
      { baseline: [], api: [] },
    );
    expect(slow.throughputRatio).toBe(0.725);
    expect(slow.throughputPass).toBe(false);
    expect(slow.p95Ratio).toBe(1.263);
    expect(slow.p95Pass).toBe(false);
  });

  it('fails a scenario in which a server answered nothing (every request outlasted its rounds)', () => {
    const unmeasured = compareRounds(
      'question analysis',
      4,
      { baseline: [round(0, 0), round(0, 0)], api: [round(0, 0), round(0, 0)] },
      { baseline: [], api: [] },
    );
    expect(unmeasured.throughputRatio).toBe(1);
    expect(unmeasured.throughputPass).toBe(false);
    expect(unmeasured.p95Pass).toBe(false);
  });
});

describe('pool', () => {
  it('adds requests over the rounds’ time and reads percentiles from every latency', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => i + 1);
    const pooled = pool([round(100, 50, 5), round(60, 90, 5)], latencies);
    expect(pooled.requests).toBe(800);
    expect(pooled.requestsPerSecond).toBe(80);
    expect([pooled.p50, pooled.p95, pooled.p99]).toEqual([50, 95, 99]);
    expect(pooled.cpuMsPerRequest).toBe(2);
  });

  it('has no CPU figure when a round had none', () => {
    expect(pool([round(100, 50), { ...round(100, 50), cpuMs: null }], []).cpuMsPerRequest).toBe(
      null,
    );
  });
});

describe('percentile', () => {
  it('is the nearest rank, and 0 without latencies', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 95)).toBe(4);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('mergeStatementStats', () => {
  it('weighs each round by its requests and adds up the top statements', () => {
    const merged = mergeStatementStats([
      {
        requests: 100,
        database: {
          statementsPerRequest: 5,
          databaseMsPerRequest: 10,
          top: [{ statement: 'SELECT a', calls: 100, meanMs: 6, totalMs: 600 }],
        },
      },
      {
        requests: 300,
        database: {
          statementsPerRequest: 5,
          databaseMsPerRequest: 6,
          top: [
            { statement: 'SELECT a', calls: 300, meanMs: 4, totalMs: 1200 },
            { statement: 'SELECT b', calls: 300, meanMs: 1, totalMs: 300 },
          ],
        },
      },
      { requests: 50, database: null },
    ]);
    expect(merged?.statementsPerRequest).toBe(5);
    expect(merged?.databaseMsPerRequest).toBe(7);
    expect(merged?.top).toEqual([
      { statement: 'SELECT a', calls: 400, meanMs: 4.5, totalMs: 1800 },
      { statement: 'SELECT b', calls: 300, meanMs: 1, totalMs: 300 },
    ]);
  });

  it('is null when no round had statement figures', () => {
    expect(mergeStatementStats([{ requests: 10, database: null }])).toBeNull();
  });
});

describe('firstDifference', () => {
  it('is null for the same JSON, whatever the order of the keys', () => {
    expect(firstDifference({ a: 1, b: [{ c: null }] }, { b: [{ c: null }], a: 1 })).toBeNull();
  });

  it('names where the answers first differ', () => {
    expect(firstDifference({ items: [{ score: 1 }] }, { items: [{ score: 2 }] })).toBe(
      '$.items[0].score: 1 from the API, 2 from the baseline',
    );
    expect(firstDifference({ a: 1 }, { a: 1, jobId: 'x' })).toBe(
      '$.jobId: only the baseline has it',
    );
    expect(firstDifference([1, 2], [1])).toBe('$: 2 items from the API, 1 from the baseline');
  });

  it('takes numbers that differ in their last bits (sums in another order) as the same', () => {
    expect(firstDifference({ r: 0.6221617156587547 }, { r: 0.6221617156587549 })).toBeNull();
    expect(firstDifference({ n: 1e12 + 1 }, { n: 1e12 + 1.0001 })).toBeNull();
    expect(firstDifference({ r: 0.62216171 }, { r: 0.62216172 })).toBe(
      '$.r: 0.62216171 from the API, 0.62216172 from the baseline',
    );
    expect(firstDifference({ n: 0 }, { n: 1e-8 })).toBe(
      '$.n: 0 from the API, 1e-8 from the baseline',
    );
  });
});
