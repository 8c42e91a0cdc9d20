import { InterviewRound, InterviewRoundPage, RubricVersion, Scorecard } from '@calibrate/contracts';

import { anchors, draftIfMatch, insertUser } from './fixtures';
import {
  answer,
  asOwner,
  buildScoringWorld,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

describe('interview rounds API', () => {
  let t: TestApp;
  let world: ScoringWorld;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    world = await buildScoringWorld(t);
  });

  it('schedules a round pinned to the plan rubric’s published version, with a draft scorecard per interviewer', async () => {
    const round = await scheduleRound(t, world);
    expect(round).toMatchObject({
      candidateId: world.candidate.id,
      candidateName: 'Ana Cruz',
      jobId: world.job.id,
      name: 'Mock call',
      rubricVersionId: world.version.id,
      rubricName: 'Mock call',
      rubricVersion: 1,
      status: 'scheduled',
      scheduledAt: '2026-12-01T09:00:00.000Z',
    });
    expect(round.scorecards.map((s) => [s.interviewerName, s.status])).toEqual([
      ['Hugo Manager', 'draft'],
      ['Ivy Interviewer', 'draft'],
    ]);
    expect((await t.http.get(`/api/v1/interview-rounds/${round.id}`)).body).toEqual(round);
  });

  it('refuses the same round of a candidate twice at about the same time, even from two clicks at once', async () => {
    const book = (scheduledAt: string) =>
      t.http.post('/api/v1/interview-rounds').send({
        candidateId: world.candidate.id,
        jobId: world.job.id,
        name: 'Mock call',
        scheduledAt,
        interviewerIds: world.interviewers,
      });
    // Two clicks of "Schedule" in flight together: exactly one books.
    const [first, second] = await Promise.all([
      book('2026-12-01T09:00:00.000Z'),
      book('2026-12-01T09:00:00.000Z'),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const booked = (first.status === 201 ? first : second).body as InterviewRound;
    const refused = first.status === 409 ? first : second;
    expect(refused.body).toMatchObject({
      code: 'ROUND_DUPLICATE',
      details: { roundId: booked.id, scheduledAt: '2026-12-01T09:00:00.000Z' },
    });
    // Within the hour is the same slot; two hours later, or once cancelled, it is a new round.
    expect((await book('2026-12-01T09:45:00.000Z')).status).toBe(409);
    expect((await book('2026-12-01T11:00:00.000Z')).status).toBe(201);
    await t.http
      .patch(`/api/v1/interview-rounds/${booked.id}`)
      .send({ status: 'cancelled' })
      .expect(200);
    expect((await book('2026-12-01T09:00:00.000Z')).status).toBe(201);
    const rounds = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM interview_rounds WHERE candidate_id = $1`,
      [world.candidate.id],
    )) as { n: number }[];
    expect(rounds[0]?.n).toBe(3);
  });

  it('tells who of a new panel is already booked at that time', async () => {
    const round = await scheduleRound(t, world);
    const [hugo, ivy] = round.scorecards;
    const bookings = async (scheduledAt: string, interviewerIds = world.interviewers) =>
      (
        await t.http
          .get('/api/v1/interview-rounds/bookings')
          .query({ interviewerIds: interviewerIds.join(','), scheduledAt })
          .expect(200)
      ).body as { bookings: { interviewerName: string; roundId: string; roundName: string }[] };

    expect((await bookings('2026-12-01T09:30:00.000Z')).bookings).toEqual([
      expect.objectContaining({ interviewerName: 'Hugo Manager', roundId: round.id }),
      expect.objectContaining({ interviewerName: 'Ivy Interviewer', roundName: 'Mock call' }),
    ]);
    expect((await bookings('2026-12-01T10:00:00.000Z')).bookings).toEqual([]);
    // A declined scorecard frees its interviewer.
    await (
      await asOwner(t, ivy?.id ?? '')
    )
      .post(`/api/v1/scorecards/${ivy?.id ?? ''}/decline`)
      .send({ reason: 'On leave that day' })
      .expect(200);
    expect(
      (await bookings('2026-12-01T09:00:00.000Z')).bookings.map((b) => b.interviewerName),
    ).toEqual([hugo?.interviewerName]);
    const bad = await t.http
      .get('/api/v1/interview-rounds/bookings')
      .query({ interviewerIds: 'nobody', scheduledAt: 'soon' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('keeps a scheduled round on its version when the rubric moves on', async () => {
    const oldRound = await scheduleRound(t, world);
    const scorecardId = oldRound.scorecards[0]?.id ?? '';
    expect((await answer(t, scorecardId, world.q.q1, { rating: 4 })).status).toBe(200);

    const v2 = (await t.http.post(`/api/v1/rubrics/${world.rubric.id}/versions`))
      .body as RubricVersion;
    await t.http
      .put(`/api/v1/rubric-versions/${v2.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, v2.id))
      .send({
        categories: [
          {
            name: 'Rewritten',
            weight: 1,
            questions: [{ text: 'A brand new question', anchors: anchors('new') }],
          },
        ],
      });
    await t.http.post(`/api/v1/rubric-versions/${v2.id}/publish`);

    const newRound = await scheduleRound(t, world, { scheduledAt: '2026-12-02T09:00:00.000Z' });
    expect(newRound.rubricVersionId).toBe(v2.id);

    const old = (await t.http.get(`/api/v1/interview-rounds/${oldRound.id}`))
      .body as InterviewRound;
    expect(old.rubricVersionId).toBe(world.version.id);
    const scorecard = (
      await (await asOwner(t, scorecardId)).get(`/api/v1/scorecards/${scorecardId}`)
    ).body as Scorecard;
    expect(scorecard.scores.categories.map((c) => [c.name, c.score])).toEqual([
      ['Empathy', 4],
      ['Problem solving', null],
    ]);
    // A question of the new version is not on the old round's scorecard.
    const v2Question = v2.categories[0]?.questions[0]?.id ?? '';
    const published = (await t.http.get(`/api/v1/rubric-versions/${v2.id}`)).body as RubricVersion;
    const wrong = await answer(
      t,
      scorecardId,
      published.categories[0]?.questions[0]?.id ?? v2Question,
      { rating: 3 },
    );
    expect(wrong.status).toBe(404);
  });

  it('refuses rubrics that are not published and references that do not exist', async () => {
    const draftRubric = (await t.http.post('/api/v1/rubrics').send({ name: 'Draft only' }))
      .body as { id: string; versions: { id: string }[] };
    const draftVersion = await t.http.post('/api/v1/interview-rounds').send({
      candidateId: world.candidate.id,
      jobId: world.job.id,
      name: 'Extra',
      rubricVersionId: draftRubric.versions[0]?.id,
      scheduledAt: '2026-12-01T09:00:00Z',
      interviewerIds: world.interviewers,
    });
    expect(draftVersion.status).toBe(422);
    expect(draftVersion.body).toMatchObject({ code: 'RUBRIC_NOT_PUBLISHED' });

    const missing = '00000000-0000-4000-8000-000000000000';
    const references = await t.http.post('/api/v1/interview-rounds').send({
      candidateId: missing,
      jobId: world.job.id,
      name: 'Not in the plan',
      scheduledAt: '2026-12-01T09:00:00Z',
      interviewerIds: [missing],
    });
    expect(references.status).toBe(400);
    expect(
      (references.body as { details: { path: unknown[] }[] }).details.map((d) => d.path),
    ).toEqual([['candidateId'], ['interviewerIds', 0], ['rubricVersionId']]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM interview_rounds')).toEqual([
      { n: 0 },
    ]);
  });

  it('lists rounds in schedule order with filters and keyset pages', async () => {
    const other = await insertUser(t.dataSource, 'interviewer', 'Olga Other');
    await scheduleRound(t, world, { scheduledAt: '2026-12-03T09:00:00Z' });
    await scheduleRound(t, world, { scheduledAt: '2026-12-01T09:00:00Z' });
    await scheduleRound(t, world, { scheduledAt: '2026-12-02T09:00:00Z', interviewerIds: [other] });

    const first = (await t.http.get('/api/v1/interview-rounds').query({ limit: 2 }))
      .body as InterviewRoundPage;
    const rest = (
      await t.http.get('/api/v1/interview-rounds').query({ limit: 2, cursor: first.nextCursor })
    ).body as InterviewRoundPage;
    expect([...first.items, ...rest.items].map((r) => r.scheduledAt.slice(0, 10))).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);

    const mine = (await t.http.get('/api/v1/interview-rounds').query({ interviewerId: other }))
      .body as InterviewRoundPage;
    expect(mine.items.map((r) => r.scheduledAt.slice(0, 10))).toEqual(['2026-12-02']);
    const window = (
      await t.http
        .get('/api/v1/interview-rounds')
        .query({ from: '2026-12-02T00:00:00Z', to: '2026-12-03T00:00:00Z', jobId: world.job.id })
    ).body as InterviewRoundPage;
    expect(window.items).toHaveLength(1);
    const none = (await t.http.get('/api/v1/interview-rounds').query({ status: 'no_show' }))
      .body as InterviewRoundPage;
    expect(none.items).toEqual([]);
  });

  it('records a no-show once the round has begun, which then takes no scores, and can be rescheduled', async () => {
    const upcoming = await scheduleRound(t, world, {
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const early = await t.http
      .patch(`/api/v1/interview-rounds/${upcoming.id}`)
      .send({ status: 'no_show' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'ROUND_STATE_CONFLICT',
      message: 'A candidate can be a no-show only once the round has begun.',
    });

    const round = await scheduleRound(t, world, {
      scheduledAt: new Date(Date.now() - 600_000).toISOString(),
    });
    const noShow = await t.http
      .patch(`/api/v1/interview-rounds/${round.id}`)
      .send({ status: 'no_show' });
    expect(noShow.status).toBe(200);
    expect((noShow.body as InterviewRound).status).toBe('no_show');

    const scorecardId = round.scorecards[0]?.id ?? '';
    const refused = await answer(t, scorecardId, world.q.q1, { rating: 3 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'ROUND_NOT_ACTIVE',
      details: { roundStatus: 'no_show' },
    });

    const moved = await t.http
      .patch(`/api/v1/interview-rounds/${round.id}`)
      .send({ status: 'scheduled', scheduledAt: '2026-12-05T10:00:00Z' });
    expect(moved.body).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2026-12-05T10:00:00.000Z',
    });
    const moveCancelled = await t.http
      .patch(`/api/v1/interview-rounds/${round.id}`)
      .send({ status: 'cancelled', scheduledAt: '2026-12-06T10:00:00Z' });
    expect(moveCancelled.status).toBe(409);
  });

  it('completes a round once every owed scorecard is in, and then refuses to cancel it', async () => {
    const round = await scheduleRound(t, world);
    const [first, second] = round.scorecards.map((s) => s.id);
    await answer(t, first ?? '', world.q.q1, { rating: 3 });
    await answer(t, first ?? '', world.q.q2, { rating: 3 });
    await answer(t, first ?? '', world.q.q3, { rating: null, notAsked: true });
    await setRecommendation(t, first ?? '', 'yes');
    const submitted = await submit(t, first ?? '');
    expect([submitted.status, submitted.body]).toMatchObject([200, { status: 'submitted' }]);

    const cancel = await t.http
      .patch(`/api/v1/interview-rounds/${round.id}`)
      .send({ status: 'cancelled' });
    expect(cancel.status).toBe(409);
    expect(cancel.body).toMatchObject({ code: 'ROUND_STATE_CONFLICT' });

    expect(
      ((await t.http.get(`/api/v1/interview-rounds/${round.id}`)).body as InterviewRound).status,
    ).toBe('scheduled');
    const declined = await (
      await asOwner(t, second ?? '')
    )
      .post(`/api/v1/scorecards/${second}/decline`)
      .send({ reason: 'Scheduling error' });
    expect(declined.body).toMatchObject({ status: 'declined', declinedReason: 'Scheduling error' });
    const completed = (await t.http.get(`/api/v1/interview-rounds/${round.id}`))
      .body as InterviewRound;
    expect(completed.status).toBe('completed');
    expect(completed.scorecards.map((s) => s.status).sort()).toEqual(['declined', 'submitted']);
  });

  it('answers 404 for unknown rounds and scorecards', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const responses = await Promise.all([
      t.http.get(`/api/v1/interview-rounds/${missing}`),
      t.http.patch(`/api/v1/interview-rounds/${missing}`).send({ status: 'cancelled' }),
      t.http.get(`/api/v1/scorecards/${missing}`),
      t.http
        .put(`/api/v1/scorecards/${missing}/scores/${world.q.q1}`)
        .set('if-match', '"0"')
        .send({ rating: 3 }),
      t.http.post(`/api/v1/scorecards/${missing}/decline`).send({ reason: 'Scheduling error' }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(responses[0]?.body).toMatchObject({
      code: 'NOT_FOUND',
      message: 'This interview round does not exist.',
    });
  });

  it('refuses to decline a submitted scorecard, and a decline without a reason', async () => {
    const round = await scheduleRound(t, world);
    const id = round.scorecards[0]?.id ?? '';
    const noReason = await (
      await asOwner(t, id ?? '')
    )
      .post(`/api/v1/scorecards/${id}/decline`)
      .send({ reason: ' ' });
    expect(noReason.status).toBe(400);
    await answer(t, id, world.q.q1, { rating: 3 });
    await answer(t, id, world.q.q2, { rating: 3 });
    await answer(t, id, world.q.q3, { rating: 3 });
    await setRecommendation(t, id, 'no');
    await submit(t, id);
    const late = await (
      await asOwner(t, id ?? '')
    )
      .post(`/api/v1/scorecards/${id}/decline`)
      .send({ reason: 'Changed my mind' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'SCORECARD_SUBMITTED' });
  });

  it('refuses writes to a declined scorecard', async () => {
    const round = await scheduleRound(t, world);
    const id = round.scorecards[0]?.id ?? '';
    await (
      await asOwner(t, id ?? '')
    )
      .post(`/api/v1/scorecards/${id}/decline`)
      .send({ reason: 'Did not attend' });
    const write = await answer(t, id, world.q.q1, { rating: 3 });
    expect(write.status).toBe(409);
    expect(write.body).toMatchObject({ code: 'SCORECARD_DECLINED' });
  });

  it('refuses a plan round whose rubric has no published version yet', async () => {
    const unpublished = (await t.http.post('/api/v1/rubrics').send({ name: 'Still a draft' }))
      .body as { id: string };
    await t.http.patch(`/api/v1/jobs/${world.job.id}`).send({
      interviewPlan: [{ name: 'Chat test', rubricId: unpublished.id }],
    });
    const response = await t.http.post('/api/v1/interview-rounds').send({
      candidateId: world.candidate.id,
      jobId: world.job.id,
      name: 'Chat test',
      scheduledAt: '2026-12-01T09:00:00Z',
      interviewerIds: world.interviewers,
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'RUBRIC_NOT_PUBLISHED',
      details: { rubricId: unpublished.id },
    });
  });
});
