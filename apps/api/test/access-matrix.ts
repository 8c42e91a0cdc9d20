import type { IncomingMessage } from 'node:http';

import { Rubric } from '@calibrate/contracts';
import type { Response } from 'supertest';

import { interviewRows } from './access-matrix-interviews';
import { ssoRows } from './access-matrix-sso';
import { all, MatrixContext, missing, only, Row } from './access-matrix-types';
import { webhookRows } from './access-matrix-webhooks';
import { draftIfMatch, jobFields, twoCategoryRubric } from './fixtures';

/**
 * Who may do what: one row per route and object, with the status each role gets. The spec checks
 * that every route the API registers has a row.
 */
export function accessMatrix({ t: app, call, unique, candidateVersion }: MatrixContext): Row[] {
  return [
    { route: 'GET /api/health', send: (c) => call(c, 'get', '/api/health'), expect: all(200, 200) },
    { route: 'GET /api/ready', send: (c) => call(c, 'get', '/api/ready'), expect: all(200, 200) },
    {
      route: 'POST /api/auth/login',
      send: (c) =>
        call(c, 'post', '/api/auth/login').send({ email: 'nobody@example.com', password: 'wrong' }),
      expect: all(401, 401),
    },
    {
      route: 'POST /api/auth/logout',
      send: (c) => call(c, 'post', '/api/auth/logout'),
      expect: all(204),
    },
    { route: 'GET /api/auth/me', send: (c) => call(c, 'get', '/api/auth/me'), expect: all(200) },
    {
      route: 'POST /api/auth/password',
      send: (c) =>
        call(c, 'post', '/api/auth/password').send({
          currentPassword: 'not the password',
          newPassword: 'a long enough password',
        }),
      expect: all(400),
    },
    {
      route: 'GET /api/auth/password-reset/{token}',
      send: (c) => call(c, 'get', '/api/auth/password-reset/no-such-token'),
      expect: all(410, 410),
    },
    {
      route: 'POST /api/auth/password-reset',
      send: (c) =>
        call(c, 'post', '/api/auth/password-reset').send({
          token: 'no-such-token',
          password: 'a long enough password',
        }),
      expect: all(410, 410),
    },
    {
      route: 'GET /api/v1/people',
      send: (c) => call(c, 'get', '/api/v1/people'),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/rubric-questions',
      send: (c) => call(c, 'get', '/api/v1/rubric-questions?q=caller'),
      expect: only(['admin'], 200),
    },
    {
      route: 'GET /api/v1/users',
      send: (c) => call(c, 'get', '/api/v1/users'),
      expect: only(['admin'], 200),
    },
    {
      route: 'POST /api/v1/users',
      send: (c) =>
        call(c, 'post', '/api/v1/users').send({
          email: `u${unique()}@example.com`,
          name: 'U',
          role: 'interviewer',
          password: 'a long enough password',
        }),
      expect: only(['admin'], 201),
    },
    {
      route: 'PATCH /api/v1/users/{userId}',
      send: (c, w) =>
        call(c, 'patch', `/api/v1/users/${w.users.interviewer}`).send({ name: 'Ivy Interviewer' }),
      expect: only(['admin'], 200),
    },
    {
      route: 'POST /api/v1/users/{userId}/password-reset',
      send: (c, w) => call(c, 'post', `/api/v1/users/${w.users.interviewer}/password-reset`),
      expect: only(['admin'], 201),
    },
    {
      route: 'GET /api/v1/audit-events',
      send: (c, w) =>
        call(c, 'get', `/api/v1/audit-events?entityType=candidate&entityId=${w.candidate}`),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/audit-events',
      send: (c, w) =>
        call(c, 'get', `/api/v1/audit-events?entityType=candidate&entityId=${w.otherCandidate}`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 404 },
    },
    {
      route: 'GET /api/v1/calibration',
      send: (c) => call(c, 'get', '/api/v1/calibration'),
      expect: only(['admin', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/calibration',
      send: (c, w) => call(c, 'get', `/api/v1/calibration?jobId=${w.job}&from=2026-01`),
      expect: only(['admin', 'hiring_manager'], 200),
    },
    {
      // Another manager's job: an empty list for a hiring manager, as the pipeline's job filter.
      route: 'GET /api/v1/calibration',
      send: (c, w) => call(c, 'get', `/api/v1/calibration?jobId=${w.otherJob}`),
      expect: only(['admin', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/calibration',
      send: (c) => call(c, 'get', '/api/v1/calibration?from=2026-13'),
      expect: only(['admin', 'hiring_manager'], 400),
    },
    {
      route: 'GET /api/v1/validity',
      send: (c) => call(c, 'get', '/api/v1/validity'),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      // Another manager's job is not there for a hiring manager.
      route: 'GET /api/v1/validity',
      send: (c, w) => call(c, 'get', `/api/v1/validity?jobId=${w.otherJob}`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 403 },
    },
    {
      route: 'GET /api/v1/candidates/{candidateId}/outcomes',
      send: (c, w) => call(c, 'get', `/api/v1/candidates/${w.candidate}/outcomes`),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/candidates/{candidateId}/outcomes',
      send: (c, w) => call(c, 'get', `/api/v1/candidates/${w.otherCandidate}/outcomes`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 403 },
    },
    {
      // The world's candidate is not hired: allowed roles reach the stage check.
      route: 'PUT /api/v1/candidates/{candidateId}/outcomes',
      send: (c, w) =>
        call(c, 'put', `/api/v1/candidates/${w.candidate}/outcomes`).send({ csatPercent: 90 }),
      expect: only(['admin', 'recruiter'], 409),
    },
    {
      // An email on file for no one: allowed roles get the row's error, nothing is written.
      route: 'POST /api/v1/outcome-imports/check',
      send: (c) =>
        call(c, 'post', '/api/v1/outcome-imports/check').send({
          rows: [{ row: 2, email: `nobody${unique()}@example.com`, csatPercent: '90' }],
        }),
      expect: only(['admin', 'recruiter'], 200),
    },
    {
      route: 'POST /api/v1/outcome-imports',
      send: (c) =>
        call(c, 'post', '/api/v1/outcome-imports').send({
          rows: [{ row: 2, email: `nobody${unique()}@example.com`, csatPercent: '90' }],
        }),
      expect: only(['admin', 'recruiter'], 200),
    },
    {
      route: 'GET /api/v1/calibration/me',
      send: (c) => call(c, 'get', '/api/v1/calibration/me'),
      expect: all(200),
    },
    {
      route: 'POST /api/v1/calibration/fits',
      send: (c) => call(c, 'post', '/api/v1/calibration/fits'),
      expect: only(['admin'], 202),
    },
    {
      route: 'GET /api/v1/candidates',
      send: (c) => call(c, 'get', '/api/v1/candidates'),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/candidates/export',
      send: (c) => call(c, 'get', '/api/v1/candidates/export'),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/feedback-owed',
      send: (c) => call(c, 'get', '/api/v1/feedback-owed'),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      // The round has not started: nothing is owed yet, so those who may remind get a 404.
      route: 'POST /api/v1/scorecards/{scorecardId}/remind',
      send: (c, w) => call(c, 'post', `/api/v1/scorecards/${w.interviewerScorecard}/remind`),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 404),
    },
    {
      route: 'POST /api/v1/feedback-owed/remind',
      send: (c, w) =>
        call(c, 'post', '/api/v1/feedback-owed/remind').send({
          interviewerId: w.users.interviewer,
          jobId: w.job,
        }),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 409),
    },
    {
      route: 'GET /api/v1/email-outbox',
      send: (c) => call(c, 'get', '/api/v1/email-outbox'),
      expect: only(['admin'], 200),
    },
    {
      route: 'GET /api/v1/email-outbox/{emailId}',
      send: (c) => call(c, 'get', `/api/v1/email-outbox/${missing}`),
      expect: only(['admin'], 404),
    },
    {
      route: 'GET /api/v1/notifications',
      send: (c) => call(c, 'get', '/api/v1/notifications'),
      expect: all(200),
    },
    {
      route: 'POST /api/v1/notifications/{notificationId}/read',
      send: (c) => call(c, 'post', `/api/v1/notifications/${missing}/read`),
      expect: all(404),
    },
    {
      route: 'POST /api/v1/notifications/read-all',
      send: (c) => call(c, 'post', '/api/v1/notifications/read-all'),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/notification-preferences',
      send: (c) => call(c, 'get', '/api/v1/notification-preferences'),
      expect: all(200),
    },
    {
      route: 'PUT /api/v1/notification-preferences',
      send: (c) =>
        call(c, 'put', '/api/v1/notification-preferences').send({
          inApp: true,
          email: false,
          dailyDigest: false,
        }),
      expect: all(200),
    },
    {
      route: 'POST /api/v1/jobs/{jobId}/candidate-imports/check',
      send: (c, w) =>
        call(c, 'post', `/api/v1/jobs/${w.job}/candidate-imports/check`).send({
          rows: [{ row: 2, name: 'Checked', email: `chk${unique()}@example.com` }],
        }),
      expect: only(['admin', 'recruiter'], 200),
    },
    {
      route: 'POST /api/v1/jobs/{jobId}/candidate-imports',
      send: (c, w) =>
        call(c, 'post', `/api/v1/jobs/${w.job}/candidate-imports`).send({
          rows: [{ row: 2, name: 'Imported', email: `imp${unique()}@example.com` }],
        }),
      expect: only(['admin', 'recruiter'], 200),
    },
    {
      route: 'GET /api/v1/candidates/stage-counts',
      send: (c) => call(c, 'get', '/api/v1/candidates/stage-counts'),
      expect: all(200),
    },
    {
      route: 'POST /api/v1/candidates',
      send: (c) =>
        call(c, 'post', '/api/v1/candidates').send({
          name: 'New',
          email: `c${unique()}@example.com`,
        }),
      expect: only(['admin', 'recruiter'], 201),
    },
    {
      route: 'GET /api/v1/candidates/{candidateId}',
      send: (c, w) => call(c, 'get', `/api/v1/candidates/${w.candidate}`),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/candidates/{candidateId}',
      send: (c, w) => call(c, 'get', `/api/v1/candidates/${w.otherCandidate}`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 404 },
    },
    {
      route: 'PATCH /api/v1/candidates/{candidateId}',
      send: async (c, w) =>
        call(c, 'patch', `/api/v1/candidates/${w.candidate}`)
          .set('if-match', await candidateVersion(w.candidate))
          .send({ notes: `note ${unique()}` }),
      expect: only(['admin', 'recruiter'], 200),
    },
    {
      route: 'PATCH /api/v1/candidates/{candidateId}',
      send: async (c, w) =>
        call(c, 'patch', `/api/v1/candidates/${w.otherCandidate}`)
          .set('if-match', await candidateVersion(w.otherCandidate))
          .send({ notes: 'x' }),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 404 },
    },
    {
      route: 'POST /api/v1/candidates/{candidateId}/stage',
      send: async (c, w) => {
        const stage = (await app().http.get(`/api/v1/candidates/${w.candidate}`)).body as {
          stage: string;
        };
        return call(c, 'post', `/api/v1/candidates/${w.candidate}/stage`).send({
          stage: stage.stage === 'screening' ? 'interviewing' : 'screening',
        });
      },
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/candidates/{candidateId}/summary',
      send: (c, w) => call(c, 'get', `/api/v1/candidates/${w.candidate}/summary`),
      expect: all(200),
    },
    { route: 'GET /api/v1/jobs', send: (c) => call(c, 'get', '/api/v1/jobs'), expect: all(200) },
    {
      route: 'POST /api/v1/jobs',
      send: (c) => call(c, 'post', '/api/v1/jobs').send(jobFields),
      expect: only(['admin', 'recruiter'], 201),
    },
    {
      route: 'GET /api/v1/jobs/{jobId}',
      send: (c, w) => call(c, 'get', `/api/v1/jobs/${w.job}`),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/jobs/{jobId}',
      send: (c, w) => call(c, 'get', `/api/v1/jobs/${w.otherJob}`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 404 },
    },
    {
      route: 'PATCH /api/v1/jobs/{jobId}',
      send: (c, w) => call(c, 'patch', `/api/v1/jobs/${w.job}`).send({ headcount: 41 }),
      expect: only(['admin', 'recruiter'], 200),
    },
    {
      route: 'GET /api/v1/jobs/{jobId}/knock-out-what-if',
      send: (c, w) => call(c, 'get', `/api/v1/jobs/${w.job}/knock-out-what-if?minLanguageLevel=B2`),
      expect: only(['admin', 'recruiter'], 200),
    },
    {
      route: 'GET /api/v1/jobs/{jobId}/comparison',
      send: (c, w) =>
        call(
          c,
          'get',
          `/api/v1/jobs/${w.job}/comparison?candidateIds=${w.candidate},${w.thirdCandidate}`,
        ),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 200),
    },
    {
      route: 'GET /api/v1/jobs/{jobId}/comparison',
      send: (c, w) =>
        call(
          c,
          'get',
          `/api/v1/jobs/${w.otherJob}/comparison?candidateIds=${w.otherCandidate},${missing}`,
        ),
      // Interviewers may never compare, whatever the job: 403 for any id reveals nothing.
      expect: { anonymous: 401, admin: 400, recruiter: 400, hiring_manager: 404, interviewer: 403 },
    },
    {
      route: 'GET /api/v1/rubrics',
      send: (c) => call(c, 'get', '/api/v1/rubrics'),
      expect: all(200),
    },
    {
      route: 'POST /api/v1/rubrics',
      send: (c) => call(c, 'post', '/api/v1/rubrics').send({ name: `R ${unique()}` }),
      expect: only(['admin'], 201),
    },
    {
      route: 'GET /api/v1/rubrics/{rubricId}',
      send: (c, w) => call(c, 'get', `/api/v1/rubrics/${w.rubric.id}`),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/rubrics/{rubricId}/question-analysis',
      send: (c, w) => call(c, 'get', `/api/v1/rubrics/${w.rubric.id}/question-analysis`),
      expect: only(['admin'], 200),
    },
    {
      route: 'POST /api/v1/rubrics/{rubricId}/versions',
      send: async (c) => {
        const fresh = (
          await app()
            .http.post('/api/v1/rubrics')
            .send({ name: `V ${unique()}`, content: twoCategoryRubric() })
        ).body as Rubric;
        await app().http.post(`/api/v1/rubric-versions/${fresh.versions[0]?.id}/publish`);
        return call(c, 'post', `/api/v1/rubrics/${fresh.id}/versions`);
      },
      expect: only(['admin'], 201),
    },
    {
      route: 'GET /api/v1/rubric-versions/{versionId}',
      send: (c, w) => call(c, 'get', `/api/v1/rubric-versions/${w.version.id}`),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/rubric-versions/{versionId}/knock-out-what-if',
      send: (c, w) => call(c, 'get', `/api/v1/rubric-versions/${w.version.id}/knock-out-what-if`),
      expect: only(['admin'], 200),
    },
    {
      route: 'PUT /api/v1/rubric-versions/{versionId}',
      send: async (c) => {
        const fresh = (
          await app()
            .http.post('/api/v1/rubrics')
            .send({ name: `D ${unique()}` })
        ).body as Rubric;
        const versionId = fresh.versions[0]?.id ?? '';
        return call(c, 'put', `/api/v1/rubric-versions/${versionId}`)
          .set('if-match', await draftIfMatch(app().dataSource, versionId))
          .send(twoCategoryRubric());
      },
      expect: only(['admin'], 200),
    },
    {
      route: 'POST /api/v1/rubric-versions/{versionId}/publish',
      send: async (c) => {
        const fresh = (
          await app()
            .http.post('/api/v1/rubrics')
            .send({ name: `P ${unique()}`, content: twoCategoryRubric() })
        ).body as Rubric;
        return call(c, 'post', `/api/v1/rubric-versions/${fresh.versions[0]?.id}/publish`);
      },
      expect: only(['admin'], 200),
    },
    ...interviewRows({ t: app, call, unique, candidateVersion }),
    ...webhookRows({ t: app, call, unique, candidateVersion }),
    ...ssoRows({ t: app, call, unique, candidateVersion }),
    {
      // A stream: the row reads its head and first chunk, then hangs up (live-events.int-spec
      // tests what each role receives on it).
      route: 'GET /api/v1/events',
      send: (c) => call(c, 'get', '/api/v1/events').buffer(true).parse(firstChunkOfStream),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/interview-rounds/{roundId}/progress',
      send: (c, w) => call(c, 'get', `/api/v1/interview-rounds/${w.round}/progress`),
      expect: all(200),
    },
    {
      route: 'GET /api/v1/interview-rounds/{roundId}/progress',
      send: (c, w) => call(c, 'get', `/api/v1/interview-rounds/${w.otherRound}/progress`),
      expect: { anonymous: 401, admin: 200, recruiter: 200, hiring_manager: 404, interviewer: 404 },
    },
  ];
}

/** Superagent's parser for a response that may never end: an event stream stops at its first chunk. */
function firstChunkOfStream(
  res: Response,
  done: (error: Error | null, body: unknown) => void,
): void {
  // In Node, superagent hands its parser the incoming message itself.
  const response = res as unknown as IncomingMessage;
  let text = '';
  const stream = (response.headers['content-type'] ?? '').startsWith('text/event-stream');
  response.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    if (stream) {
      response.destroy();
      done(null, text);
    }
  });
  response.on('end', () => done(null, stream ? text : (JSON.parse(text || 'null') as unknown)));
}
