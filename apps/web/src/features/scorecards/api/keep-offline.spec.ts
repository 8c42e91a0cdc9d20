import { createOfflineCopier } from './keep-offline';

describe('createOfflineCopier', () => {
  it('loads each interview once, one at a time, and again after ten minutes', async () => {
    let clock = 0;
    const order: string[] = [];
    let running = 0;
    const load = jest.fn(async (id: string) => {
      running += 1;
      expect(running).toBe(1);
      await Promise.resolve();
      order.push(id);
      running -= 1;
    });
    const copy = createOfflineCopier(load, () => clock);

    await copy(['a', 'b']);
    await copy(['b', 'c']);
    expect(order).toEqual(['a', 'b', 'c']);

    clock = 10 * 60_000;
    await copy(['a']);
    expect(order).toEqual(['a', 'b', 'c', 'a']);
  });

  it('tries a failed one again next time, and goes on with the rest', async () => {
    const load = jest
      .fn<Promise<unknown>, [string]>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(undefined);
    const copy = createOfflineCopier(load, () => 0);
    await copy(['a', 'b']);
    await copy(['a', 'b']);
    expect(load.mock.calls.map(([id]) => id)).toEqual(['a', 'b', 'a']);
  });
});
