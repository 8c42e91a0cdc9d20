import {
  applySavedWrite,
  endsSession,
  keepsOffline,
  OFFLINE_HEADER,
  scorecardWrite,
} from './offline-api';

const SC = '11111111-1111-4111-8111-111111111111';
const Q1 = '22222222-2222-4222-8222-222222222222';
const Q2 = '33333333-3333-4333-8333-333333333333';

const request = (method: string, path: string, headers: Record<string, string> = {}) => ({
  method,
  url: `http://127.0.0.1:3000${path}`,
  headers: new Headers(headers),
});

describe('keepsOffline', () => {
  it('keeps who is signed in and the GETs the page marks, nothing else', () => {
    expect(keepsOffline(request('GET', '/api/auth/me'))).toBe(true);
    expect(
      keepsOffline(request('GET', `/api/v1/candidates/${SC}`, { [OFFLINE_HEADER]: '1' })),
    ).toBe(true);
    // The same candidate opened from the pipeline is not kept.
    expect(keepsOffline(request('GET', `/api/v1/candidates/${SC}`))).toBe(false);
    expect(keepsOffline(request('GET', '/api/v1/candidates?stage=applied'))).toBe(false);
    expect(
      keepsOffline(request('PUT', `/api/v1/scorecards/${SC}`, { [OFFLINE_HEADER]: '1' })),
    ).toBe(false);
    // Marked or not, only the API: screens are the precache's.
    expect(keepsOffline(request('GET', '/interviews', { [OFFLINE_HEADER]: '1' }))).toBe(false);
  });
});

describe('endsSession', () => {
  it('is signing in or out', () => {
    expect(endsSession('POST', '/api/auth/login')).toBe(true);
    expect(endsSession('POST', '/api/auth/logout')).toBe(true);
    expect(endsSession('GET', '/api/auth/me')).toBe(false);
  });
});

describe('scorecardWrite', () => {
  it('names the scorecard and question a save response describes', () => {
    expect(scorecardWrite('PUT', `/api/v1/scorecards/${SC}/scores/${Q1}`)).toEqual({
      kind: 'answer',
      scorecardId: SC,
      questionId: Q1,
    });
    expect(scorecardWrite('PATCH', `/api/v1/scorecards/${SC}`)).toEqual({
      kind: 'scorecard',
      scorecardId: SC,
    });
    expect(scorecardWrite('POST', `/api/v1/scorecards/${SC}/submit`)).toEqual({
      kind: 'scorecard',
      scorecardId: SC,
    });
    expect(scorecardWrite('POST', `/api/v1/scorecards/${SC}/decline`)?.kind).toBe('scorecard');
    // Amendments answer with an amendment, not the scorecard; reads change nothing.
    expect(scorecardWrite('POST', `/api/v1/scorecards/${SC}/amendments`)).toBeNull();
    expect(scorecardWrite('GET', `/api/v1/scorecards/${SC}`)).toBeNull();
    expect(scorecardWrite('PUT', `/api/v1/scorecards/${SC}`)).toBeNull();
  });
});

describe('applySavedWrite', () => {
  const answer = (questionId: string, version: number, rating: number | null) => ({
    questionId,
    rating,
    notAsked: false,
    note: '',
    version,
    updatedAt: '2026-11-30T08:00:00.000Z',
  });
  const scorecard = (version: number, answers: unknown[]) => ({
    id: SC,
    version,
    status: 'draft',
    summary: '',
    answers,
  });
  const answerWrite = (questionId: string) =>
    ({ kind: 'answer', scorecardId: SC, questionId }) as const;

  it('puts a saved answer into the kept scorecard, new or newer', () => {
    const kept = scorecard(1, [answer(Q1, 1, 3)]);
    expect(applySavedWrite(kept, answerWrite(Q1), answer(Q1, 2, 4))).toEqual(
      scorecard(1, [answer(Q1, 2, 4)]),
    );
    expect(applySavedWrite(kept, answerWrite(Q2), answer(Q2, 1, 5))).toEqual(
      scorecard(1, [answer(Q1, 1, 3), answer(Q2, 1, 5)]),
    );
  });

  it('never replaces a newer copy with an older response', () => {
    const kept = scorecard(3, [answer(Q1, 2, 4)]);
    expect(applySavedWrite(kept, answerWrite(Q1), answer(Q1, 2, 1))).toBeNull();
    expect(applySavedWrite(kept, answerWrite(Q1), answer(Q1, 1, 1))).toBeNull();
    expect(
      applySavedWrite(kept, { kind: 'scorecard', scorecardId: SC }, scorecard(2, [])),
    ).toBeNull();
  });

  it('takes a whole scorecard from a PATCH, submit or decline', () => {
    const kept = scorecard(1, [answer(Q1, 1, 3)]);
    const submitted = { ...scorecard(2, [answer(Q1, 1, 3)]), status: 'submitted' };
    expect(applySavedWrite(kept, { kind: 'scorecard', scorecardId: SC }, submitted)).toEqual(
      submitted,
    );
  });

  it('leaves the copy alone when either side is not what it should be', () => {
    const kept = scorecard(1, []);
    expect(applySavedWrite(kept, answerWrite(Q1), answer(Q2, 1, 3))).toBeNull();
    expect(applySavedWrite(kept, answerWrite(Q1), { error: 'x' })).toBeNull();
    expect(applySavedWrite({ id: SC }, answerWrite(Q1), answer(Q1, 1, 3))).toBeNull();
    expect(
      applySavedWrite(kept, { kind: 'scorecard', scorecardId: SC }, { ...kept, id: Q1 }),
    ).toBeNull();
  });
});
