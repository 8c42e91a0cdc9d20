import {
  CandidateSummary,
  Comparison,
  Rubric,
  RubricVersion,
  Scorecard,
} from '@calibrate/contracts';
import request from 'supertest';

import { insertUser, jobFields, twoCategoryRubric } from './fixtures';
import {
  answer,
  asOwner,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

type Role = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer';
type Who = Role | 'anonymous';
const roles: Role[] = ['admin', 'recruiter', 'hiring_manager', 'interviewer'];

/** The objects every row of the matrix points at. */
interface World {
  users: Record<Role, string>;
  rubric: Rubric;
  version: RubricVersion;
  /** A job the manager manages, a candidate in it, a round on which the interviewer and the manager sit. */
  job: string;
  candidate: string;
  round: string;
  interviewerScorecard: string;
  /** Another job, candidate and round none of them manages or sits on. */
  otherJob: string;
  otherCandidate: string;
  otherRound: string;
  thirdCandidate: string;
  declinable: string;
  q1: string;
}

interface Row {
  route: string;
  /** Sends the request as `client` (undefined: anonymous). */
  send: (client: Client | undefined, world: World) => Promise<request.Response>;
  expect: Record<Who, number>;
}

const missing = '00000000-0000-4000-8000-000000000000';
const all = (status: number, anonymous = 401): Record<Who, number> => ({
  anonymous,
  admin: status,
  recruiter: status,
  hiring_manager: status,
  interviewer: status,
});
const only = (allowed: Role[], ok: number, refused = 403): Record<Who, number> => ({
  anonymous: 401,
  admin: allowed.includes('admin') ? ok : refused,
  recruiter: allowed.includes('recruiter') ? ok : refused,
  hiring_manager: allowed.includes('hiring_manager') ? ok : refused,
  interviewer: allowed.includes('interviewer') ? ok : refused,
});

describe('who may do what', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    await resetData(t);
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  /** Sends as anonymous, or as a fresh session of the role's user (a logout row cannot disturb the next). */
  async function as(who: Who): Promise<Client | undefined> {
    return who === 'anonymous' ? undefined : t.signInAs(world.users[who]);
  }
  const call = (
    client: Client | undefined,
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
  ) => (client ? client[method](path) : t.anonymous[method](path));
  let sequence = 0;
  const unique = () => `${Date.now()}${++sequence}`;
  const candidateVersion = async (id: string) =>
    `"${((await t.http.get(`/api/v1/candidates/${id}`)).body as { version: number }).version}"`;

  const rows: Row[] = [
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
        const stage = (await t.http.get(`/api/v1/candidates/${w.candidate}`)).body as {
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
      route: 'POST /api/v1/rubrics/{rubricId}/versions',
      send: async (c) => {
        const fresh = (
          await t.http
            .post('/api/v1/rubrics')
            .send({ name: `V ${unique()}`, content: twoCategoryRubric() })
        ).body as Rubric;
        await t.http.post(`/api/v1/rubric-versions/${fresh.versions[0]?.id}/publish`);
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
      route: 'PUT /api/v1/rubric-versions/{versionId}',
      send: async (c) => {
        const fresh = (await t.http.post('/api/v1/rubrics').send({ name: `D ${unique()}` }))
          .body as Rubric;
        return call(c, 'put', `/api/v1/rubric-versions/${fresh.versions[0]?.id}`).send(
          twoCategoryRubric(),
        );
      },
      expect: only(['admin'], 200),
    },
    {
      route: 'POST /api/v1/rubric-versions/{versionId}/publish',
      send: async (c) => {
        const fresh = (
          await t.http
            .post('/api/v1/rubrics')
            .send({ name: `P ${unique()}`, content: twoCategoryRubric() })
        ).body as Rubric;
        return call(c, 'post', `/api/v1/rubric-versions/${fresh.versions[0]?.id}/publish`);
      },
      expect: only(['admin'], 200),
    },
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
          scheduledAt: '2026-12-10T09:00:00Z',
          interviewerIds: [w.users.interviewer],
        }),
      expect: only(['admin', 'recruiter', 'hiring_manager'], 201),
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
          scheduledAt: '2026-12-11T09:00:00Z',
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
        const owner = await asOwnerOf(t, w.interviewerScorecard);
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
        const owner = await asOwnerOf(t, w.interviewerScorecard);
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
      route: 'POST /api/v1/scorecards/{scorecardId}/decline',
      send: (c, w) =>
        call(c, 'post', `/api/v1/scorecards/${w.declinable}/decline`).send({
          reason: 'Scheduling error',
        }),
      expect: { anonymous: 401, admin: 404, recruiter: 404, hiring_manager: 404, interviewer: 200 },
    },
  ];

  it('has a row for every route the API registers', async () => {
    const document = (await t.anonymous.get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const registered = Object.entries(document.paths)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect([...new Set(rows.map((row) => row.route))].sort()).toEqual(registered);
  });

  describe.each(['anonymous', ...roles] as Who[])('as %s', (who) => {
    it.each(rows.map((row, index) => [`${row.route} #${index}`, row] as const))(
      '%s',
      async (_name, row) => {
        // The declinable scorecard is declined once: give each role its own.
        if (row.route.endsWith('/decline')) world.declinable = await freshDeclinable(t, world);
        const response = await row.send(await as(who), world);
        expect({
          status: response.status,
          body: response.status >= 400 ? (response.body as { code: string }).code : undefined,
        }).toMatchObject({
          status: row.expect[who],
        });
      },
    );
  });
});

