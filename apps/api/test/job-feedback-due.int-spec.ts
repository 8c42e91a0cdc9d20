import { FeedbackOwed, Job } from '@calibrate/contracts';

import { jobFields } from './fixtures';
import { buildScoringWorld, scheduleRound, ScoringWorld } from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

const HOUR = 3_600_000;

describe('a job’s own feedback deadline (feedbackDueHours)', () => {
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

  it('is null (the default) unless set, saves, clears, and is validated', async () => {
    expect(world.job.feedbackDueHours).toBeNull();
    const created = await t.http.post('/api/v1/jobs').send({ ...jobFields, feedbackDueHours: 48 });
    expect(created.status).toBe(201);
    expect((created.body as Job).feedbackDueHours).toBe(48);

    const id = (created.body as Job).id;
    const changed = await t.http.patch(`/api/v1/jobs/${id}`).send({ feedbackDueHours: 6 });
    expect((changed.body as Job).feedbackDueHours).toBe(6);
    // Another field's change keeps it.
    await t.http.patch(`/api/v1/jobs/${id}`).send({ headcount: 12 });
    expect(((await t.http.get(`/api/v1/jobs/${id}`)).body as Job).feedbackDueHours).toBe(6);
    const cleared = await t.http.patch(`/api/v1/jobs/${id}`).send({ feedbackDueHours: null });
    expect((cleared.body as Job).feedbackDueHours).toBeNull();

    for (const bad of [0, 721, 1.5, '24']) {
      const response = await t.http.patch(`/api/v1/jobs/${id}`).send({ feedbackDueHours: bad });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: ['feedbackDueHours'] })],
      });
    }
  });

  it('sets when Feedback owed counts a scorecard due', async () => {
    const round = await scheduleRound(t, world, { interviewerIds: [world.interviewers[0]] });
    const startedAt = new Date(Date.now() - 10 * HOUR);
    await t.dataSource.query(`UPDATE interview_rounds SET scheduled_at = $2 WHERE id = $1`, [
      round.id,
      startedAt,
    ]);
    const owed = async () =>
      ((await t.http.get(`/api/v1/feedback-owed?jobId=${world.job.id}`)).body as FeedbackOwed)
        .owed[0];

    // The default (24 hours): due 14 hours from now.
    const byDefault = await owed();
    expect(new Date(byDefault?.dueAt ?? '').getTime()).toBe(startedAt.getTime() + 24 * HOUR);
    expect(byDefault?.overdueHours).toBeLessThan(0);

    await t.http.patch(`/api/v1/jobs/${world.job.id}`).send({ feedbackDueHours: 4 });
    const ownDeadline = await owed();
    expect(new Date(ownDeadline?.dueAt ?? '').getTime()).toBe(startedAt.getTime() + 4 * HOUR);
    expect(ownDeadline?.overdueHours).toBeGreaterThan(5.9);
    expect(ownDeadline?.overdueHours).toBeLessThan(6.1);
  });
});
