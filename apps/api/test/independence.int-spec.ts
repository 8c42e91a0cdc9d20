import {
  Candidate,
  CandidateSummary,
  Comparison,
  Rubric,
  RubricVersion,
  Scorecard,
} from '@calibrate/contracts';

import { insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { answer, scheduleRound, ScoringWorld, setRecommendation, submit } from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

describe('independence and object access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  /** A job, a candidate and a round on a panel of two: A (an interviewer, unless told) and Bob. */
  async function panel(
    first: { role: 'interviewer' | 'hiring_manager'; name: string } = {
      role: 'interviewer',
      name: 'Alice Panel',
    },
  ) {
    const a = await insertUser(t.dataSource, first.role, first.name);
    const b = await insertUser(t.dataSource, 'interviewer', 'Bob Panel');
    const rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id}/publish`))
      .body as RubricVersion;
    const job = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        // A hiring manager on the panel manages the job too.
        hiringManagerIds: first.role === 'hiring_manager' ? [a] : [],
        interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }],
      })
    ).body as { id: string };
    const candidate = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Dee Santos', email: 'dee@example.com', jobId: job.id })
    ).body as { id: string };
    const round = await scheduleRound(t, {
      job,
      candidate,
      interviewers: [a, b],
    } as unknown as ScoringWorld);
    const q = version.categories.flatMap((c) => c.questions.map((question) => question.id));
    const scorecardOf = (user: string) =>
      round.scorecards.find((s) => s.interviewerId === user)?.id ?? '';
    const complete = async (scorecardId: string, rating: number, recommendation: string) => {
      for (const question of q)
        await answer(t, scorecardId, question, { rating, note: 'evidence' });
      await setRecommendation(t, scorecardId, recommendation);
      return submit(t, scorecardId);
    };
    return {
      a,
      b,
      job: job.id,
      candidate: candidate.id,
      scorecardA: scorecardOf(a),
      scorecardB: scorecardOf(b),
      complete,
      q,
    };
  }

  it('keeps a panel member from another’s scores until their own is submitted', async () => {
    const p = await panel();
    const alice = await t.signInAs(p.a);
    const bob = await t.signInAs(p.b);
    expect((await p.complete(p.scorecardB, 2, 'no')).status).toBe(200);

    // Alice still has a draft: Bob's submitted scorecard and the panel's results are hidden from her.
    expect((await alice.get(`/api/v1/scorecards/${p.scorecardB}`)).status).toBe(404);
    const before = (await alice.get(`/api/v1/candidates/${p.candidate}/summary`))
      .body as CandidateSummary;
    expect(before.rounds[0]?.scores.weightedScore100).toBeNull();
    expect(
      before.rounds[0]?.interviewers.every(
        (i) => i.recommendation === null && i.weightedScore100 === null,
      ),
    ).toBe(true);
    expect(before.overall).toMatchObject({ weightedScore100: null, recommendations: { no: 0 } });

    expect((await p.complete(p.scorecardA, 4, 'yes')).status).toBe(200);
    const theirs = await alice.get(`/api/v1/scorecards/${p.scorecardB}`);
    expect(theirs.status).toBe(200);
    expect((theirs.body as Scorecard).recommendation).toBe('no');
    const after = (await alice.get(`/api/v1/candidates/${p.candidate}/summary`))
      .body as CandidateSummary;
    expect(after.rounds[0]?.recommendations).toMatchObject({ yes: 1, no: 1 });
    expect(after.overall.weightedScore100).toBe(50);
    // Bob, submitted first, sees Alice's now too.
    expect((await bob.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(200);
  });

  it('hides a panel’s results and the stored score from a managing panel member until their own is submitted', async () => {
    const p = await panel({ role: 'hiring_manager', name: 'Mara Manager' });
    const eli = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Eli Ramos', email: 'eli@example.com', jobId: p.job })
    ).body as { id: string };
    await p.complete(p.scorecardB, 2, 'yes');
    const mara = await t.signInAs(p.a);
    const compare = async () => {
      const response = await mara
        .get(`/api/v1/jobs/${p.job}/comparison`)
        .query({ candidateIds: `${p.candidate},${eli.id}` });
      expect(response.status).toBe(200);
      return response.body as Comparison;
    };

    const listedScore = async (client: Client) => {
      const page = (await client.get('/api/v1/candidates').query({ jobId: p.job })).body as {
        items: Candidate[];
      };
      const detail = (await client.get(`/api/v1/candidates/${p.candidate}`)).body as Candidate;
      const listed = page.items.find((c) => c.id === p.candidate);
      // The corrected score hides with the raw one (no fit yet: nothing to take out).
      expect([listed?.correctedScore, detail.correctedScore]).toEqual([
        listed?.score,
        detail.score,
      ]);
      return [listed?.score, listed?.scoreHidden, detail.score, detail.scoreHidden];
    };
    const bob = await t.signInAs(p.b);

    // The stored overall score pools the panel: hidden from a manager with a draft on the panel,
    // and from interviewers always (nor may they sort or filter by it); admins see it.
    expect(await listedScore(t.http)).toEqual([25, false, 25, false]);
    expect(await listedScore(mara)).toEqual([null, true, null, true]);
    expect(await listedScore(bob)).toEqual([null, true, null, true]);
    for (const query of [
      { sort: 'score' },
      { minScore: '10' },
      { sort: 'score', scoreBasis: 'corrected' },
      { minScore: '10', scoreBasis: 'corrected' },
    ]) {
      expect((await bob.get('/api/v1/candidates').query(query)).status).toBe(403);
      expect((await mara.get('/api/v1/candidates').query(query)).status).toBe(200);
    }

    // Mara's own scorecard is a draft: Bob's scores, ratings and notes stay hidden from her.
    const before = await compare();
    expect(before.candidates[0]?.overall.weightedScore100).toBeNull();
    expect(before.candidates[0]?.rounds[0]?.weightedScore100).toBeNull();
    expect(before.questions).toEqual([]);

    await p.complete(p.scorecardA, 4, 'yes');
    const after = await compare();
    expect(after.candidates[0]?.overall.weightedScore100).toBe(50);
    expect(await listedScore(mara)).toEqual([50, false, 50, false]);
    expect(await listedScore(bob)).toEqual([null, true, null, true]);
    expect(after.questions[0]?.candidates[0]?.ratings.map((r) => r.rating)).toEqual([2, 4]);
  });

  it('sorts and bounds a score the viewer may not see as no score: its place gives nothing away', async () => {
    const p = await panel({ role: 'hiring_manager', name: 'Mara Manager' });
    await p.complete(p.scorecardB, 2, 'no'); // Dee: 25, while Mara's own scorecard is a draft
    const others = [
      { name: 'Ana High', email: 'ana@example.com', score: 80 },
      { name: 'Ben Low', email: 'ben@example.com', score: 10 },
      { name: 'Cy Unscored', email: 'cy@example.com', score: null },
    ];
    for (const other of others) {
      const created = (
        await t.http.post('/api/v1/candidates').send({ ...other, score: undefined, jobId: p.job })
      ).body as { id: string };
      await t.dataSource.query(
        `UPDATE candidates SET score = $2, corrected_score = $2 WHERE id = $1`,
        [created.id, other.score],
      );
    }
    const mara = await t.signInAs(p.a);
    /** Every page of a score-sorted list, one candidate a page, as names. */
    const walk = async (client: Client, query: Record<string, string> = {}) => {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await client.get('/api/v1/candidates').query({
          jobId: p.job,
          sort: 'score',
          limit: '1',
          ...query,
          ...(cursor ? { cursor } : {}),
        });
        expect(response.status).toBe(200);
        const page = response.body as { items: Candidate[]; nextCursor: string | null };
        names.push(...page.items.map((c) => c.name));
        cursor = page.nextCursor;
        // A cursor carries the place it stands for: never a hidden score.
        if (cursor && page.items[0]?.scoreHidden)
          expect(
            (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[])[0],
          ).toBeNull();
      } while (cursor && names.length < 10);
      return names;
    };

    expect(await walk(t.http)).toEqual(['Ana High', 'Dee Santos', 'Ben Low', 'Cy Unscored']);
    // Mara's draft hides Dee's score: Dee sorts among the unscored (which come by id), not
    // between 80 and 10, in one page or across pages, on either basis, with or without a search.
    const scoredThenUnscored = (names: string[]) => {
      expect(names.slice(0, 2)).toEqual(['Ana High', 'Ben Low']);
      expect([...names.slice(2)].sort()).toEqual(['Cy Unscored', 'Dee Santos']);
    };
    const walked = await walk(mara);
    scoredThenUnscored(walked);
    scoredThenUnscored(await walk(mara, { scoreBasis: 'corrected' }));
    const onePage = (await mara.get('/api/v1/candidates').query({ jobId: p.job, sort: 'score' }))
      .body as { items: Candidate[] };
    expect(onePage.items.map((c) => c.name)).toEqual(walked);
    const searched = (
      await mara.get('/api/v1/candidates').query({ jobId: p.job, sort: 'score', q: 'example' })
    ).body as { items: Candidate[] };
    expect(searched.items.map((c) => c.name)).toEqual(walked);
    // Nor does a score bound find it.
    const bounded = async (client: Client, query: Record<string, string>) =>
      (
        (await client.get('/api/v1/candidates').query({ jobId: p.job, ...query })).body as {
          items: Candidate[];
        }
      ).items.map((c) => c.name);
    expect(await bounded(t.http, { minScore: '20', maxScore: '30' })).toEqual(['Dee Santos']);
    expect(await bounded(mara, { minScore: '20', maxScore: '30' })).toEqual([]);
    const counts = (
      await mara
        .get('/api/v1/candidates/stage-counts')
        .query({ jobId: p.job, minScore: '20', maxScore: '30' })
    ).body as Record<string, number>;
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(0);

    await p.complete(p.scorecardA, 4, 'yes'); // submitted: Dee's score (50) shows and sorts
    expect(await walk(mara)).toEqual(['Ana High', 'Dee Santos', 'Ben Low', 'Cy Unscored']);
  });

  it('hides earlier rounds’ panel results from an interviewer while their next scorecard is a draft', async () => {
    const p = await panel();
    await p.complete(p.scorecardA, 4, 'yes');
    await p.complete(p.scorecardB, 2, 'no');
    const bob = await t.signInAs(p.b);
    const summary = async () => {
      const response = await bob.get(`/api/v1/candidates/${p.candidate}/summary`);
      expect(response.status).toBe(200);
      return response.body as CandidateSummary;
    };
    expect((await summary()).overall.weightedScore100).toBe(50);

    // A second round with Bob on it: until he submits it, round one shows him nothing either.
    const second = await scheduleRound(
      t,
      {
        job: { id: p.job },
        candidate: { id: p.candidate },
        interviewers: [p.b],
      } as unknown as ScoringWorld,
      {
        name: 'Final call',
        scheduledAt: '2026-12-02T09:00:00.000Z',
        rubricVersionId: (await summary()).rounds[0]?.rubricVersionId,
      },
    );
    const during = await summary();
    expect(during.overall.weightedScore100).toBeNull();
    expect(during.rounds.map((r) => r.scores.weightedScore100)).toEqual([null, null]);
    expect(during.rounds.flatMap((r) => r.interviewers.map((i) => i.recommendation))).toEqual([
      null,
      null,
      null,
    ]);
    // The admin, with no draft, sees round one as before.
    const admin = (await t.http.get(`/api/v1/candidates/${p.candidate}/summary`))
      .body as CandidateSummary;
    expect(admin.overall.weightedScore100).toBe(50);

    await p.complete(second.scorecards[0]?.id ?? '', 3, 'yes');
    const after = await summary();
    expect(after.rounds.map((r) => r.scores.weightedScore100)).toEqual([50, 50]);
  });

  it('lets no interviewer read or write another’s scorecard by id (IDOR)', async () => {
    const p = await panel();
    const bob = await t.signInAs(p.b);
    const read = await bob.get(`/api/v1/scorecards/${p.scorecardA}`);
    const write = await bob
      .put(`/api/v1/scorecards/${p.scorecardA}/scores/${p.q[0]}`)
      .set('if-match', '"0"')
      .send({ rating: 1, note: 'sabotage' });
    const submitIt = await bob
      .post(`/api/v1/scorecards/${p.scorecardA}/submit`)
      .set('if-match', '"1"');
    expect([read.status, write.status, submitIt.status]).toEqual([404, 404, 404]);
    expect(
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM scorecard_answers WHERE scorecard_id = $1`,
        [p.scorecardA],
      ),
    ).toEqual([{ n: 0 }]);

    // Once both submitted, Bob may read Alice's scorecard but still not change it.
    await p.complete(p.scorecardA, 3, 'yes');
    await p.complete(p.scorecardB, 3, 'yes');
    const amend = await bob
      .post(`/api/v1/scorecards/${p.scorecardA}/amendments`)
      .set('if-match', '"9"')
      .send({ reason: 'x', scores: [{ questionId: p.q[0], rating: 1, note: 'n' }] });
    expect(amend.status).toBe(403);
  });

  it('shows admins and recruiters submitted scorecards only', async () => {
    const p = await panel();
    const recruiter = await t.signInAs(await insertUser(t.dataSource, 'recruiter'));
    await answer(t, p.scorecardA, p.q[0] ?? '', { rating: 4 });
    expect((await t.http.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(404);
    expect((await recruiter.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(404);
    await p.complete(p.scorecardA, 4, 'yes');
    expect((await t.http.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(200);
    expect((await recruiter.get(`/api/v1/scorecards/${p.scorecardA}`)).status).toBe(200);
  });

  it('lists for an interviewer only their rounds and those rounds’ candidates', async () => {
    const p = await panel();
    await t.http
      .post('/api/v1/candidates')
      .send({ name: 'Not Theirs', email: 'nottheirs@example.com' });
    const alice = await t.signInAs(p.a);
    const candidates = (await alice.get('/api/v1/candidates')).body as {
      items: { name: string }[];
    };
    const rounds = (await alice.get('/api/v1/interview-rounds')).body as { items: unknown[] };
    expect(candidates.items.map((c) => c.name)).toEqual(['Dee Santos']);
    const counts = (await alice.get('/api/v1/candidates/stage-counts')).body as Record<
      string,
      number
    >;
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(rounds.items).toHaveLength(1);
    const jobs = (await alice.get('/api/v1/jobs')).body as { items: unknown[] };
    expect(jobs.items).toHaveLength(1);
  });
});
