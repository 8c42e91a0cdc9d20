import { answerSchema, scorecardSchema } from '@calibrate/contracts';

import { ApiError, apiRequest } from '@/lib/api-client';

import { SaveResult, WriteBody, WriteFailure, WriteTarget, WriteTransport } from './save-queue';

/** What a 412 says the server holds: an answer, or the scorecard's fields. */
function serverVersion(target: WriteTarget, details: unknown): SaveResult {
  const current = (details as { current?: Record<string, unknown> | null } | undefined)?.current;
  if (!current) return { version: 0, value: { rating: null, notAsked: false, note: '' } };
  const { version, ...rest } = current;
  const value =
    target.kind === 'answer'
      ? { rating: rest.rating ?? null, notAsked: rest.notAsked ?? false, note: rest.note ?? '' }
      : { recommendation: rest.recommendation ?? null, summary: rest.summary ?? '' };
  return { version: Number(version), value };
}

/** Sends queued writes to the scorecard API with If-Match and Idempotency-Key. */
export const scorecardTransport: WriteTransport = {
  async send(target, body, baseVersion, idempotencyKey) {
    const headers = { 'if-match': `"${baseVersion}"`, 'idempotency-key': idempotencyKey };
    try {
      if (target.kind === 'answer') {
        const answer = await apiRequest(
          `/v1/scorecards/${target.scorecardId}/scores/${target.questionId}`,
          { method: 'PUT', body, headers, schema: answerSchema },
        );
        const value: WriteBody = {
          rating: answer.rating,
          notAsked: answer.notAsked,
          note: answer.note,
        };
        return { version: answer.version, value };
      }
      const scorecard = await apiRequest(`/v1/scorecards/${target.scorecardId}`, {
        method: 'PATCH',
        body,
        headers,
        schema: scorecardSchema,
      });
      return {
        version: scorecard.version,
        value: { recommendation: scorecard.recommendation, summary: scorecard.summary },
      };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'SCORECARD_VERSION_CONFLICT')
        throw new WriteFailure('conflict', error.message, serverVersion(target, error.details));
      // Signed out (the app asks to sign in again), rate limited, offline or a server error: retry.
      // A fetch that fails while the browser is offline never left it.
      const notSent = error.code === 'NETWORK_ERROR' && !navigator.onLine;
      if (error.isTransient || error.status === 401 || error.status === 429)
        throw new WriteFailure('transient', error.message, null, notSent);
      throw new WriteFailure('rejected', error.message);
    }
  },
};
