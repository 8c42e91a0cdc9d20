import { coverage, parseProcStatus, percentile, poolWindows } from './refit-bench';

describe('refit bench helpers', () => {
  it('reads VmRSS and VmHWM from /proc/<pid>/status', () => {
    const status = 'Name:\tnode\nVmPeak:\t 2000 kB\nVmHWM:\t  812340 kB\nVmRSS:\t  401000 kB\n';
    expect(parseProcStatus(status)).toEqual({ rssBytes: 401000 * 1024, hwmBytes: 812340 * 1024 });
    expect(parseProcStatus('Name:\tnode\n')).toBeNull();
  });

  it('pools windows: percentiles over every request, throughput over the total time', () => {
    const phase = poolWindows([
      { latencies: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], seconds: 2, errors: 0 },
      { latencies: [20, 30], seconds: 2, errors: 1 },
    ]);
    expect(phase.requests).toBe(12);
    expect(phase.requestsPerSecond).toBe(3);
    expect(phase.p50).toBe(6);
    expect(phase.p95).toBe(30);
    expect(phase.errors).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });

  it('measures how much of a window the refits covered', () => {
    expect(coverage(0, 100, [[0, 100]])).toBe(1);
    expect(coverage(0, 100, [[50, 200]])).toBe(0.5);
    expect(
      coverage(0, 100, [
        [10, 30],
        [20, 40],
        [90, 95],
      ]),
    ).toBeCloseTo(0.35, 10);
    expect(coverage(0, 100, [[200, 300]])).toBe(0);
  });
});
