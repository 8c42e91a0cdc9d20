import { createRandom } from '../../calibration/model/random';
import { correctForRangeRestriction, correlationInterval, rocAuc, sd } from './validity-statistics';
import { OutcomeInput, PredictorInput, validityTable } from './validity-table';

/** n hires with score x ~ N(0,1) and outcome slope·x + noise; pool twice as spread. */
function sample(n: number, slope: number, seed: number) {
  const r = createRandom(seed);
  const x = Float64Array.from({ length: n }, () => r.normal());
  const y = Float64Array.from(x, (v) => slope * v + r.normal());
  const pool = Float64Array.from({ length: 3 * n }, () => 2 * r.normal());
  return { x, y, pool };
}

const predictor = (key: string, hired: ArrayLike<number>, pool: ArrayLike<number>) =>
  ({ key, hiredValues: hired, poolSd: sd(pool) }) satisfies PredictorInput;

describe('validityTable', () => {
  it('turns the interval by higherIsBetter: negative r on a lower-is-better outcome predicts', () => {
    const { x, y, pool } = sample(200, 0.5, 1);
    const negated = Float64Array.from(y, (v) => -v);
    const outcomes: OutcomeInput[] = [
      { key: 'qa', kind: 'continuous', higherIsBetter: true, values: y },
      { key: 'aht', kind: 'continuous', higherIsBetter: false, values: negated },
      { key: 'qa-reversed', kind: 'continuous', higherIsBetter: true, values: negated },
      { key: 'aht-reversed', kind: 'continuous', higherIsBetter: false, values: y },
    ];
    const cells = validityTable([predictor('overall', x, pool)], outcomes);
    expect(cells.map((c) => [c.outcome, c.verdict])).toEqual([
      ['qa', 'predicts'],
      ['aht', 'predicts'],
      ['qa-reversed', 'backwards'],
      ['aht-reversed', 'backwards'],
    ]);
    expect(cells[1]!.observed.value!).toBeLessThan(0);
    expect(cells[1]!.observed.upper!).toBeLessThan(0);
  });

  it('says predicts_nothing when the interval straddles 0, too_few below minN', () => {
    const { x, y, pool } = sample(200, 0, 2);
    const outcome: OutcomeInput = {
      key: 'qa',
      kind: 'continuous',
      higherIsBetter: true,
      values: y,
    };
    const [cell] = validityTable([predictor('q1', x, pool)], [outcome]);
    expect(cell!.observed.lower!).toBeLessThan(0);
    expect(cell!.observed.upper!).toBeGreaterThan(0);
    expect(cell!.verdict).toBe('predicts_nothing');
    expect(validityTable([predictor('q1', x, pool)], [outcome], { minN: 201 })[0]!.verdict).toBe(
      'too_few',
    );
    // A strong relation still reads too_few when the hires are too few (default minN 30).
    const few = sample(25, 2, 3);
    const [small] = validityTable(
      [predictor('q1', few.x, few.pool)],
      [{ key: 'qa', kind: 'continuous', higherIsBetter: true, values: few.y }],
    );
    expect(small!.n).toBe(25);
    expect(small!.observed.lower!).toBeGreaterThan(0);
    expect(small!.verdict).toBe('too_few');
  });

  it('corrects r and both bounds with u from the hires that have the outcome', () => {
    const { x, y, pool } = sample(300, 0.4, 4);
    // Outcome missing for the lowest scorers: u must use the SD of the scored-and-recorded hires.
    const values = Float64Array.from(y, (v, i) => (x[i]! < -0.5 ? NaN : v));
    const [cell] = validityTable(
      [predictor('q1', x, pool)],
      [{ key: 'qa', kind: 'continuous', higherIsBetter: true, values }],
      { confidence: 0.9 },
    );
    const used = Float64Array.from(x, (v, i) => (Number.isFinite(values[i]!) ? v : NaN));
    const u = sd(pool) / sd(used);
    expect(u).not.toBeCloseTo(sd(pool) / sd(x), 2);
    expect(cell!.sdRatio).toBeCloseTo(u, 12);
    const c = correlationInterval(x, values, 0.9);
    expect(cell!.n).toBe(c.n);
    expect(cell!.observed).toEqual({ value: c.r, lower: c.lower, upper: c.upper });
    expect(cell!.corrected.value).toBeCloseTo(correctForRangeRestriction(c.r!, u), 12);
    expect(cell!.corrected.lower).toBeCloseTo(correctForRangeRestriction(c.lower!, u), 12);
    expect(cell!.corrected.upper).toBeCloseTo(correctForRangeRestriction(c.upper!, u), 12);
    expect(cell!.corrected.value!).toBeGreaterThan(cell!.observed.value!);
    expect(cell!.auc).toBeNull();
  });

  it('leaves corrected = observed when u is undefined, and gives null r no verdict', () => {
    const { x, y } = sample(100, 0.5, 5);
    const flatPool = new Float64Array(50).fill(3);
    const outcome: OutcomeInput = {
      key: 'qa',
      kind: 'continuous',
      higherIsBetter: true,
      values: y,
    };
    const [cell] = validityTable([predictor('q1', x, flatPool)], [outcome]);
    expect(cell!.sdRatio).toBeNull();
    expect(cell!.corrected).toEqual(cell!.observed);
    expect(cell!.verdict).toBe('predicts');
    // Every hire rated the same: no r, and no claim either way.
    const [flat] = validityTable([predictor('q1', new Float64Array(100).fill(4), x)], [outcome]);
    expect(flat!.observed.value).toBeNull();
    expect(flat!.sdRatio).toBeNull();
    expect(flat!.verdict).toBe('too_few');
  });

  it('adds the AUC for binary outcomes, for the positive class', () => {
    const { x, y, pool } = sample(400, 1, 6);
    const stayed = Float64Array.from(y, (v, i) => (i % 17 === 0 ? NaN : v > 0 ? 1 : 0));
    const left = Float64Array.from(stayed, (v) => (Number.isNaN(v) ? NaN : 1 - v));
    const cells = validityTable(
      [predictor('overall', x, pool)],
      [
        { key: 'employed90', kind: 'binary', higherIsBetter: true, values: stayed },
        { key: 'left90', kind: 'binary', higherIsBetter: false, values: left },
      ],
    );
    const a = rocAuc(x, stayed);
    expect(cells[0]!.auc).toEqual({ value: a.auc, lower: a.lower, upper: a.upper });
    expect(cells[0]!.auc!.value!).toBeGreaterThan(0.7);
    expect(cells[1]!.auc!.value).toBeCloseTo(1 - a.auc!, 12);
    expect(cells.map((c) => c.verdict)).toEqual(['predicts', 'predicts']);
  });

  it('returns cells predictor-major and rejects misaligned inputs', () => {
    const { x, y, pool } = sample(60, 0.5, 7);
    const outcomes: OutcomeInput[] = ['a', 'b'].map((key) => ({
      key,
      kind: 'continuous',
      higherIsBetter: true,
      values: y,
    }));
    const cells = validityTable([predictor('p', x, pool), predictor('q', x, pool)], outcomes);
    expect(cells.map((c) => `${c.predictor}/${c.outcome}`)).toEqual(['p/a', 'p/b', 'q/a', 'q/b']);
    expect(() => validityTable([predictor('p', x.subarray(1), pool)], outcomes)).toThrow(
      /59 hired values/,
    );
  });
});
