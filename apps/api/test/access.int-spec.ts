import { Rubric, RubricVersion } from '@calibrate/contracts';

import { accessMatrix } from './access-matrix';
import { Role, Who, World } from './access-matrix-types';
import { insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { scheduleRound, ScoringWorld } from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

const roles: Role[] = ['admin', 'recruiter', 'hiring_manager', 'interviewer'];

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

  const rows = accessMatrix({ t: () => t, call, unique, candidateVersion });

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
  // Not started (the remind rows expect nothing owed yet), whatever today is.
  const round = await scheduleRound(t, scoringWorld, { scheduledAt: '2030-06-03T09:00:00.000Z' });
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

/**
 * Fresh rounds a day apart: one at the same time would be a duplicate of the last. In 2031, after
 * the world's 2030 rounds and not started whatever today is: a started one is owed feedback, and
 * the remind row expects nothing owed.
 */
let declinableRounds = 0;

async function freshDeclinable(t: TestApp, world: World): Promise<string> {
  const round = await scheduleRound(
    t,
    {
      job: { id: world.job },
      candidate: { id: world.candidate },
      interviewers: [world.users.interviewer],
    } as unknown as ScoringWorld,
    {
      interviewerIds: [world.users.interviewer],
      scheduledAt: new Date(
        Date.UTC(2031, 0, 1, 9) + 86_400_000 * declinableRounds++,
      ).toISOString(),
    },
  );
  return round.scorecards[0]?.id ?? '';
}
