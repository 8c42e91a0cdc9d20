import { Answer, InterviewRound, Scorecard } from '@calibrate/contracts';

import { asOwner, buildScoringWorld, scheduleRound, ScoringWorld } from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

/**
 * Idempotency keys belong to the user who sent them (issue 18): another user's request with the
 * same key is a request of its own, not a 422 collision, and never replays someone else's
 * response; the same user's retry still replays.
 */
describe('security: idempotency keys are per user', () => {
  let t: TestApp;
  let world: ScoringWorld;
  let round: InterviewRound;
  let first: { client: Client; scorecardId: string };
  let second: { client: Client; scorecardId: string };
  const KEY = 'shared-key-0001';

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    world = await buildScoringWorld(t);
    round = await scheduleRound(t, world);
    const [a, b] = round.scorecards.map((scorecard) => scorecard.id);
    if (!a || !b) throw new Error('two scorecards expected');
    first = { client: await asOwner(t, a), scorecardId: a };
    second = { client: await asOwner(t, b), scorecardId: b };
    const interviewers = (await t.dataSource.query(
      `SELECT DISTINCT interviewer_id FROM scorecards WHERE id IN ($1, $2)`,
      [a, b],
    )) as unknown[];
    expect(interviewers).toHaveLength(2);
  });

  const saveAnswer = (who: { client: Client; scorecardId: string }, rating: number, key = KEY) =>
    who.client
      .put(`/api/v1/scorecards/${who.scorecardId}/scores/${world.q.q1}`)
      .set('if-match', '"0"')
      .set('idempotency-key', key)
      .send({ rating });
  const versionOf = async (who: { client: Client; scorecardId: string }) =>
    ((await who.client.get(`/api/v1/scorecards/${who.scorecardId}`)).body as Scorecard).version;
  const setRecommendation = (
    who: { client: Client; scorecardId: string },
    recommendation: string,
    version: number,
  ) =>
    who.client
      .patch(`/api/v1/scorecards/${who.scorecardId}`)
      .set('if-match', `"${version}"`)
      .set('idempotency-key', KEY)
      .send({ recommendation });

  it('lets two users use the same key for their own answers, independently', async () => {
    const byFirst = await saveAnswer(first, 4);
    const bySecond = await saveAnswer(second, 2);
    expect(byFirst.status).toBe(200);
    expect(bySecond.status).toBe(200);
    expect((bySecond.body as Answer).rating).toBe(2);

    const stored = (await t.dataSource.query(
      `SELECT rating FROM scorecard_answers WHERE scorecard_id = $1`,
      [second.scorecardId],
    )) as { rating: number }[];
    expect(stored).toEqual([{ rating: 2 }]);
  });

  it('lets two users use the same key for scorecard updates (the transactional path)', async () => {
    const byFirst = await setRecommendation(first, 'yes', await versionOf(first));
    const bySecond = await setRecommendation(second, 'no', await versionOf(second));
    expect([byFirst.status, bySecond.status]).toEqual([200, 200]);
    expect((bySecond.body as Scorecard).recommendation).toBe('no');
    expect((bySecond.body as Scorecard).id).toBe(second.scorecardId);
  });

  it('still replays the same user’s retry, and refuses the same user’s key on other content', async () => {
    const original = await saveAnswer(first, 4);
    await saveAnswer(second, 3);
    const retry = await saveAnswer(first, 4);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(original.body);
    expect((retry.body as Answer).version).toBe(1);

    const reused = await saveAnswer(first, 5);
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    // A fresh key: the one above is taken by the answer.
    const version = await versionOf(first);
    const patch = () =>
      first.client
        .patch(`/api/v1/scorecards/${first.scorecardId}`)
        .set('if-match', `"${version}"`)
        .set('idempotency-key', 'another-key-0002')
        .send({ recommendation: 'yes' });
    const patchRetry = await patch();
    const patchReplay = await patch();
    expect([patchRetry.status, patchReplay.status]).toEqual([200, 200]);
    expect(patchReplay.body).toEqual(patchRetry.body);
  });
});
