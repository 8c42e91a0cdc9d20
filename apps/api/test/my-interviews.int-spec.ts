import { MyInterviews } from '@calibrate/contracts';

import { insertUser } from './fixtures';
import {
  answer,
  buildScoringWorld,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('my interviews API', () => {
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

  const mine = async (userId: string) =>
    (await (await t.signInAs(userId)).get('/api/v1/my-interviews').expect(200))
      .body as MyInterviews;

  it('lists overdue drafts first, then the rest in schedule order, with progress', async () => {
    const [ivy] = world.interviewers;
    const tomorrow = await scheduleRound(t, world, { scheduledAt: hoursFromNow(26) });
    const lastWeek = await scheduleRound(t, world, { scheduledAt: hoursFromNow(-24 * 7) });
    const twoDaysAgo = await scheduleRound(t, world, { scheduledAt: hoursFromNow(-48) });
    const anHourAgo = await scheduleRound(t, world, { scheduledAt: hoursFromNow(-1) });
    const ivyCard = anHourAgo.scorecards.find((s) => s.interviewerId === ivy)?.id ?? '';
    await answer(t, ivyCard, world.q.q1, { rating: 3 });
    await answer(t, ivyCard, world.q.q2, { rating: null, notAsked: true });

    const result = await mine(ivy);
    expect(result.open.map((item) => item.roundId)).toEqual([
      lastWeek.id,
      twoDaysAgo.id,
      anHourAgo.id,
      tomorrow.id,
    ]);
    expect(result.open.map((item) => item.overdue)).toEqual([true, true, false, false]);
    expect(result.openTotal).toBe(4);
    expect(result.open[2]).toMatchObject({
      scorecardId: ivyCard,
      candidateName: 'Ana Cruz',
      jobTitle: world.job.title,
      roundName: 'Mock call',
      scorecardStatus: 'draft',
      answered: 2,
      questions: 3,
    });
    expect(result.recent).toEqual([]);
  });

  it('moves submitted, declined and no-show rounds to recent; never shows others’ rounds', async () => {
    const [ivy, hugo] = world.interviewers;
    const submitted = await scheduleRound(t, world, { scheduledAt: hoursFromNow(-3) });
    const declined = await scheduleRound(t, world, { scheduledAt: hoursFromNow(-2) });
    const noShow = await scheduleRound(t, world, { scheduledAt: hoursFromNow(-1) });
    const card = (round: typeof submitted, who: string) =>
      round.scorecards.find((s) => s.interviewerId === who)?.id ?? '';
    for (const q of [world.q.q1, world.q.q2, world.q.q3])
      await answer(t, card(submitted, ivy), q, { rating: 3 });
    await setRecommendation(t, card(submitted, ivy), 'yes');
    expect((await submit(t, card(submitted, ivy))).status).toBe(200);
    const ivyClient = await t.signInAs(ivy);
    await ivyClient
      .post(`/api/v1/scorecards/${card(declined, ivy)}/decline`)
      .send({ reason: 'Conflict of interest' })
      .expect(200);
    await ivyClient
      .patch(`/api/v1/interview-rounds/${noShow.id}`)
      .send({ status: 'no_show' })
      .expect(200);

    const ivys = await mine(ivy);
    expect(ivys.open).toEqual([]);
    expect(
      ivys.recent.map((item) => [item.roundId, item.scorecardStatus, item.roundStatus]),
    ).toEqual([
      // The latest round first, whenever its scorecard was sent.
      [noShow.id, 'draft', 'no_show'],
      [declined.id, 'declined', 'scheduled'],
      [submitted.id, 'submitted', 'scheduled'],
    ]);
    expect(ivys.recent.find((item) => item.roundId === declined.id)?.declinedReason).toBe(
      'Conflict of interest',
    );
    // Hugo still owes the submitted and the declined round; the no-show is owed by nobody.
    expect((await mine(hugo)).open.map((item) => item.roundId)).toEqual([
      submitted.id,
      declined.id,
    ]);
    const outsider = await insertUser(t.dataSource, 'interviewer', 'Olga Outsider');
    expect(await mine(outsider)).toEqual({ open: [], openTotal: 0, recent: [] });
  });

  it('needs a session', async () => {
    await t.anonymous.get('/api/v1/my-interviews').expect(401);
  });
});
