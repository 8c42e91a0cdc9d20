import { Candidate, RubricKnockOutWhatIf, RubricVersion } from '@calibrate/contracts';

import {
  answer,
  buildScoringWorld,
  rubricWithKnockOut,
  saveDraftKnockOut,
  scheduleRound,
  setRecommendation,
  submit,
} from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

/**
 * A rubric draft's knock-out what-if reads the most recent rated rounds of the rubric's earlier
 * versions, KNOCK_OUT_WHAT_IF_ROUNDS of them (2 here; 5,000 by default), and says so: at a
 * million candidates, counting every past round read the whole answers table.
 */
describe('the knock-out what-if on the most recent rounds', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ KNOCK_OUT_WHAT_IF_ROUNDS: '2' });
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  it('counts the candidates of the newest rated rounds only, and says older ones were left out', async () => {
    const world = await buildScoringWorld(t, rubricWithKnockOut(3));
    const candidateNamed = async (name: string) =>
      (
        await t.http
          .post('/api/v1/candidates')
          .send({ name, email: `${name.split(' ')[0]?.toLowerCase()}@example.com` })
          .expect(201)
      ).body as Candidate;
    /** A round on the published version whose whole panel rates the knock-out question `calm`. */
    const ratedRound = async (candidate: Candidate, scheduledAt: string, calm: number) => {
      const round = await scheduleRound(t, { ...world, candidate }, { scheduledAt });
      for (const scorecard of round.scorecards) {
        for (const [questionId, rating] of [
          [world.q.q1, calm],
          [world.q.q2, 4],
          [world.q.q3, 4],
        ] as const)
          expect(
            (
              await answer(t, scorecard.id, questionId, {
                rating,
                // Extreme ratings need their evidence written down before a submit.
                note: 'Let the caller finish, then named the double charge and fixed it.',
              })
            ).status,
          ).toBe(200);
        await setRecommendation(t, scorecard.id, 'yes');
        expect((await submit(t, scorecard.id)).status).toBe(200);
      }
    };
    // Oldest first: Ana's panel rated 1, Ben's 3, Cleo's 5; Dev's round is newer but unscored.
    await ratedRound(world.candidate, '2026-01-05T09:00:00.000Z', 1);
    await ratedRound(await candidateNamed('Ben Okafor'), '2026-01-06T09:00:00.000Z', 3);
    await ratedRound(await candidateNamed('Cleo Reyes'), '2026-01-07T09:00:00.000Z', 5);
    await scheduleRound(
      t,
      { ...world, candidate: await candidateNamed('Dev Patel') },
      { scheduledAt: '2026-01-08T09:00:00.000Z' },
    );

    // A draft raises the minimum to 4: of the two newest rated rounds (Cleo's, Ben's), Ben's
    // panel mean of 3 falls below it; Ana's older round, which would too, is not read.
    const draft = (await t.http.post(`/api/v1/rubrics/${world.rubric.id}/versions`).expect(201))
      .body as RubricVersion;
    await saveDraftKnockOut(t, draft, 4);
    const whatIf = (
      await t.http.get(`/api/v1/rubric-versions/${draft.id}/knock-out-what-if`).expect(200)
    ).body as RubricKnockOutWhatIf;
    expect(whatIf).toEqual({
      candidatesRated: 2,
      knockedOut: 1,
      roundsRead: 2,
      olderRoundsLeftOut: true,
      questions: [expect.objectContaining({ minRating: 4, candidatesRated: 2, knockedOut: 1 })],
    });

    // A minimum of 2 knocks out nobody of those two (Ana's 1 is outside the window).
    await saveDraftKnockOut(t, draft, 2);
    const lower = (
      await t.http.get(`/api/v1/rubric-versions/${draft.id}/knock-out-what-if`).expect(200)
    ).body as RubricKnockOutWhatIf;
    expect(lower).toMatchObject({ candidatesRated: 2, knockedOut: 0, olderRoundsLeftOut: true });
  });
});
