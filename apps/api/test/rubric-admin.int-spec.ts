import { Job, People, QuestionBankItem, Rubric, RubricVersion } from '@calibrate/contracts';

import { anchors, draftIfMatch, insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { buildScoringWorld, scheduleRound } from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

describe('rubric and job administration API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  it('keeps follow-up prompts and lineage across versions, and counts the rounds using each version', async () => {
    const world = await buildScoringWorld(t);
    await scheduleRound(t, world);
    await scheduleRound(t, world, { scheduledAt: '2026-12-02T09:00:00.000Z' });
    const draft = (await t.http.post(`/api/v1/rubrics/${world.rubric.id}/versions`).expect(201))
      .body as RubricVersion;
    const content = {
      categories: draft.categories.map((category) => ({
        id: category.id,
        name: category.name,
        weight: category.weight,
        questions: category.questions.map((question, index) => ({
          id: question.id,
          text: question.text,
          anchors: question.anchors,
          followUps: index === 0 ? ['What did you say first?', 'How did it end?'] : [],
        })),
      })),
    };
    const saved = (
      await t.http
        .put(`/api/v1/rubric-versions/${draft.id}`)
        .set('if-match', await draftIfMatch(t.dataSource, draft.id))
        .send(content)
        .expect(200)
    ).body as RubricVersion;
    expect(saved.categories[0]?.questions[0]?.followUps).toEqual([
      'What did you say first?',
      'How did it end?',
    ]);
    // A new version's items are new rows of the same lineage: that is what a diff matches on.
    expect(saved.categories[0]?.questions[0]?.id).not.toBe(
      world.version.categories[0]?.questions[0]?.id,
    );
    expect(saved.categories[0]?.questions[0]?.lineageId).toBe(
      world.version.categories[0]?.questions[0]?.lineageId,
    );
    expect(saved.categories[0]?.lineageId).toBe(world.version.categories[0]?.lineageId);

    const rubric = (await t.http.get(`/api/v1/rubrics/${world.rubric.id}`).expect(200))
      .body as Rubric;
    expect(rubric.versions.map((v) => [v.version, v.status, v.roundCount])).toEqual([
      [2, 'draft', 0],
      [1, 'published', 2],
    ]);
    await t.http.post(`/api/v1/rubric-versions/${draft.id}/publish`).expect(200);
    const next = (await t.http.post(`/api/v1/rubrics/${world.rubric.id}/versions`).expect(201))
      .body as RubricVersion;
    expect(next.categories[0]?.questions[0]?.followUps).toHaveLength(2);
  });

  it('refuses more than 10 follow-ups, and over-long ones, leaving the draft as it was', async () => {
    const created = (
      await t.http
        .post('/api/v1/rubrics')
        .send({ name: 'R', content: twoCategoryRubric() })
        .expect(201)
    ).body as Rubric;
    const versionId = created.versions[0]?.id ?? '';
    const tooMany = twoCategoryRubric();
    const first = tooMany.categories[0]?.questions[0];
    if (first) first.followUps = Array.from({ length: 11 }, (_, i) => `Prompt ${i}`);
    const response = await t.http
      .put(`/api/v1/rubric-versions/${versionId}`)
      .set('if-match', await draftIfMatch(t.dataSource, versionId))
      .send(tooMany);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.body.details[0].path).toEqual(['categories', 0, 'questions', 0, 'followUps']);
    const version = (await t.http.get(`/api/v1/rubric-versions/${versionId}`))
      .body as RubricVersion;
    expect(version.categories[0]?.questions[0]?.followUps).toEqual([]);
  });

  it('searches questions of every rubric for the question bank, treating % and _ literally', async () => {
    await t.http
      .post('/api/v1/rubrics')
      .send({ name: 'Voice', content: twoCategoryRubric() })
      .expect(201);
    await t.http
      .post('/api/v1/rubrics')
      .send({
        name: 'Chat',
        content: {
          categories: [
            {
              name: 'Writing',
              weight: 1,
              questions: [
                { text: 'Reply to an upset caller by chat: 100% calm?', anchors: anchors('chat') },
              ],
            },
          ],
        },
      })
      .expect(201);
    const search = async (q: string) =>
      (
        (await t.http.get('/api/v1/rubric-questions').query({ q }).expect(200)).body as {
          items: QuestionBankItem[];
        }
      ).items;
    const upset = await search('UPSET CALLER');
    expect(upset.map((item) => [item.rubricName, item.text])).toEqual([
      ['Chat', 'Reply to an upset caller by chat: 100% calm?'],
      ['Voice', 'How do you calm an upset caller?'],
    ]);
    expect(upset[1]).toMatchObject({
      categoryName: 'Empathy',
      guidance: 'Acknowledges feelings first.',
      anchors: anchors('calm'),
      version: 1,
      versionStatus: 'draft',
    });
    expect((await search('100%')).map((item) => item.rubricName)).toEqual(['Chat']);
    expect(await search('1_0')).toEqual([]);
    const short = await t.http.get('/api/v1/rubric-questions').query({ q: 'a' });
    expect(short.status).toBe(400);
  });

  it('stores default interviewers per plan round and checks who they are', async () => {
    const world = await buildScoringWorld(t);
    const [ivy, hugo] = world.interviewers;
    const plan = [
      { name: 'Mock call', rubricId: world.rubric.id, defaultInterviewerIds: [hugo, ivy] },
    ];
    const job = (
      await t.http.patch(`/api/v1/jobs/${world.job.id}`).send({ interviewPlan: plan }).expect(200)
    ).body as Job;
    expect(job.interviewPlan[0]?.defaultInterviewerIds).toEqual([hugo, ivy]);
    expect(
      ((await t.http.get(`/api/v1/jobs/${world.job.id}`)).body as Job).interviewPlan[0]
        ?.defaultInterviewerIds,
    ).toEqual([hugo, ivy]);

    const inactive = await insertUser(t.dataSource, 'interviewer', 'Gone Person');
    await t.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [inactive]);
    const refused = await t.http
      .patch(`/api/v1/jobs/${world.job.id}`)
      .send({ interviewPlan: [{ ...plan[0], defaultInterviewerIds: [ivy, inactive] }] });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        path: ['interviewPlan', 0, 'defaultInterviewerIds', 1],
        code: 'unknown_user',
      }),
    ]);
    // Nothing already saved was lost.
    expect(
      ((await t.http.get(`/api/v1/jobs/${world.job.id}`)).body as Job).interviewPlan[0]
        ?.defaultInterviewerIds,
    ).toEqual([hugo, ivy]);

    const created = (
      await t.http
        .post('/api/v1/jobs')
        .send({ ...jobFields, interviewPlan: [{ name: 'Screen', rubricId: world.rubric.id }] })
        .expect(201)
    ).body as Job;
    expect(created.interviewPlan[0]?.defaultInterviewerIds).toEqual([]);
  });

  it('lists active people, without contact details, for scheduling', async () => {
    const world = await buildScoringWorld(t);
    const inactive = await insertUser(t.dataSource, 'interviewer', 'Gone Person');
    await t.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [inactive]);
    const people = (await t.http.get('/api/v1/people').expect(200)).body as People;
    const names = people.items.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Ivy Interviewer', 'Hugo Manager']));
    expect(names).not.toContain('Gone Person');
    expect(Object.keys(people.items[0] ?? {}).sort()).toEqual(['id', 'name', 'role']);
    expect(people.items.find((p) => p.id === world.interviewers[1])?.role).toBe('hiring_manager');
  });
});