async function asOwnerOf(t: TestApp, scorecardId: string): Promise<Client> {
  return asOwner(t, scorecardId);
}

async function buildWorld(t: TestApp): Promise<World> {
  const users: Record<Role, string> = {
    admin: t.adminId,
    recruiter: await insertUser(t.dataSource, 'recruiter', 'Rosa Recruiter'),
    hiring_manager: await insertUser(t.dataSource, 'hiring_manager', 'Marco Manager'),
    interviewer: await insertUser(t.dataSource, 'interviewer', 'Ivy Interviewer'),
  };
  const outsider = await insertUser(t.dataSource, 'interviewer', 'Olga Outsider');
  const rubric = (
    await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
  ).body as Rubric;
  const version = (await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id}/publish`))
    .body as RubricVersion;
  const plan = [{ name: 'Mock call', rubricId: rubric.id }];
  const job = (
    await t.http
      .post('/api/v1/jobs')
      .send({ ...jobFields, hiringManagerIds: [users.hiring_manager], interviewPlan: plan })
  ).body as { id: string };
  const otherJob = (
    await t.http.post('/api/v1/jobs').send({ ...jobFields, title: 'Other', interviewPlan: plan })
  ).body as { id: string };
  const candidate = (
    await t.http
      .post('/api/v1/candidates')
      .send({ name: 'Ana Cruz', email: 'ana@example.com', jobId: job.id })
  ).body as { id: string };
  const thirdCandidate = (
    await t.http
      .post('/api/v1/candidates')
      .send({ name: 'Ben Ocampo', email: 'ben@example.com', jobId: job.id })
  ).body as { id: string };
  const otherCandidate = (
    await t.http
      .post('/api/v1/candidates')
      .send({ name: 'Cora Lim', email: 'cora@example.com', jobId: otherJob.id })
  ).body as {
    id: string;
  };
  const scoringWorld = {
    job: { id: job.id },
    candidate: { id: candidate.id },
    interviewers: [users.interviewer, users.hiring_manager],
  } as unknown as ScoringWorld;
  const round = await scheduleRound(t, scoringWorld);
  const otherRound = await scheduleRound(
    t,
    {
      ...scoringWorld,
      job: { id: otherJob.id },
      candidate: { id: otherCandidate.id },
      interviewers: [outsider],
    } as unknown as ScoringWorld,
    {
      interviewerIds: [outsider],
    },
  );
  const interviewerScorecard =
    round.scorecards.find((s) => s.interviewerId === users.interviewer)?.id ?? '';
  const world: World = {
    users,
    rubric,
    version,
    job: job.id,
    candidate: candidate.id,
    round: round.id,
    interviewerScorecard,
    otherJob: otherJob.id,
    otherCandidate: otherCandidate.id,
    otherRound: otherRound.id,
    thirdCandidate: thirdCandidate.id,
    declinable: '',
    q1: version.categories[0]?.questions[0]?.id ?? '',
  };
  return world;
}

async function freshDeclinable(t: TestApp, world: World): Promise<string> {
  const round = await scheduleRound(
    t,
    {
      job: { id: world.job },
      candidate: { id: world.candidate },
      interviewers: [world.users.interviewer],
    } as unknown as ScoringWorld,
    { interviewerIds: [world.users.interviewer] },
  );
  return round.scorecards[0]?.id ?? '';
}

describe('independence and object access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  /** A job, a candidate and a round on a panel of two: A (an interviewer, unless told) and Bob. */
  async function panel(
    first: { role: 'interviewer' | 'hiring_manager'; name: string } = {
      role: 'interviewer',
      name: 'Alice Panel',
    },
  ) {
    const a = await insertUser(t.dataSource, first.role, first.name);
    const b = await insertUser(t.dataSource, 'interviewer', 'Bob Panel');
    const rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id}/publish`))
      .body as RubricVersion;
    const job = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        // A hiring manager on the panel manages the job too.
        hiringManagerIds: first.role === 'hiring_manager' ? [a] : [],
        interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }],
      })
    ).body as { id: string };
    const candidate = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Dee Santos', email: 'dee@example.com', jobId: job.id })
    ).body as { id: string };
    const round = await scheduleRound(t, {
      job,
      candidate,
      interviewers: [a, b],
    } as unknown as ScoringWorld);
    const q = version.categories.flatMap((c) => c.questions.map((question) => question.id));
    const scorecardOf = (user: string) =>
      round.scorecards.find((s) => s.interviewerId === user)?.id ?? '';
    const complete = async (scorecardId: string, rating: number, recommendation: string) => {
      for (const question of q)
        await answer(t, scorecardId, question, { rating, note: 'evidence' });
      await setRecommendation(t, scorecardId, recommendation);
      return submit(t, scorecardId);
    };
    return {
      a,
      b,
      job: job.id,
      candidate: candidate.id,
      scorecardA: scorecardOf(a),
      scorecardB: scorecardOf(b),
      complete,
      q,
    };
  }

  it('keeps a panel member from another’s scores until their own is submitted', async () => {
    const p = await panel();
    const alice = await t.signInAs(p.a);
    const bob = await t.signInAs(p.b);
    expect((await p.complete(p.scorecardB, 2, 'no')).status).toBe(200);

    // Alice still has a draft: Bob's submitted scorecard and the panel's results are hidden from her.
    expect((await alice.get(`/api/v1/scorecards/${p.scorecardB}`)).status).toBe(404);
    const before = (await alice.get(`/api/v1/candidates/${p.candidate}/summary`))
      .body as CandidateSummary;
    expect(before.rounds[0]?.scores.weightedScore100).toBeNull();
    expect(
      before.rounds[0]?.interviewers.every(
        (i) => i.recommendation === null && i.weightedScore100 === null,
      ),
    ).toBe(true);
    expect(before.overall).toMatchObject({ weightedScore100: null, recommendations: { no: 0 } });

    expect((await p.complete(p.scorecardA, 4, 'yes')).status).toBe(200);
    const theirs = await alice.get(`/api/v1/scorecards/${p.scorecardB}`);
    expect(theirs.status).toBe(200);
    expect((theirs.body as Scorecard).recommendation).toBe('no');
    const after = (await alice.get(`/api/v1/candidates/${p.candidate}/summary`))
      .body as CandidateSummary;
    expect(after.rounds[0]?.recommendations).toMatchObject({ yes: 1, no: 1 });
    expect(after.overall.weightedScore100).toBe(50);
    // Bob, submitted first, sees Alice's now too.
    expect((await bob.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(200);
  });

  it('hides a panel’s results and the stored score from a managing panel member until their own is submitted', async () => {
    const p = await panel({ role: 'hiring_manager', name: 'Mara Manager' });
    const eli = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Eli Ramos', email: 'eli@example.com', jobId: p.job })
    ).body as { id: string };
    await p.complete(p.scorecardB, 2, 'yes');
    const mara = await t.signInAs(p.a);
    const compare = async () => {
      const response = await mara
        .get(`/api/v1/jobs/${p.job}/comparison`)
        .query({ candidateIds: `${p.candidate},${eli.id}` });
      expect(response.status).toBe(200);
      return response.body as Comparison;
    };

    const listedScore = async (client: Client) => {
      const page = (await client.get('/api/v1/candidates').query({ jobId: p.job })).body as {
        items: { id: string; score: number | null; scoreHidden: boolean }[];
      };
      const detail = (await client.get(`/api/v1/candidates/${p.candidate}`)).body as {
        score: number | null;
        scoreHidden: boolean;
      };
      const listed = page.items.find((c) => c.id === p.candidate);
      return [listed?.score, listed?.scoreHidden, detail.score, detail.scoreHidden];
    };
    const bob = await t.signInAs(p.b);

    // The stored overall score pools the panel: hidden from a manager with a draft on the panel,
    // and from interviewers always (nor may they sort or filter by it); admins see it.
    expect(await listedScore(t.http)).toEqual([25, false, 25, false]);
    expect(await listedScore(mara)).toEqual([null, true, null, true]);
    expect(await listedScore(bob)).toEqual([null, true, null, true]);
    for (const query of [{ sort: 'score' }, { minScore: '10' }]) {
      expect((await bob.get('/api/v1/candidates').query(query)).status).toBe(403);
      expect((await mara.get('/api/v1/candidates').query(query)).status).toBe(200);
    }

    // Mara's own scorecard is a draft: Bob's scores, ratings and notes stay hidden from her.
    const before = await compare();
    expect(before.candidates[0]?.overall.weightedScore100).toBeNull();
    expect(before.candidates[0]?.rounds[0]?.weightedScore100).toBeNull();
    expect(before.questions).toEqual([]);

    await p.complete(p.scorecardA, 4, 'yes');
    const after = await compare();
    expect(after.candidates[0]?.overall.weightedScore100).toBe(50);
    expect(await listedScore(mara)).toEqual([50, false, 50, false]);
    expect(await listedScore(bob)).toEqual([null, true, null, true]);
    expect(after.questions[0]?.candidates[0]?.ratings.map((r) => r.rating)).toEqual([2, 4]);
  });

  it('lets no interviewer read or write another’s scorecard by id (IDOR)', async () => {
    const p = await panel();
    const bob = await t.signInAs(p.b);
    const read = await bob.get(`/api/v1/scorecards/${p.scorecardA}`);
    const write = await bob
      .put(`/api/v1/scorecards/${p.scorecardA}/scores/${p.q[0]}`)
      .set('if-match', '"0"')
      .send({ rating: 1, note: 'sabotage' });
    const submitIt = await bob
      .post(`/api/v1/scorecards/${p.scorecardA}/submit`)
      .set('if-match', '"1"');
    expect([read.status, write.status, submitIt.status]).toEqual([404, 404, 404]);
    expect(
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM scorecard_answers WHERE scorecard_id = $1`,
        [p.scorecardA],
      ),
    ).toEqual([{ n: 0 }]);

    // Once both submitted, Bob may read Alice's scorecard but still not change it.
    await p.complete(p.scorecardA, 3, 'yes');
    await p.complete(p.scorecardB, 3, 'yes');
    const amend = await bob
      .post(`/api/v1/scorecards/${p.scorecardA}/amendments`)
      .set('if-match', '"9"')
      .send({ reason: 'x', scores: [{ questionId: p.q[0], rating: 1, note: 'n' }] });
    expect(amend.status).toBe(403);
  });

  it('shows admins and recruiters submitted scorecards only', async () => {
    const p = await panel();
    const recruiter = await t.signInAs(await insertUser(t.dataSource, 'recruiter'));
    await answer(t, p.scorecardA, p.q[0] ?? '', { rating: 4 });
    expect((await t.http.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(404);
    expect((await recruiter.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(404);
    await p.complete(p.scorecardA, 4, 'yes');
    expect((await t.http.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(200);
    expect((await recruiter.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(200);
  });

  it('lists for an interviewer only their rounds and those rounds’ candidates', async () => {
    const p = await panel();
    await t.http
      .post('/api/v1/candidates')
      .send({ name: 'Not Theirs', email: 'nottheirs@example.com' });
    const alice = await t.signInAs(p.a);
    const candidates = (await alice.get('/api/v1/candidates')).body as {
      items: { name: string }[];
    };
    const rounds = (await alice.get('/api/v1/interview-rounds')).body as { items: unknown[] };
    expect(candidates.items.map((c) => c.name)).toEqual(['Dee Santos']);
    const counts = (await alice.get('/api/v1/candidates/stage-counts')).body as Record<
      string,
      number
    >;
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(rounds.items).toHaveLength(1);
    const jobs = (await alice.get('/api/v1/jobs')).body as { items: unknown[] };
    expect(jobs.items).toHaveLength(1);
  });
});
