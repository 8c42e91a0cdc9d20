import { Scorecard } from '@calibrate/contracts';

import {
  amendChanges,
  amendmentBody,
  amendProblems,
  isSplit,
  ratingText,
  startAmendment,
} from './submitted-scorecard';

const q = '00000000-0000-4000-8000-000000000001';
const scorecard = {
  recommendation: 'yes',
  summary: 'Solid.',
  version: 4,
  answers: [{ questionId: q, rating: 5, notAsked: false, note: 'Calmed the caller', version: 1 }],
} as unknown as Scorecard;

describe('amending a submitted scorecard', () => {
  it('words ratings, "not asked" and a missing answer', () => {
    expect(ratingText({ rating: 4, notAsked: false })).toBe('4 of 5');
    expect(ratingText({ rating: null, notAsked: true })).toBe('Not asked');
    expect(ratingText(undefined)).toBe('Not answered');
  });

  it('marks ratings two or more apart as a split, and nothing else', () => {
    expect(isSplit([2, 4])).toBe(true);
    expect(isSplit([3, 4, null])).toBe(false);
    expect(isSplit([5, null])).toBe(false);
  });

  it('refuses an amendment that changes nothing, has no reason, or drops a 5’s evidence', () => {
    const draft = startAmendment(scorecard, { kind: 'question', questionId: q });
    expect(amendChanges(scorecard, draft)).toEqual([]);
    expect(amendProblems(scorecard, draft)).toEqual({
      change: expect.stringContaining('Change something first') as string,
      reason: expect.stringContaining('Say why') as string,
    });
    if (draft.kind !== 'question') throw new Error('a question draft');
    const noEvidence = { ...draft, answer: { ...draft.answer, note: ' ' }, reason: '  ' };
    expect(Object.keys(amendProblems(scorecard, noEvidence)).sort()).toEqual(['note', 'reason']);
  });

  it('lists before → after and sends only what changed', () => {
    const draft = startAmendment(scorecard, { kind: 'question', questionId: q });
    if (draft.kind !== 'question') throw new Error('a question draft');
    const changed = {
      ...draft,
      answer: { rating: null, notAsked: true, note: '' },
      reason: ' Re-listened ',
    };
    expect(amendChanges(scorecard, changed)).toEqual([
      { field: 'Rating', before: '5 of 5', after: 'Not asked' },
      { field: 'Note', before: 'Calmed the caller', after: '' },
    ]);
    expect(amendProblems(scorecard, changed)).toEqual({});
    expect(amendmentBody(scorecard, changed)).toEqual({
      reason: 'Re-listened',
      scores: [{ questionId: q, rating: null, notAsked: true, note: '' }],
    });

    const wrapUp = startAmendment(scorecard, { kind: 'wrap-up' });
    if (wrapUp.kind !== 'wrap-up') throw new Error('a wrap-up draft');
    const newSummary = { ...wrapUp, summary: 'Solid, but rushed the close.', reason: 'Debrief' };
    expect(amendChanges(scorecard, newSummary)).toEqual([
      { field: 'Summary', before: 'Solid.', after: 'Solid, but rushed the close.' },
    ]);
    expect(amendmentBody(scorecard, newSummary)).toEqual({
      reason: 'Debrief',
      summary: 'Solid, but rushed the close.',
    });
  });
});
