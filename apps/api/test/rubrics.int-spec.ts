import { AuditEventPage, Rubric, RubricVersion } from '@calibrate/contracts';

import { anchors, draftIfMatch, insertUser, twoCategoryRubric } from './fixtures';
import { resetData, startTestApp, TestApp } from './test-app';

describe('rubrics API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  async function createRubric(
    content = twoCategoryRubric(),
  ): Promise<{ rubric: Rubric; draft: RubricVersion }> {
    const created = await t.http
      .post('/api/v1/rubrics')
      .send({ name: 'Voice agent', description: 'Inbound', content });
    expect(created.status).toBe(201);
    const rubric = created.body as Rubric;
    const draft = (await t.http.get(`/api/v1/rubric-versions/${rubric.versions[0]?.id}`))
      .body as RubricVersion;
    return { rubric, draft };
  }

  const publish = (versionId: string) =>
    t.http.post(`/api/v1/rubric-versions/${versionId}/publish`);

  it('creates a rubric with a first draft holding the given content', async () => {
    const { rubric, draft } = await createRubric();

    expect(rubric).toMatchObject({
      name: 'Voice agent',
      description: 'Inbound',
      currentVersionId: null,
    });
    expect(rubric.versions).toEqual([
      expect.objectContaining({ version: 1, status: 'draft', publishedAt: null }),
    ]);
    expect(draft.categories.map((c) => [c.name, c.weight, c.questions.length])).toEqual([
      ['Empathy', 2, 2],
      ['Problem solving', 1, 1],
    ]);
    expect(draft.categories[0]?.questions[0]).toMatchObject({
      text: 'How do you calm an upset caller?',
      guidance: 'Acknowledges feelings first.',
      anchors: anchors('calm'),
      position: 0,
    });
    expect(draft.categories[1]?.questions[0]?.position).toBe(2);
  });

  it('edits a draft keeping the ids of kept items, and refuses ids from elsewhere', async () => {
    const { draft } = await createRubric();
    const [empathy, solving] = draft.categories;
    const kept = empathy?.questions[0];

    const edited = await t.http
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, draft.id))
      .send({
        categories: [
          {
            id: solving?.id,
            name: 'Problem solving',
            weight: 3,
            questions: [
              { id: kept?.id, text: 'How do you calm an angry caller?', anchors: anchors('calm') },
            ],
          },
          {
            name: 'Product knowledge',
            weight: 1,
            questions: [{ text: 'What does FCR mean?', anchors: anchors('fcr') }],
          },
        ],
      });
    expect(edited.status).toBe(200);
    const version = edited.body as RubricVersion;
    expect(version.categories.map((c) => c.name)).toEqual(['Problem solving', 'Product knowledge']);
    expect(version.categories[0]?.id).toBe(solving?.id);
    expect(version.categories[0]?.questions[0]).toMatchObject({
      id: kept?.id,
      text: 'How do you calm an angry caller?',
    });

    const foreign = await t.http
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, draft.id))
      .send({
        categories: [
          { id: '00000000-0000-4000-8000-000000000000', name: 'X', weight: 1, questions: [] },
        ],
      });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: ['categories', 0, 'id'], code: 'unknown_id' }],
    });
  });

  it('saves a draft only on top of the revision it was made on: a second admin gets 412 with the draft as it is', async () => {
    const { draft } = await createRubric();
    const other = await t.signInAs(await insertUser(t.dataSource, 'admin', 'Ola Other'));
    const opened = `"${draft.revision}"`;
    const mine = { categories: [{ name: 'Mine', weight: 1, questions: [] }] };
    const theirs = { categories: [{ name: 'Theirs', weight: 1, questions: [] }] };

    const first = await other
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', opened)
      .send(theirs);
    expect(first.status).toBe(200);
    expect((first.body as RubricVersion).revision).toBe(draft.revision + 1);

    // Made on the revision both opened: refused, and the 412 carries what the other admin saved.
    const stale = await t.http
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', opened)
      .send(mine);
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      code: 'RUBRIC_DRAFT_CONFLICT',
      details: { current: { id: draft.id, revision: draft.revision + 1 } },
    });
    const current = (stale.body as { details: { current: RubricVersion } }).details.current;
    expect(current.categories.map((c) => c.name)).toEqual(['Theirs']);
    const stored = (await t.http.get(`/api/v1/rubric-versions/${draft.id}`)).body as RubricVersion;
    expect(stored.categories.map((c) => c.name)).toEqual(['Theirs']);

    // Without If-Match nothing is saved either; on the current revision it is ("keep mine").
    const blind = await t.http.put(`/api/v1/rubric-versions/${draft.id}`).send(mine);
    expect(blind.status).toBe(428);
    expect(blind.body).toMatchObject({ code: 'PRECONDITION_REQUIRED' });
    const kept = await t.http
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', `"${current.revision}"`)
      .send(mine);
    expect(kept.status).toBe(200);
    expect((kept.body as RubricVersion).categories.map((c) => c.name)).toEqual(['Mine']);
  });

  it('refuses to publish an incomplete draft, listing what is missing', async () => {
    const { draft } = await createRubric({
      categories: [
        { name: '', weight: 0, questions: [{ text: ' ', anchors: anchors('x') }] },
        { name: 'Empty', weight: 1, questions: [] },
      ],
    });
    const response = await publish(draft.id);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      statusCode: 422,
      code: 'RUBRIC_VERSION_INCOMPLETE',
      details: [
        { path: ['categories', 0, 'name'] },
        { path: ['categories', 0, 'weight'] },
        { path: ['categories', 0, 'questions', 0, 'text'] },
        { path: ['categories', 1, 'questions'] },
      ],
    });
    expect(
      ((await t.http.get(`/api/v1/rubric-versions/${draft.id}`)).body as RubricVersion).status,
    ).toBe('draft');
  });

  it('publishes a draft, which then never changes', async () => {
    const { rubric, draft } = await createRubric();
    const published = await publish(draft.id);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'published',
      publishedAt: expect.any(String) as string,
    });
    expect(
      ((await t.http.get(`/api/v1/rubrics/${rubric.id}`)).body as Rubric).currentVersionId,
    ).toBe(draft.id);

    const edit = await t.http
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, draft.id))
      .send(twoCategoryRubric());
    const again = await publish(draft.id);
    for (const response of [edit, again]) {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'RUBRIC_VERSION_PUBLISHED',
        details: { versionId: draft.id, version: 1 },
      });
    }
    const unchanged = (await t.http.get(`/api/v1/rubric-versions/${draft.id}`))
      .body as RubricVersion;
    expect(unchanged.categories).toEqual(draft.categories);
  });

  it('starts a new version as a copy, one draft at a time, leaving the published one as it was', async () => {
    const { rubric, draft: v1 } = await createRubric();
    await publish(v1.id);

    const created = await t.http.post(`/api/v1/rubrics/${rubric.id}/versions`);
    expect(created.status).toBe(201);
    const v2 = created.body as RubricVersion;
    expect(v2).toMatchObject({ version: 2, status: 'draft' });
    expect(v2.categories.map((c) => c.questions.map((q) => q.text))).toEqual(
      v1.categories.map((c) => c.questions.map((q) => q.text)),
    );
    expect(v2.categories[0]?.questions[0]?.id).not.toBe(v1.categories[0]?.questions[0]?.id);

    const second = await t.http.post(`/api/v1/rubrics/${rubric.id}/versions`);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      code: 'RUBRIC_DRAFT_EXISTS',
      details: { versionId: v2.id, version: 2 },
    });

    await t.http
      .put(`/api/v1/rubric-versions/${v2.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, v2.id))
      .send({ categories: [] });
    const stillV1 = (await t.http.get(`/api/v1/rubric-versions/${v1.id}`)).body as RubricVersion;
    expect(stillV1.categories).toEqual(v1.categories);
    const listed = (await t.http.get('/api/v1/rubrics')).body as { items: Rubric[] };
    expect(listed.items[0]?.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    expect(listed.items[0]?.currentVersionId).toBe(v1.id);
  });

  it('answers 404 for unknown rubrics and versions, 400 for ids that are not UUIDs', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const rubric = await t.http.get(`/api/v1/rubrics/${missing}`);
    const version = await t.http
      .put(`/api/v1/rubric-versions/${missing}`)
      .set('if-match', await draftIfMatch(t.dataSource, missing))
      .send({ categories: [] });
    const newVersion = await t.http.post(`/api/v1/rubrics/${missing}/versions`);
    const malformed = await t.http.get('/api/v1/rubric-versions/not-a-uuid');
    expect([rubric.status, version.status, newVersion.status, malformed.status]).toEqual([
      404, 404, 404, 400,
    ]);
    expect(rubric.body).toMatchObject({
      code: 'NOT_FOUND',
      message: 'This rubric does not exist.',
    });
    expect(malformed.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: ['versionId'] }],
    });
  });

  it('refuses malformed content: five anchors per question', async () => {
    const response = await t.http.post('/api/v1/rubrics').send({
      name: 'Bad',
      content: {
        categories: [{ name: 'A', weight: 1, questions: [{ text: 'Q', anchors: ['only one'] }] }],
      },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      details: [
        {
          path: ['content', 'categories', 0, 'questions', 0, 'anchors'],
          message: 'Give one anchor per rating level, 1 to 5.',
        },
      ],
    });
  });

  it('records every change with before and after in the audit trail', async () => {
    const { draft } = await createRubric();
    await t.http
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, draft.id))
      .send({
        categories: [
          {
            name: 'Only',
            weight: 1,
            questions: [{ text: 'One question', anchors: anchors('one') }],
          },
        ],
      });
    await publish(draft.id);

    const response = await t.http
      .get('/api/v1/audit-events')
      .query({ entityType: 'rubric_version', entityId: draft.id });
    expect(response.status).toBe(200);
    const events = (response.body as AuditEventPage).items;
    expect(events.map((event) => event.action)).toEqual([
      'rubric_version.published',
      'rubric_version.updated',
    ]);
    const update = events[1];
    expect(
      (update?.before as { categories: { name: string }[] }).categories.map((c) => c.name),
    ).toEqual(['Empathy', 'Problem solving']);
    expect(
      (update?.after as { categories: { name: string }[] }).categories.map((c) => c.name),
    ).toEqual(['Only']);
    expect(events[0]).toMatchObject({
      before: { status: 'draft' },
      after: { status: 'published' },
      actorId: t.adminId,
    });
  });

  it('pages through a long history newest first (ids compared as numbers, not text)', async () => {
    const { draft } = await createRubric();
    for (let edit = 1; edit <= 12; edit += 1) {
      await t.http
        .put(`/api/v1/rubric-versions/${draft.id}`)
        .set('if-match', await draftIfMatch(t.dataSource, draft.id))
        .send({
          categories: [{ name: `Edit ${edit}`, weight: 1, questions: [] }],
        });
    }
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await t.http.get('/api/v1/audit-events').query({
          entityType: 'rubric_version',
          entityId: draft.id,
          limit: 5,
          ...(cursor ? { cursor } : {}),
        })
      ).body as AuditEventPage;
      names.push(
        ...page.items.map(
          (e) => (e.after as { categories: { name: string }[] }).categories[0]?.name ?? '',
        ),
      );
      cursor = page.nextCursor;
    } while (cursor);
    expect(names).toEqual(Array.from({ length: 12 }, (_, i) => `Edit ${12 - i}`));
  });
});
