import {
  chosenTotal,
  largestCorrection,
  rankCandidates,
  rankLabel,
  readScoreBasis,
  totalLabel,
  totalsInline,
} from './score-basis';

const candidate = (
  candidateId: string,
  weightedScore100: number | null,
  correctedScore100: number | null,
) => ({ candidateId, overall: { weightedScore100, correctedScore100 } });

describe('score basis', () => {
  it('reads the URL: corrected only when asked, raw otherwise', () => {
    expect([readScoreBasis('corrected'), readScoreBasis(null), readScoreBasis('x')]).toEqual([
      'corrected',
      'raw',
      'raw',
    ]);
    expect(chosenTotal({ weightedScore100: 72, correctedScore100: 66 }, 'raw')).toBe(72);
    expect(chosenTotal({ weightedScore100: 72, correctedScore100: 66 }, 'corrected')).toBe(66);
  });

  it('orders by the chosen total: leniency can swap two candidates', () => {
    const candidates = [candidate('a', 80, 60), candidate('b', 70, 75), candidate('c', 50, 50)];
    expect(rankCandidates(candidates, 'raw').map((c) => [c.candidateId, c.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(rankCandidates(candidates, 'corrected').map((c) => [c.candidateId, c.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('keeps the URL order for ties, shares their rank, and puts the unscored last', () => {
    const candidates = [
      candidate('unscored', null, null),
      candidate('low', 40, 40),
      candidate('tie1', 70, 64),
      candidate('tie2', 68, 64),
    ];
    const ranked = rankCandidates(candidates, 'corrected');
    expect(ranked.map((c) => [c.candidateId, c.index, c.rank])).toEqual([
      ['tie1', 2, 1],
      ['tie2', 3, 1],
      ['low', 1, 3],
      ['unscored', 0, null],
    ]);
    expect(ranked.map((c) => rankLabel(c, ranked))).toEqual(['1 (tied)', '1 (tied)', '3', '—']);
  });

  it('names the basis of every total and prints the other beside it', () => {
    const totals = { weightedScore100: 72, correctedScore100: 66 };
    expect(totalLabel(totals, 'corrected', '100')).toEqual({
      value: '66',
      note: 'corrected · 72 raw',
      spoken: '66 corrected, 72 raw',
    });
    expect(totalLabel(totals, 'raw', '5')).toEqual({
      value: '3.9',
      note: 'raw · 3.6 corrected',
      spoken: '3.9 raw, 3.6 corrected',
    });
    expect(totalsInline(totals, 'corrected', '100')).toBe('66 corrected · 72 raw');
    expect(totalsInline(totals, 'raw', '100')).toBe('72 raw · 66 corrected');
    expect(totalLabel({ weightedScore100: null, correctedScore100: null }, 'raw', '100')).toEqual({
      value: '—',
      note: '',
      spoken: 'not scored',
    });
    expect(totalsInline({ weightedScore100: null, correctedScore100: null }, 'raw', '5')).toBe('—');
    expect(totalsInline({ weightedScore100: 50, correctedScore100: null }, 'raw', '100')).toBe(
      '50 raw',
    );
  });

  it('finds the largest correction, to say when leniency changes next to nothing', () => {
    expect(
      largestCorrection([
        candidate('a', 80, 79.8),
        candidate('b', 60, 63),
        candidate('c', null, null),
      ]),
    ).toBe(3);
    expect(largestCorrection([candidate('c', null, null)])).toBeNull();
  });
});
