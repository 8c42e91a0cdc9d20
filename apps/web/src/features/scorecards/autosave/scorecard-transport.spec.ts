import { fakeFetch } from '@/test/render-app';

import { WriteFailure } from './save-queue';
import { scorecardTransport } from './scorecard-transport';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const conflict = (details: unknown) => ({
  status: 412,
  body: {
    statusCode: 412,
    code: 'SCORECARD_VERSION_CONFLICT',
    message: 'Someone else saved this first. Compare both versions and choose.',
    details,
    requestId: 'req-1',
  },
});

async function failureOf(send: Promise<unknown>): Promise<WriteFailure> {
  const error: unknown = await send.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof WriteFailure)) throw new Error('expected a WriteFailure');
  return error;
}

describe('scorecardTransport on a 412', () => {
  const answer = { rating: 4, notAsked: false, note: 'Calm' };
  const answerTarget = { kind: 'answer', scorecardId: id(1), questionId: id(2) } as const;

  it('keeps the answer the server holds, to compare with mine', async () => {
    fakeFetch(
      conflict({
        current: {
          questionId: id(2),
          rating: 2,
          notAsked: false,
          note: 'Hesitant',
          version: 5,
          updatedAt: '2026-11-23T09:00:00.000Z',
        },
      }),
    );
    const failure = await failureOf(scorecardTransport.send(answerTarget, answer, 4, 'key-1'));
    expect(failure.kind).toBe('conflict');
    expect(failure.server).toEqual({
      version: 5,
      value: { rating: 2, notAsked: false, note: 'Hesitant' },
    });
  });

  it('reads an answer the server never saved as version 0, unrated', async () => {
    fakeFetch(conflict({ current: null }));
    const failure = await failureOf(scorecardTransport.send(answerTarget, answer, 1, 'key-2'));
    expect(failure.server).toEqual({
      version: 0,
      value: { rating: null, notAsked: false, note: '' },
    });
  });

  it('keeps the recommendation and summary the server holds', async () => {
    fakeFetch(
      conflict({
        current: { version: 7, status: 'draft', recommendation: 'no', summary: 'Not yet' },
      }),
    );
    const failure = await failureOf(
      scorecardTransport.send(
        { kind: 'scorecard', scorecardId: id(1) },
        { recommendation: 'yes', summary: '' },
        6,
        'key-3',
      ),
    );
    expect(failure.server).toEqual({
      version: 7,
      value: { recommendation: 'no', summary: 'Not yet' },
    });
  });
});
