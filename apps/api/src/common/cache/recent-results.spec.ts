import { RecentResults } from './recent-results';

describe('RecentResults', () => {
  it('computes a key once and shares it, also while the computation runs', async () => {
    const results = new RecentResults<number>(4);
    let calls = 0;
    let finish: (value: number) => void = () => undefined;
    const compute = () => {
      calls += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const first = results.get('a', compute);
    const second = results.get('a', compute);
    finish(7);
    expect(await first).toBe(7);
    expect(await second).toBe(7);
    expect(await results.get('a', compute)).toBe(7);
    expect(calls).toBe(1);
  });

  it('forgets a failed computation, so the next call tries again', async () => {
    const results = new RecentResults<number>(4);
    await expect(results.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(results.size).toBe(0);
    expect(await results.get('a', () => Promise.resolve(3))).toBe(3);
  });

  it('keeps the most recently used keys up to its capacity', async () => {
    const results = new RecentResults<string>(2);
    const computed: string[] = [];
    const compute = (key: string) => () => {
      computed.push(key);
      return Promise.resolve(key);
    };
    await results.get('a', compute('a'));
    await results.get('b', compute('b'));
    await results.get('a', compute('a')); // a is now the most recent
    await results.get('c', compute('c')); // b goes
    await results.get('a', compute('a'));
    await results.get('b', compute('b'));
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
    expect(results.size).toBe(2);
  });

  it('refuses a capacity that keeps nothing', () => {
    expect(() => new RecentResults(0)).toThrow('capacity');
  });
});
