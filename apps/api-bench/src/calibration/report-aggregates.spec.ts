import { aggregatesWaitMs } from './report-aggregates';

describe('aggregatesWaitMs', () => {
  it('allows 20 minutes at 1M candidates, linear in candidates, and 5 minutes at least', () => {
    expect(aggregatesWaitMs(1_000_000)).toBe(20 * 60_000);
    expect(aggregatesWaitMs(2_000_000)).toBe(40 * 60_000);
    expect(aggregatesWaitMs(100_000)).toBe(5 * 60_000);
    expect(aggregatesWaitMs(0)).toBe(5 * 60_000);
  });
});
