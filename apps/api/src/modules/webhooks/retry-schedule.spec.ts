import { nextAttemptAt, RETRY_WINDOW_MS } from './retry-schedule';

describe('nextAttemptAt', () => {
  const created = new Date('2026-11-30T00:00:00Z');
  const after = (ms: number) => new Date(created.getTime() + ms);

  it('doubles the wait after each failure, from 30 s up to 4 h', () => {
    const full = () => 1;
    const waits = [1, 2, 3, 4, 10, 20].map(
      (attempts) =>
        (nextAttemptAt(attempts, created, created, full)?.getTime() ?? 0) - created.getTime(),
    );
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 4 * 3_600_000, 4 * 3_600_000]);
  });

  it('jitters between half and the whole wait', () => {
    expect(nextAttemptAt(3, created, created, () => 0)?.getTime()).toBe(after(60_000).getTime());
    expect(nextAttemptAt(3, created, created, () => 0.5)?.getTime()).toBe(after(90_000).getTime());
  });

  it('gives up once the next attempt would fall after the first day', () => {
    const lateInTheDay = after(RETRY_WINDOW_MS - 60_000);
    expect(nextAttemptAt(12, created, lateInTheDay, () => 1)).toBeNull();
    expect(nextAttemptAt(1, created, after(RETRY_WINDOW_MS - 60_000), () => 1)).not.toBeNull();
  });

  it('fits about a dozen attempts in the day', () => {
    let now = created;
    let attempts = 0;
    for (;;) {
      attempts++;
      const next = nextAttemptAt(attempts, created, now, () => 1);
      if (!next) break;
      now = next;
    }
    expect(attempts).toBeGreaterThanOrEqual(12);
    expect(attempts).toBeLessThanOrEqual(16);
  });
});
