import { isAnswered, needsEvidence } from './answer-rules';

describe('answer rules', () => {
  it('counts a rating or "not asked" as answered, a bare note not', () => {
    expect(isAnswered({ rating: 3, notAsked: false, note: '' })).toBe(true);
    expect(isAnswered({ rating: null, notAsked: true, note: '' })).toBe(true);
    expect(isAnswered({ rating: null, notAsked: false, note: 'said hello' })).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
  });

  it('asks for evidence on a 1 or a 5 only, and a blank note is no evidence', () => {
    expect(
      [1, 2, 3, 4, 5].map((rating) => needsEvidence({ rating, notAsked: false, note: ' ' })),
    ).toEqual([true, false, false, false, true]);
    expect(needsEvidence({ rating: 5, notAsked: false, note: 'Calmed the caller' })).toBe(false);
    expect(needsEvidence({ rating: null, notAsked: true, note: '' })).toBe(false);
  });
});
