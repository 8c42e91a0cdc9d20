import { createRandom } from './random';

describe('createRandom', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('draws uniforms, normals and Poisson(1) counts with the right moments', () => {
    const r = createRandom(1);
    const n = 200_000;
    let su = 0;
    let sz = 0;
    let szz = 0;
    let sp = 0;
    let spp = 0;
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      su += u;
      const z = r.normal();
      sz += z;
      szz += z * z;
      const p = r.poisson1();
      sp += p;
      spp += p * p;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(su / n).toBeCloseTo(0.5, 2);
    expect(sz / n).toBeCloseTo(0, 2);
    expect(szz / n).toBeCloseTo(1, 1);
    expect(sp / n).toBeCloseTo(1, 1);
    expect(spp / n - (sp / n) ** 2).toBeCloseTo(1, 1);
  });

  it('fills Poisson(1) counts in bulk with the right frequencies', () => {
    const out = new Float64Array(400_001);
    createRandom(5).fillPoisson1(out);
    const freq = (k: number) => out.filter((v) => v === k).length / out.length;
    expect(freq(0)).toBeCloseTo(Math.exp(-1), 2);
    expect(freq(1)).toBeCloseTo(Math.exp(-1), 2);
    expect(freq(2)).toBeCloseTo(Math.exp(-1) / 2, 2);
    expect(freq(3)).toBeCloseTo(Math.exp(-1) / 6, 2);
  });

  it('draws integers in range', () => {
    const r = createRandom(3);
    const counts = new Int32Array(4);
    for (let i = 0; i < 40_000; i++) counts[r.int(4)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });
});
