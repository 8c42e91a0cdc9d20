import { answerSchema, scorecardSchema } from '@calibrate/contracts';

import { ApiError, apiRequest } from '@/lib/api-client';
import { errorDetailsOf } from '@/lib/error-details';

import { WriteFailure, WriteTransport } from './save-queue';
import { SaveResult, WriteKind, WriteTarget, WriteValue } from './write-targets';

type Headers = Record<string, string>;

/** One sender per kind of target: the request it makes, and what a 412 says the server holds. */
type Senders = {
  [K in WriteKind]: {
    send(target: WriteTarget<K>, body: WriteValue<K>, headers: Headers): Promise<SaveResult<K>>;
    current(error: ApiError): SaveResult<K>;
  };
};

const senders: Senders = {
  answer: {
    async send(target, body, headers) {
      const answer = await apiRequest(
        `/v1/scorecards/${target.scorecardId}/scores/${target.questionId}`,
        { method: 'PUT', body, headers, schema: answerSchema },
      );
      return {
        version: answer.version,
        value: { rating: answer.rating, notAsked: answer.notAsked, note: answer.note },
      };
    },
    current(error) {
      const current = errorDetailsOf(error, 'SCORECARD_VERSION_CONFLICT')?.current;
      // No answer on the server (or none readable): version 0, nothing rated.
      if (!current || !('questionId' in current))
        return { version: 0, value: { rating: null, notAsked: false, note: '' } };
      return {
        version: current.version,
        value: { rating: current.rating, notAsked: current.notAsked, note: current.note },
      };
    },
  },
  scorecard: {
    async send(target, body, headers) {
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
    },
    current(error) {
      const current = errorDetailsOf(error, 'SCORECARD_VERSION_CONFLICT')?.current;
      if (!current || 'questionId' in current)
        return { version: 0, value: { recommendation: null, summary: '' } };
      return {
        version: current.version,
        value: { recommendation: current.recommendation, summary: current.summary },
      };
    },
  },
};

/** Sends queued writes to the scorecard API with If-Match and Idempotency-Key. */
export const scorecardTransport: WriteTransport = {
  async send(target, body, baseVersion, idempotencyKey) {
    const headers = { 'if-match': `"${baseVersion}"`, 'idempotency-key': idempotencyKey };
    const sender = senders[target.kind];
    try {
      return await sender.send(target, body, headers);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'SCORECARD_VERSION_CONFLICT')
        throw new WriteFailure('conflict', error.message, sender.current(error));
      // Signed out (the app asks to sign in again), rate limited, offline or a server error: retry.
      // A fetch that fails while the browser is offline never left it.
      const notSent = error.code === 'NETWORK_ERROR' && !navigator.onLine;
      if (error.isTransient || error.status === 401 || error.status === 429)
        throw new WriteFailure('transient', error.message, null, notSent);
      throw new WriteFailure('rejected', error.message);
    }
  },
};
