import { fitLeniency } from './fit-leniency';
import { CalibrationData, scorecardScores } from './layout';
import { panelAgreement } from './panel-agreement';
import { simulate } from './simulator';

const _ = NaN;
/** Krippendorff (2011) example C as panels: unit = round, observer = interviewer. */
const exampleC = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

function asPanels(): CalibrationData {
  const cand: number[] = [];
  const intv: number[] = [];
  const rating: number[] = [];
  for (let u = 0; u < 12; u++) {
    exampleC.forEach((row, observer) => {
      if (Number.isNaN(row[u]!)) return;
      cand.push(u);
      intv.push(observer);
      rating.push(row[u]!);
    });
  }
  return {
    nCandidates: 12,
    nInterviewers: 4,
    nRoundTypes: 1,
    nCategories: 1,
    nRounds: 12,
    candidate: Int32Array.from(cand),
    interviewer: Int32Array.from(intv),
    roundType: new Int32Array(cand.length),
    round: Int32Array.from(cand),
    obsStart: Int32Array.from({ length: cand.length + 1 }, (_, k) => k),
    category: new Uint16Array(cand.length),
    rating: Float32Array.from(rating),
    answered: new Uint8Array(cand.length).fill(1),
  };
}

describe('panelAgreement', () => {
  it('is ordinal alpha over panel rounds: Krippendorff example C gives .815', () => {
    const d = asPanels();
    const all = new Uint8Array(d.candidate.length).fill(1);
    const a = panelAgreement(d, scorecardScores(d), all, { replicates: 200, seed: 1, level: 0.95 });
    expect(a.panels).toBe(11); // unit 12 has one value: no panel
    expect(a.overall.value).toBeCloseTo(0.815, 3);
    expect(a.categories[0]!.value).toBeCloseTo(0.815, 3);
    expect(a.overall.lower).toBeLessThan(0.815);
  });

  it('drops when interviewers differ in leniency, as panel agreement should', () => {
    const opts = {
      perCategory: false,
      bootstrap: { replicates: 50, seed: 1, scheme: 'crossed' as const },
    };
    const lenient = fitLeniency(simulate({ seed: 3, nCandidates: 2500 }).data, opts);
    const even = fitLeniency(
      simulate({ seed: 3, nCandidates: 2500, leniencySd: 0, categoryLeniencySd: 0 }).data,
      opts,
    );
    const a = lenient.panelAgreement!;
    const b = even.panelAgreement!;
    expect(a.categories).toHaveLength(12);
    expect(a.overall.lower).toBeLessThanOrEqual(a.overall.value);
    expect(a.overall.upper).toBeGreaterThanOrEqual(a.overall.value);
    expect(b.overall.value - a.overall.value).toBeGreaterThan(0.15);
  });
});
