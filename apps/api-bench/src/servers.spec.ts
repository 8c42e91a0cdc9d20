import { createServer } from 'node:net';

import { freePort, portRange } from './servers';

describe('portRange', () => {
  it('reads BENCH_PORTS as a range, or nothing when unset', () => {
    expect(portRange('3300-3329')).toEqual({ from: 3300, to: 3329 });
    expect(portRange(undefined)).toBeNull();
    expect(() => portRange('3300')).toThrow('BENCH_PORTS');
    expect(() => portRange('3329-3300')).toThrow('BENCH_PORTS');
  });
});

describe('freePort', () => {
  it('skips a port of the range that is taken, and never hands out the same port twice', async () => {
    const probe = await freePort(null);
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(probe, '127.0.0.1', resolve));
    try {
      const range = { from: probe, to: Math.min(65535, probe + 5) };
      const first = await freePort(range);
      const second = await freePort(range);
      expect(first).not.toBe(probe);
      expect(second).not.toBe(first);
      expect(first).toBeGreaterThan(probe);
      expect(second).toBeLessThanOrEqual(range.to);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
