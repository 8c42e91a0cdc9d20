import { Candidate, CandidateSummary } from '@calibrate/contracts';

import {
  answer,
  buildScoringWorld,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

/** A panel that disagrees is flagged wherever its average shows: "3.0" from a 1 and a 5 is no consensus. */
describe('split panels', () => {
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

  /** Rates every question `ratings[i]`, recommends, submits, as the scorecard's owner. */
  async function complete(scorecardId: string, ratings: number[], recommendation: string) {
    const questions = [world.q.q1, world.q.q2, world.q.q3];
    for (const [index, questionId] of questions.entries()) {
      const response = await answer(t, scorecardId, questionId, {
        rating: ratings[index] ?? 3,
        note: 'Handled the escalation step by step and confirmed the account.',
      });
      expect(response.status).toBe(200);
    }
    await setRecommendation(t, scorecardId, recommendation);
    expect((await submit(t, scorecardId)).status).toBe(200);
  }

  async function flags(scheduledAt: string) {
    const candidate = (await t.http.get(`/api/v1/candidates/${world.candidate.id}`))
      .body as Candidate;
    const summary = (await t.http.get(`/api/v1/candidates/${world.candidate.id}/summary`))
      .body as CandidateSummary;
    return {
      candidate: candidate.panelSplit,
      round: summary.rounds.find((round) => round.scheduledAt === scheduledAt)?.panelSplit,
    };
  }

  it('is not flagged when the panel agrees within a point and a step', async () => {
    const round = await scheduleRound(t, world);
    const [first, second] = round.scorecards;
    await complete(first?.id ?? '', [4, 4, 3], 'yes');
    await complete(second?.id ?? '', [3, 4, 4], 'strong_yes');
    expect(await flags(round.scheduledAt)).toEqual({ candidate: false, round: false });
  });

  it('lets one question two points apart pass as noise', async () => {
    const round = await scheduleRound(t, world);
    const [first, second] = round.scorecards;
    await complete(first?.id ?? '', [2, 3, 3], 'yes');
    await complete(second?.id ?? '', [4, 3, 3], 'yes');
    expect(await flags(round.scheduledAt)).toEqual({ candidate: false, round: false });
  });

  it('flags a third of the questions rated two points apart, on the round and on the candidate', async () => {
    const round = await scheduleRound(t, world);
    const [first, second] = round.scorecards;
    await complete(first?.id ?? '', [2, 4, 3], 'yes');
    expect(await flags(round.scheduledAt)).toEqual({ candidate: false, round: false });
    await complete(second?.id ?? '', [4, 2, 3], 'yes');
    expect(await flags(round.scheduledAt)).toEqual({ candidate: true, round: true });

    // The list shows it to those who see the score, never to an interviewer (independence).
    const listed = async (userId?: string) => {
      const client = userId ? await t.signInAs(userId) : t.http;
      const page = (await client.get('/api/v1/candidates').query({ q: 'Ana Cruz' })).body as {
        items: Candidate[];
      };
      return page.items.find((c) => c.id === world.candidate.id)?.panelSplit;
    };
    expect(await listed()).toBe(true);
    expect(await listed(world.interviewers[0])).toBe(false);
  });

  it('flags recommendations two steps apart even when the ratings agree', async () => {
    const round = await scheduleRound(t, world);
    const [first, second] = round.scorecards;
    await complete(first?.id ?? '', [3, 3, 3], 'no');
    await complete(second?.id ?? '', [3, 3, 3], 'strong_yes');
    expect(await flags(round.scheduledAt)).toEqual({ candidate: true, round: true });

    // A second round that agrees leaves the candidate flagged by the first.
    const next = await scheduleRound(t, world, { scheduledAt: '2026-12-03T09:00:00.000Z' });
    const [third, fourth] = next.scorecards;
    await complete(third?.id ?? '', [4, 4, 4], 'yes');
    await complete(fourth?.id ?? '', [4, 4, 4], 'yes');
    expect(await flags(next.scheduledAt)).toEqual({ candidate: true, round: false });
  });
});
