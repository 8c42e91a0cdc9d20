import { AuditEventPage, Job, JobPage, Rubric } from '@calibrate/contracts';

import { insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { resetData, startTestApp, TestApp } from './test-app';

describe('jobs API', () => {
  let t: TestApp;
  let rubric: Rubric;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Screen', content: twoCategoryRubric() })
    ).body as Rubric;
    manager = await insertUser(t.dataSource, 'hiring_manager', 'Hana Manager');
  });

  const createJob = (overrides: object = {}) =>
    t.http.post('/api/v1/jobs').send({
      ...jobFields,
      hiringManagerIds: [manager],
      interviewPlan: [
        { name: 'Recruiter screen', rubricId: rubric.id },
        { name: 'Mock call', rubricId: rubric.id },
      ],
      ...overrides,
    });

  it('creates a job with its hiring managers and ordered interview plan', async () => {
    const response = await createJob();
    expect(response.status).toBe(201);
    const job = response.body as Job;
    expect(job).toMatchObject({ ...jobFields, status: 'open', hiringManagerIds: [manager] });
    expect(job.interviewPlan).toEqual([
      expect.objectContaining({
        position: 0,
        name: 'Recruiter screen',
        rubricId: rubric.id,
        rubricName: 'Screen',
        currentRubricVersionId: null,
      }),
      expect.objectContaining({ position: 1, name: 'Mock call' }),
    ]);
    expect((await t.http.get(`/api/v1/jobs/${job.id}`)).body).toEqual(job);
  });

  it('shows the rubric version a new round would pin once one is published', async () => {
    const job = (await createJob()).body as Job;
    const versionId = rubric.versions[0]?.id ?? '';
    await t.http.post(`/api/v1/rubric-versions/${versionId}/publish`);
    const reloaded = (await t.http.get(`/api/v1/jobs/${job.id}`)).body as Job;
    expect(reloaded.interviewPlan.map((round) => round.currentRubricVersionId)).toEqual([
      versionId,
      versionId,
    ]);
  });

  it('refuses unknown rubrics and people who are not hiring managers, field by field', async () => {
    const interviewer = await insertUser(t.dataSource, 'interviewer');
    const inactive = await insertUser(t.dataSource, 'hiring_manager', 'Gone Manager', false);
    const response = await createJob({
      hiringManagerIds: [manager, interviewer, inactive, manager],
      interviewPlan: [{ name: 'Screen', rubricId: '00000000-0000-4000-8000-000000000000' }],
      headcount: 0,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: ['headcount'] }],
    });

    const references = await createJob({
      hiringManagerIds: [manager, interviewer, inactive, manager],
      interviewPlan: [{ name: 'Screen', rubricId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(references.status).toBe(400);
    expect((references.body as { details: { path: unknown[]; code: string }[] }).details).toEqual([
      expect.objectContaining({ path: ['hiringManagerIds', 1], code: 'wrong_role' }),
      expect.objectContaining({ path: ['hiringManagerIds', 2], code: 'unknown_user' }),
      expect.objectContaining({ path: ['hiringManagerIds', 3], code: 'duplicate' }),
      expect.objectContaining({ path: ['interviewPlan', 0, 'rubricId'], code: 'unknown_rubric' }),
    ]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM jobs')).toEqual([{ n: 0 }]);
  });

  it('patches only the given fields, keeps the rest, and audits before and after', async () => {
    const job = (await createJob()).body as Job;
    const response = await t.http
      .patch(`/api/v1/jobs/${job.id}`)
      .send({ status: 'on_hold', headcount: 25 });
    expect(response.status).toBe(200);
    const patched = response.body as Job;
    expect(patched).toMatchObject({
      status: 'on_hold',
      headcount: 25,
      title: jobFields.title,
      hiringManagerIds: [manager],
    });
    expect(patched.interviewPlan.map((round) => round.name)).toEqual([
      'Recruiter screen',
      'Mock call',
    ]);

    const empty = await t.http.patch(`/api/v1/jobs/${job.id}`).send({});
    expect(empty.status).toBe(400);

    const events = (
      await t.http.get('/api/v1/audit-events').query({ entityType: 'job', entityId: job.id })
    ).body as AuditEventPage;
    expect(events.items.map((event) => event.action)).toEqual(['job.updated', 'job.created']);
    expect(events.items[0]).toMatchObject({
      before: { status: 'open', headcount: 40 },
      after: { status: 'on_hold', headcount: 25 },
    });
  });

  it('lists jobs newest first with a status filter and keyset pages', async () => {
    for (const title of ['A', 'B', 'C']) await createJob({ title });
    const onHold = (await createJob({ title: 'D' })).body as Job;
    await t.http.patch(`/api/v1/jobs/${onHold.id}`).send({ status: 'on_hold' });

    const first = (await t.http.get('/api/v1/jobs').query({ limit: 2 })).body as JobPage;
    const second = (await t.http.get('/api/v1/jobs').query({ limit: 2, cursor: first.nextCursor }))
      .body as JobPage;
    const held = (await t.http.get('/api/v1/jobs').query({ status: 'on_hold' })).body as JobPage;

    expect([...first.items, ...second.items].map((job) => job.title)).toEqual(['D', 'C', 'B', 'A']);
    expect(second.nextCursor).toBeNull();
    expect(held.items.map((job) => job.title)).toEqual(['D']);
    expect(held.items[0]?.interviewPlan).toHaveLength(2);
  });

  it('answers 404 for an unknown job', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const get = await t.http.get(`/api/v1/jobs/${missing}`);
    const patch = await t.http.patch(`/api/v1/jobs/${missing}`).send({ status: 'closed' });
    expect([get.status, patch.status]).toEqual([404, 404]);
    expect(get.body).toMatchObject({ code: 'NOT_FOUND', message: 'This job does not exist.' });
  });
});
