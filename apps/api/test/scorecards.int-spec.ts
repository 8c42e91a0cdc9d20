import {
  Answer,
  AuditEventPage,
  InterviewRound,
  needsEvidence,
  Scorecard,
} from '@calibrate/contracts';

import {
  asOwner,
  buildScoringWorld,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

describe('scorecards API', () => {
  let t: TestApp;
  let world: ScoringWorld;
  let round: InterviewRound;
  let scorecardId: string;
  let otherScorecardId: string;
  let owner: Client;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    world = await buildScoringWorld(t);
    round = await scheduleRound(t, world);
    scorecardId = round.scorecards[1]?.id ?? '';
    otherScorecardId = round.scorecards[0]?.id ?? '';
    // Only the interviewer a scorecard belongs to writes it: these tests act as that person.
    owner = await asOwner(t, scorecardId);
  });

  const put = (questionId: string, ifMatch: string | undefined, body: object, key?: string) => {
    const request = owner.put(`/api/v1/scorecards/${scorecardId}/scores/${questionId}`);
    if (ifMatch !== undefined) void request.set('if-match', ifMatch);
    if (key) void request.set('idempotency-key', key);
    return request.send(body);
  };
  const getScorecard = async (id = scorecardId) =>
    (await owner.get(`/api/v1/scorecards/${id}`)).body as Scorecard;

  describe('saving an answer', () => {
    it('saves with If-Match and answers with the new version as ETag', async () => {
      const first = await put(world.q.q1, '"0"', { rating: 4, note: 'Calm, named the feeling' });
      expect(first.status).toBe(200);
      expect(first.headers.etag).toBe('"1"');
      expect(first.body).toMatchObject({
        questionId: world.q.q1,
        rating: 4,
        notAsked: false,
        note: 'Calm, named the feeling',
        version: 1,
      });

      const second = await put(world.q.q1, '"1"', { rating: 3 });
      expect(second.headers.etag).toBe('"2"');
      expect((await getScorecard()).answers).toEqual([
        expect.objectContaining({ questionId: world.q.q1, rating: 3, note: '', version: 2 }),
      ]);
    });

    it('refuses a stale version with 412 and the current answer, changing nothing', async () => {
      await put(world.q.q1, '"0"', { rating: 4, note: 'first device' });
      const stale = await put(world.q.q1, '"0"', { rating: 2, note: 'second device' });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({
        statusCode: 412,
        code: 'SCORECARD_VERSION_CONFLICT',
        details: {
          current: { questionId: world.q.q1, rating: 4, note: 'first device', version: 1 },
        },
      });
      const staleUpdate = await put(world.q.q1, '"7"', { rating: 2 });
      expect(staleUpdate.status).toBe(412);
      expect((await getScorecard()).answers[0]).toMatchObject({
        rating: 4,
        note: 'first device',
        version: 1,
      });
    });

    it('lets exactly one of two simultaneous first saves win', async () => {
      const results = await Promise.all([
        put(world.q.q2, '"0"', { rating: 2, note: 'tablet' }),
        put(world.q.q2, '"0"', { rating: 5, note: 'laptop' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
      const winner = results.find((r) => r.status === 200)?.body as Answer;
      expect((await getScorecard()).answers).toEqual([
        expect.objectContaining({ rating: winner.rating, note: winner.note, version: 1 }),
      ]);
    });

    it('keeps answers to different questions independent', async () => {
      await put(world.q.q1, '"0"', { rating: 4 });
      const other = await put(world.q.q2, '"0"', { rating: 3 });
      expect(other.status).toBe(200);
    });

    it('needs If-Match (428) and refuses bad answers (400) and foreign questions (404)', async () => {
      const none = await put(world.q.q1, undefined, { rating: 4 });
      expect(none.status).toBe(428);
      expect(none.body).toMatchObject({ code: 'PRECONDITION_REQUIRED' });
      const both = await put(world.q.q1, '"0"', { rating: 4, notAsked: true });
      expect(both.status).toBe(400);
      expect(both.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ path: ['notAsked'] }],
      });
      const outOfRange = await put(world.q.q1, '"0"', { rating: 6 });
      expect(outOfRange.status).toBe(400);
      const foreign = await put('00000000-0000-4000-8000-000000000000', '"0"', { rating: 4 });
      expect(foreign.status).toBe(404);
      expect((await getScorecard()).answers).toEqual([]);
    });

    it('applies a retried save once and returns the first response', async () => {
      const key = 'autosave-q1-0001';
      const first = await put(world.q.q1, '"0"', { rating: 4, note: 'once' }, key);
      const retry = await put(world.q.q1, '"0"', { rating: 4, note: 'once' }, key);
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe('"1"');
      expect((await getScorecard()).answers[0]?.version).toBe(1);
      const audit = (
        await owner
          .get('/api/v1/audit-events')
          .query({ entityType: 'scorecard', entityId: scorecardId })
      ).body as AuditEventPage;
      expect(audit.items.filter((e) => e.action === 'scorecard.answer_saved')).toHaveLength(1);

      const reused = await put(world.q.q1, '"1"', { rating: 2 }, key);
      expect(reused.status).toBe(422);
      expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    });
    it('applies two simultaneous sends of one keyed save once, both answered alike', async () => {
      const key = 'autosave-q2-race';
      const results = await Promise.all([
        put(world.q.q2, '"0"', { rating: 3, note: 'same' }, key),
        put(world.q.q2, '"0"', { rating: 3, note: 'same' }, key),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(results[1]?.body).toEqual(results[0]?.body);
      expect((await getScorecard()).answers).toEqual([
        expect.objectContaining({ questionId: world.q.q2, rating: 3, version: 1 }),
      ]);
    });

    it('audits each save with the answer before and after', async () => {
      await put(world.q.q1, '"0"', { rating: 4, note: 'first' });
      await put(world.q.q1, '"1"', { notAsked: true, rating: null });
      const audit = (
        await owner
          .get('/api/v1/audit-events')
          .query({ entityType: 'scorecard', entityId: scorecardId })
      ).body as AuditEventPage;
      const saves = audit.items.filter((e) => e.action === 'scorecard.answer_saved');
      expect(saves.map((e) => [e.before, e.after])).toEqual([
        [
          { questionId: world.q.q1, rating: 4, notAsked: false, note: 'first', version: 1 },
          { questionId: world.q.q1, rating: null, notAsked: true, note: '', version: 2 },
        ],
        [null, { questionId: world.q.q1, rating: 4, notAsked: false, note: 'first', version: 1 }],
      ]);
    });

    it('hides a panel colleague’s draft from their save (404), changing nothing', async () => {
      const colleague = await asOwner(t, otherScorecardId);
      const response = await colleague
        .put(`/api/v1/scorecards/${scorecardId}/scores/${world.q.q1}`)
        .set('If-Match', '"0"')
        .send({ rating: 5, note: 'not mine' });
      expect(response.status).toBe(404);
      expect((await getScorecard()).answers).toEqual([]);
    });
  });

  describe('submitting', () => {
    it('lists everything missing: unanswered questions, extremes without evidence, the recommendation', async () => {
      await put(world.q.q1, '"0"', { rating: 5 });
      await put(world.q.q2, '"0"', { rating: null });
      const response = await submit(t, scorecardId);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'SCORECARD_INCOMPLETE',
        details: [
          { path: ['answers', world.q.q1, 'note'], code: 'evidence_required' },
          { path: ['answers', world.q.q2], code: 'unanswered' },
          { path: ['answers', world.q.q3], code: 'unanswered' },
          { path: ['recommendation'], code: 'required' },
        ],
      });
      expect((await getScorecard()).status).toBe('draft');
    });

    it('applies the evidence rule of contracts (needsEvidence) in its SQL too', async () => {
      // The submit check runs in SQL; this pins it to the one rule web, submit and amend share.
      const cases = [1, 2, 4, 5].flatMap((rating) =>
        ['', '  \n\t', '\u00a0', 'Calmed the caller'].map((note) => ({ rating, note })),
      );
      let version = 0;
      for (const answer of cases) {
        const saved = await put(world.q.q1, `"${version}"`, answer);
        version = (saved.body as Answer).version;
        const details = (await submit(t, scorecardId)).body as { details: { path: string[] }[] };
        const flagged = details.details.some((issue) => issue.path.join('/').endsWith('/note'));
        expect({ ...answer, flagged }).toEqual({
          ...answer,
          flagged: needsEvidence({ ...answer, notAsked: false }),
        });
      }
    });

    it('submits a complete scorecard, which then refuses ordinary writes', async () => {
      await put(world.q.q1, '"0"', { rating: 5, note: 'Turned an angry caller around, in detail' });
      await put(world.q.q2, '"0"', { rating: 3 });
      await put(world.q.q3, '"0"', { rating: null, notAsked: true });
      await setRecommendation(t, scorecardId, 'strong_yes');
      const response = await submit(t, scorecardId);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'submitted',
        recommendation: 'strong_yes',
        submittedAt: expect.any(String) as string,
      });

      const write = await put(world.q.q2, '"1"', { rating: 4 });
      const patch = await owner
        .patch(`/api/v1/scorecards/${scorecardId}`)
        .set('if-match', `"${(response.body as Scorecard).version}"`)
        .send({ summary: 'late' });
      for (const refused of [write, patch]) {
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ code: 'SCORECARD_SUBMITTED' });
      }
    });

    it('checks the scorecard version on PATCH and submit too', async () => {
      const stale = await owner
        .patch(`/api/v1/scorecards/${scorecardId}`)
        .set('if-match', '"9"')
        .send({ summary: 'x' });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ details: { current: { version: 1, summary: '' } } });
      const noHeader = await owner.post(`/api/v1/scorecards/${scorecardId}/submit`);
      expect(noHeader.status).toBe(428);
    });
  });

  describe('amending', () => {
    async function submitted(): Promise<Scorecard> {
      await put(world.q.q1, '"0"', { rating: 4 });
      await put(world.q.q2, '"0"', { rating: 3 });
      await put(world.q.q3, '"0"', { rating: 2 });
      await setRecommendation(t, scorecardId, 'yes');
      return (await submit(t, scorecardId)).body as Scorecard;
    }

    it('changes a submitted scorecard with a reason, audited with before and after', async () => {
      const scorecard = await submitted();
      const response = await owner
        .post(`/api/v1/scorecards/${scorecardId}/amendments`)
        .set('if-match', `"${scorecard.version}"`)
        .send({
          reason: 'Typed 2 for 4 during the call',
          scores: [{ questionId: world.q.q3, rating: 4 }],
        });
      expect(response.status).toBe(201);
      const amended = response.body as Scorecard;
      expect(amended.status).toBe('submitted');
      expect(amended.answers.find((a) => a.questionId === world.q.q3)).toMatchObject({
        rating: 4,
        version: 2,
      });

      const audit = (
        await owner
          .get('/api/v1/audit-events')
          .query({ entityType: 'scorecard', entityId: scorecardId })
      ).body as AuditEventPage;
      expect(audit.items.map((e) => e.action)).toEqual([
        'scorecard.amended',
        'scorecard.submitted',
        'scorecard.updated',
        'scorecard.answer_saved',
        'scorecard.answer_saved',
        'scorecard.answer_saved',
      ]);
      expect(audit.items[0]).toMatchObject({
        action: 'scorecard.amended',
        before: { answers: [{ questionId: world.q.q3, rating: 2 }] },
        after: {
          reason: 'Typed 2 for 4 during the call',
          answers: [{ questionId: world.q.q3, rating: 4 }],
        },
      });
    });

    it('refuses amending a draft, an extreme without evidence, and a stale version', async () => {
      const draft = await (
        await asOwner(t, otherScorecardId)
      )
        .post(`/api/v1/scorecards/${otherScorecardId}/amendments`)
        .set('if-match', '"1"')
        .send({ reason: 'x', scores: [{ questionId: world.q.q1, rating: 3 }] });
      expect(draft.status).toBe(409);
      expect(draft.body).toMatchObject({ code: 'SCORECARD_NOT_SUBMITTED' });

      const scorecard = await submitted();
      const noEvidence = await owner
        .post(`/api/v1/scorecards/${scorecardId}/amendments`)
        .set('if-match', `"${scorecard.version}"`)
        .send({ reason: 'Re-watched', scores: [{ questionId: world.q.q1, rating: 1 }] });
      expect(noEvidence.status).toBe(422);
      expect(noEvidence.body).toMatchObject({
        code: 'SCORECARD_INCOMPLETE',
        details: [{ path: ['scores', 0, 'note'] }],
      });

      const stale = await owner
        .post(`/api/v1/scorecards/${scorecardId}/amendments`)
        .set('if-match', '"1"')
        .send({ reason: 'Re-watched', scores: [{ questionId: world.q.q1, rating: 3 }] });
      expect(stale.status).toBe(412);
      expect((await getScorecard()).answers.find((a) => a.questionId === world.q.q1)?.rating).toBe(
        4,
      );
    });
  });

  describe('scores', () => {
    it('computes category means and the weighted score, with not-asked left out', async () => {
      // Empathy (weight 2): q1 = 4, q2 not asked → 4. Problem solving (weight 1): q3 = 2 → 2.
      await put(world.q.q1, '"0"', { rating: 4 });
      await put(world.q.q2, '"0"', { rating: null, notAsked: true });
      await put(world.q.q3, '"0"', { rating: 2 });
      const { scores } = await getScorecard();
      expect(scores.categories).toEqual([
        expect.objectContaining({
          name: 'Empathy',
          weight: 2,
          score: 4,
          answered: 1,
          questions: 2,
        }),
        expect.objectContaining({
          name: 'Problem solving',
          weight: 1,
          score: 2,
          answered: 1,
          questions: 1,
        }),
      ]);
      // (4 × 2 + 2 × 1) / 3 = 3.333…; on 0–100: (3.333… − 1) / 4 × 100 = 58.33…
      expect(scores.weightedScore).toBeCloseTo(10 / 3, 10);
      expect(scores.weightedScore100).toBeCloseTo(58.3333, 3);
    });

    it('leaves an unanswered category out and renormalises the weights', async () => {
      // Empathy: 5 and 3 → 4; Problem solving: not asked → no score; weighted = 4, not (4 × 2 + 0) / 3.
      await put(world.q.q1, '"0"', { rating: 5, note: 'Evidence' });
      await put(world.q.q2, '"0"', { rating: 3 });
      await put(world.q.q3, '"0"', { rating: null, notAsked: true });
      const { scores } = await getScorecard();
      expect(scores.categories.map((c) => c.score)).toEqual([4, null]);
      expect(scores.weightedScore).toBe(4);
      expect(scores.weightedScore100).toBe(75);
    });

    it('gives no score at all before any rating', async () => {
      const { scores } = await getScorecard();
      expect(scores).toMatchObject({ weightedScore: null, weightedScore100: null });
      expect(scores.categories.map((c) => c.score)).toEqual([null, null]);
    });

    it('stores the candidate’s score from submitted scorecards only', async () => {
      await put(world.q.q1, '"0"', { rating: 4 });
      await put(world.q.q2, '"0"', { rating: null, notAsked: true });
      await put(world.q.q3, '"0"', { rating: 2 });
      const readScore = async () =>
        (
          (await t.dataSource.query('SELECT score::float8 AS score FROM candidates WHERE id = $1', [
            world.candidate.id,
          ])) as { score: number | null }[]
        )[0]?.score;
      expect(await readScore()).toBeNull();
      await setRecommendation(t, scorecardId, 'yes');
      await submit(t, scorecardId);
      expect(await readScore()).toBeCloseTo(58.333, 3);
    });
  });
});
