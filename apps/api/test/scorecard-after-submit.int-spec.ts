import {
  RoundAnswers,
  Rubric,
  RubricVersion,
  Scorecard,
  ScorecardAmendmentList,
} from '@calibrate/contracts';

import { insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { answer, scheduleRound, ScoringWorld, setRecommendation, submit } from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

/**
 * After submitting: the panel's answers question by question (GET /interview-rounds/:id/answers,
 * never before your own is in, never another round's) and amendments with their history.
 */
describe('a scorecard after submission', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  /** A round with Alice and Bob on the panel, a job Marco manages, and Rosa the recruiter. */
  async function world() {
    const alice = await insertUser(t.dataSource, 'interviewer', 'Alice Panel');
    const bob = await insertUser(t.dataSource, 'interviewer', 'Bob Panel');
    const outsider = await insertUser(t.dataSource, 'interviewer', 'Olga Outsider');
    const manager = await insertUser(t.dataSource, 'hiring_manager', 'Marco Manager');
    const recruiter = await insertUser(t.dataSource, 'recruiter', 'Rosa Recruiter');
    const rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id}/publish`))
      .body as RubricVersion;
    const job = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        hiringManagerIds: [manager],
        interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }],
      })
    ).body as { id: string };
    const candidate = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Dee Santos', email: 'dee@example.com', jobId: job.id })
    ).body as { id: string };
    const setup = { job, candidate, interviewers: [alice, bob] } as unknown as ScoringWorld;
    const round = await scheduleRound(t, setup);
    // A second round of the same candidate, with Bob alone: its answers stay out of the first's.
    const laterRound = await scheduleRound(t, setup, {
      scheduledAt: '2026-12-03T09:00:00.000Z',
      interviewerIds: [bob],
    });
    const [q1, q2, q3] = version.categories.flatMap((c) => c.questions.map((q) => q.id)) as [
      string,
      string,
      string,
    ];
    const scorecardOf = (user: string) =>
      round.scorecards.find((s) => s.interviewerId === user)?.id ?? '';
    return {
      users: { alice, bob, outsider, manager, recruiter },
      round: round.id,
      laterRound: laterRound.id,
      laterScorecard: laterRound.scorecards[0]?.id ?? '',
      q: { q1, q2, q3 },
      scorecardA: scorecardOf(alice),
      scorecardB: scorecardOf(bob),
      as: (user: string) => t.signInAs(user),
    };
  }
  type World = Awaited<ReturnType<typeof world>>;

  async function complete(
    w: World,
    scorecardId: string,
    answers: [number | null, number | null, number | null],
    recommendation: string,
    noteOf = (rating: number | null) => (rating === null ? '' : `heard ${rating}`),
  ) {
    const questions = [w.q.q1, w.q.q2, w.q.q3];
    for (const [index, rating] of answers.entries()) {
      const response = await answer(t, scorecardId, questions[index] ?? '', {
        rating,
        notAsked: rating === null,
        note: noteOf(rating),
      });
      expect(response.status).toBe(200);
    }
    await setRecommendation(t, scorecardId, recommendation);
    const submitted = await submit(t, scorecardId);
    expect(submitted.status).toBe(200);
    return submitted.body as Scorecard;
  }

  const answersOf = (client: Client, roundId: string) =>
    client.get(`/api/v1/interview-rounds/${roundId}/answers`);

  describe('GET /interview-rounds/:roundId/answers', () => {
    it('refuses a panel member whose own scorecard is a draft, in the one error format', async () => {
      const w = await world();
      await complete(w, w.scorecardB, [2, 3, 4], 'no');
      // Alice has begun: her draft is hers alone, and Bob's answers stay closed to her.
      await answer(t, w.scorecardA, w.q.q1, { rating: 5, note: 'draft note' });
      const response = await answersOf(await w.as(w.users.alice), w.round);
      expect(response.status).toBe(403);
      expect(response.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: 'Submit your own scorecard first: the panel’s answers open once yours is in.',
        requestId: expect.any(String) as string,
      });
    });

    it('is 404 for a round the viewer may not see', async () => {
      const w = await world();
      const response = await answersOf(await w.as(w.users.outsider), w.round);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      const missing = await answersOf(t.http, '00000000-0000-4000-8000-000000000000');
      expect(missing.status).toBe(404);
      const malformed = await answersOf(t.http, 'not-a-uuid');
      expect(malformed.status).toBe(400);
    });

    it('shows the submitter every submitted answer and note, question by question, never a draft', async () => {
      const w = await world();
      await answer(t, w.scorecardB, w.q.q1, { rating: 1, note: 'Bob draft: interrupted' });
      await complete(w, w.scorecardA, [4, null, 5], 'yes');
      const alice = await w.as(w.users.alice);

      const before = (await answersOf(alice, w.round)).body as RoundAnswers;
      expect(before.interviewers).toEqual([
        expect.objectContaining({
          scorecardId: w.scorecardA,
          interviewerName: 'Alice Panel',
          status: 'submitted',
          recommendation: 'yes',
        }),
        // Bob's draft: named, with nothing of what he has typed.
        expect.objectContaining({
          scorecardId: w.scorecardB,
          interviewerName: 'Bob Panel',
          status: 'draft',
          recommendation: null,
          summary: '',
          submittedAt: null,
        }),
      ]);
      expect(JSON.stringify(before)).not.toContain('Bob draft');

      await complete(w, w.scorecardB, [2, 3, 4], 'strong_no');
      // Bob's later round: its answers must not reach this round's.
      await complete(w, w.laterScorecard, [5, 5, 5], 'strong_yes', () => 'later round note');

      const after = (await answersOf(alice, w.round)).body as RoundAnswers;
      expect(after.roundId).toBe(w.round);
      expect(after.interviewers.map((i) => [i.interviewerName, i.recommendation])).toEqual([
        ['Alice Panel', 'yes'],
        ['Bob Panel', 'strong_no'],
      ]);
      expect(after.categories).toEqual([
        {
          categoryId: expect.any(String) as string,
          name: 'Empathy',
          questions: [
            {
              questionId: w.q.q1,
              text: 'How do you calm an upset caller?',
              answers: [
                { scorecardId: w.scorecardA, rating: 4, notAsked: false, note: 'heard 4' },
                { scorecardId: w.scorecardB, rating: 2, notAsked: false, note: 'heard 2' },
              ],
            },
            {
              questionId: w.q.q2,
              text: 'Tell me about a customer you helped.',
              answers: [
                { scorecardId: w.scorecardA, rating: null, notAsked: true, note: '' },
                { scorecardId: w.scorecardB, rating: 3, notAsked: false, note: 'heard 3' },
              ],
            },
          ],
        },
        {
          categoryId: expect.any(String) as string,
          name: 'Problem solving',
          questions: [
            {
              questionId: w.q.q3,
              text: 'A refund is not in the system. What do you do?',
              answers: [
                { scorecardId: w.scorecardA, rating: 5, notAsked: false, note: 'heard 5' },
                { scorecardId: w.scorecardB, rating: 4, notAsked: false, note: 'heard 4' },
              ],
            },
          ],
        },
      ]);
      expect(JSON.stringify(after)).not.toContain('later round note');
    });

    it('is open to the job’s hiring manager, recruiters and admins, with submitted answers only', async () => {
      const w = await world();
      await answer(t, w.scorecardA, w.q.q1, { rating: 3, note: 'Alice draft' });
      await complete(w, w.scorecardB, [2, 3, 4], 'no');
      for (const viewer of [await w.as(w.users.manager), await w.as(w.users.recruiter), t.http]) {
        const response = await answersOf(viewer, w.round);
        expect(response.status).toBe(200);
        const body = response.body as RoundAnswers;
        const q1 = body.categories[0]?.questions[0];
        expect(q1?.answers).toEqual([
          { scorecardId: w.scorecardB, rating: 2, notAsked: false, note: 'heard 2' },
        ]);
        expect(JSON.stringify(body)).not.toContain('Alice draft');
      }
      // A panel member who declined is no longer owed a scorecard: they may read the panel.
      const alice = await w.as(w.users.alice);
      await alice
        .post(`/api/v1/scorecards/${w.scorecardA}/decline`)
        .send({ reason: 'Scheduling error' })
        .expect(200);
      expect((await answersOf(alice, w.round)).status).toBe(200);
    });
  });

  describe('amending', () => {
    const amend = (
      client: Client,
      scorecardId: string,
      ifMatch: string | undefined,
      body: object,
      key?: string,
    ) => {
      const request = client.post(`/api/v1/scorecards/${scorecardId}/amendments`);
      if (ifMatch !== undefined) void request.set('if-match', ifMatch);
      if (key !== undefined) void request.set('idempotency-key', key);
      return request.send(body);
    };

    it('requires a reason (400), a current version (412) and the If-Match header (428)', async () => {
      const w = await world();
      const submitted = await complete(w, w.scorecardA, [4, 3, 2], 'yes');
      const alice = await w.as(w.users.alice);
      const change = { scores: [{ questionId: w.q.q3, rating: 3 }] };

      for (const body of [change, { ...change, reason: '' }, { ...change, reason: '   ' }]) {
        const response = await amend(alice, w.scorecardA, `"${submitted.version}"`, body);
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [expect.objectContaining({ path: ['reason'] })],
        });
      }
      const nothing = await amend(alice, w.scorecardA, `"${submitted.version}"`, {
        reason: 'Nothing',
      });
      expect(nothing.status).toBe(400);

      const stale = await amend(alice, w.scorecardA, `"${submitted.version - 1}"`, {
        ...change,
        reason: 'Re-listened to the call',
      });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({
        code: 'SCORECARD_VERSION_CONFLICT',
        details: { current: { version: submitted.version, status: 'submitted' } },
      });
      const noHeader = await amend(alice, w.scorecardA, undefined, {
        ...change,
        reason: 'Re-listened to the call',
      });
      expect(noHeader.status).toBe(428);

      // Nothing changed on the way.
      const now = (await alice.get(`/api/v1/scorecards/${w.scorecardA}`)).body as Scorecard;
      expect(now.version).toBe(submitted.version);
      expect(now.answers.find((a) => a.questionId === w.q.q3)?.rating).toBe(2);
      const history = (await alice.get(`/api/v1/scorecards/${w.scorecardA}/amendments`))
        .body as ScorecardAmendmentList;
      expect(history.items).toEqual([]);
    });

    it('amends a rating and the recommendation, and lists who, when, why, before and after', async () => {
      const w = await world();
      const submitted = await complete(w, w.scorecardA, [4, 3, 2], 'yes');
      const alice = await w.as(w.users.alice);

      const first = await amend(
        alice,
        w.scorecardA,
        `"${submitted.version}"`,
        {
          reason: 'Typed 2 for 4 during the call',
          scores: [{ questionId: w.q.q3, rating: 4, note: 'Found the refund in the CRM' }],
        },
        'amend-once-1',
      );
      expect(first.status).toBe(201);
      expect(first.headers.etag).toBe(`"${submitted.version + 1}"`);
      // A retry with the same key applies once and answers the same.
      const replay = await amend(
        alice,
        w.scorecardA,
        `"${submitted.version}"`,
        {
          reason: 'Typed 2 for 4 during the call',
          scores: [{ questionId: w.q.q3, rating: 4, note: 'Found the refund in the CRM' }],
        },
        'amend-once-1',
      );
      expect(replay.status).toBe(201);
      expect((replay.body as Scorecard).version).toBe(submitted.version + 1);

      const second = await amend(alice, w.scorecardA, `"${submitted.version + 1}"`, {
        reason: 'Debrief: the offer was premature',
        recommendation: 'no',
      });
      expect(second.status).toBe(201);
      const amended = second.body as Scorecard;
      expect(amended).toMatchObject({
        status: 'submitted',
        recommendation: 'no',
        version: submitted.version + 2,
      });
      expect(amended.answers.find((a) => a.questionId === w.q.q3)).toMatchObject({
        rating: 4,
        note: 'Found the refund in the CRM',
      });

      const history = (await alice.get(`/api/v1/scorecards/${w.scorecardA}/amendments`))
        .body as ScorecardAmendmentList;
      expect(history.items).toEqual([
        {
          id: expect.any(String) as string,
          amendedAt: expect.any(String) as string,
          actorId: w.users.alice,
          actorName: 'Alice Panel',
          reason: 'Typed 2 for 4 during the call',
          answers: [
            {
              questionId: w.q.q3,
              before: { rating: 2, notAsked: false, note: 'heard 2' },
              after: { rating: 4, notAsked: false, note: 'Found the refund in the CRM' },
            },
          ],
          recommendation: null,
          summary: null,
        },
        expect.objectContaining({
          actorName: 'Alice Panel',
          reason: 'Debrief: the offer was premature',
          answers: [],
          recommendation: { before: 'yes', after: 'no' },
          summary: null,
        }),
      ]);

      // The panel's view follows the amendment.
      const panel = (await answersOf(alice, w.round)).body as RoundAnswers;
      expect(panel.interviewers[0]?.recommendation).toBe('no');
      expect(panel.categories[1]?.questions[0]?.answers[0]?.rating).toBe(4);

      // The history is as visible as the scorecard: the job's manager yes, Bob (draft) no.
      expect(
        (await (await w.as(w.users.manager)).get(`/api/v1/scorecards/${w.scorecardA}/amendments`))
          .status,
      ).toBe(200);
      const bob = await (
        await w.as(w.users.bob)
      ).get(`/api/v1/scorecards/${w.scorecardA}/amendments`);
      expect(bob.status).toBe(404);
      expect(bob.body).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('lets only the owner amend', async () => {
      const w = await world();
      const submitted = await complete(w, w.scorecardA, [4, 3, 2], 'yes');
      await complete(w, w.scorecardB, [3, 3, 3], 'yes');
      const bob = await amend(await w.as(w.users.bob), w.scorecardA, `"${submitted.version}"`, {
        reason: 'I disagree',
        recommendation: 'no',
      });
      expect(bob.status).toBe(403);
      const manager = await amend(
        await w.as(w.users.manager),
        w.scorecardA,
        `"${submitted.version}"`,
        { reason: 'I disagree', recommendation: 'no' },
      );
      expect(manager.status).toBe(403);
    });
  });
});
