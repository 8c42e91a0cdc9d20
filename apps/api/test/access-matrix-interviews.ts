import { Scorecard } from '@calibrate/contracts';

import { all, MatrixContext, only, Row } from './access-matrix-types';
import { asOwner } from './scoring-setup';

/** The matrix rows of interview rounds, My interviews and scorecards. */
export function interviewRows({ t: app, call }: MatrixContext): Row[] {
  // Each role books its own slot: the same round at the same time would be a duplicate (409).
  let bookings = 0;
  const nextSlot = () =>
    new Date(Date.UTC(2030, 11, 10, 9) + 86_400_000 * bookings++).toISOString();
  return [
    {
      route: 'GET /api/v1/interview-rounds',
      send: (c) => call(c, 'get', '/api/v1/interview-rounds'),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/my-interviews',
      send: (c) => call(c, 'get', '/api/v1/my-interviews'),
      expect: all(200),
    },
    {
      route: 'POST /api/v1/interview-rounds',
      send: (c, w) =>
        call(c, 'post', '/api/v1/interview-rounds').send({
          candidateId: w.candidate,
          jobId: w.job,
          name: 'Mock call',
          scheduledAt: nextSlot(),
          interviewerIds: [w.users.interviewer],
        }),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 201),
    },
    {
      route: 'GET /api/v1/interview-rounds/bookings',
      send: (c, w) =>
        call(c, 'get', '/api/v1/interview-rounds/bookings').query({
          interviewerIds: w.users.interviewer,
          scheduledAt: '2030-12-10T09:00:00Z',
        }),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/interview-rounds/{roundId}',
      send: (c, w) => call(c, 'get', `/api/v1/interview-rounds/${w.round}`),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/interview-rounds/{roundId}',
      send: (c, w) => call(c, 'get', `/api/v1/interview-rounds/${w.otherRound}`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 404 },
    },
    {
      route: 'PATCH /api/v1/interview-rounds/{roundId}',
      send: (c, w) =>
        call(c, 'patch', `/api/v1/interview-rounds/${w.round}`).send({
          scheduledAt: '2030-12-11T09:00:00Z',
        }),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/scorecards/{scorecardId}',
      send: (c, w) => call(c, 'get', `/api/v1/scorecards/${w.interviewerScorecard}`),
      // A draft is its owner's alone: admins and recruiters included.
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 200 },
    },
    {
      route: 'PUT /api/v1/scorecards/{scorecardId}/scores/{questionId}',
      send: async (c, w) => {
        const owner = await asOwner(app(), w.interviewerScorecard);
        const version =
          (
            (await owner.get(`/api/v1/scorecards/${w.interviewerScorecard}`)).body as Scorecard
          ).answers.find((a) => a.questionId === w.q1)?.version ?? 0;
        return call(c, 'put', `/api/v1/scorecards/${w.interviewerScorecard}/scores/${w.q1}`)
          .set('if-match', `"${version}"`)
          .send({ rating: 3 });
      },
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 200 },
    },
    {
      route: 'PATCH /api/v1/scorecards/{scorecardId}',
      send: async (c, w) => {
        const owner = await asOwner(app(), w.interviewerScorecard);
        const version = (
          (await owner.get(`/api/v1/scorecards/${w.interviewerScorecard}`)).body as Scorecard
        ).version;
        return call(c, 'patch', `/api/v1/scorecards/${w.interviewerScorecard}`)
          .set('if-match', `"${version}"`)
          .send({ summary: 'Solid' });
      },
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 200 },
    },
    {
      route: 'POST /api/v1/scorecards/{scorecardId}/submit',
      send: (c, w) =>
        call(c, 'post', `/api/v1/scorecards/${w.interviewerScorecard}/submit`).set(
          'if-match',
          '"99"',
        ),
      // The owner gets past access and meets the version check.
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 412 },
    },
    {
      route: 'POST /api/v1/scorecards/{scorecardId}/amendments',
      send: (c, w) =>
        call(c, 'post', `/api/v1/scorecards/${w.interviewerScorecard}/amendments`)
          .set('if-match', '"1"')
          .send({ reason: 'x', scores: [{ questionId: w.q1, rating: 3 }] }),
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 409 },
    },
    {
      route: 'GET /api/v1/scorecards/{scorecardId}/amendments',
      send: (c, w) => call(c, 'get', `/api/v1/scorecards/${w.interviewerScorecard}/amendments`),
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 200 },
    },
    {
      // Both panel members (the interviewer and the manager) still have drafts: independence.
      route: 'GET /api/v1/interview-rounds/{roundId}/answers',
      send: (c, w) => call(c, 'get', `/api/v1/interview-rounds/${w.round}/answers`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 403, interviewer: 403 },
    },
    {
      route: 'GET /api/v1/interview-rounds/{roundId}/answers',
      send: (c, w) => call(c, 'get', `/api/v1/interview-rounds/${w.otherRound}/answers`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 404 },
    },
    {
      route: 'POST /api/v1/scorecards/{scorecardId}/decline',
      send: (c, w) =>
        call(c, 'post', `/api/v1/scorecards/${w.declinable}/decline`).send({
          reason: 'Scheduling error',
        }),
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 200 },
    },
  ];
}
