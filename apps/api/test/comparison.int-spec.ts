import {
  Candidate,
  CandidateSummary,
  Comparison,
  comparisonSchema,
  FeedbackOwed,
  Job,
  Rubric,
  RubricVersion,
} from '@calibrate/contracts';
import Papa from 'papaparse';

import { anchors, draftIfMatch, insertUser, interviewRubric, jobFields } from './fixtures';
import {
  answer,
  buildScoringWorld,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

describe('candidate summary and job comparison', () => {
  let t: TestApp;
  let world: ScoringWorld;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    world = await buildScoringWorld(t);
    await t.http
      .patch(`/api/v1/candidates/${world.candidate.id}`)
      .set('if-match', `"${world.candidate.version}"`)
      .send({ jobId: world.job.id });
  });

  /**
   * Round 1 of the world's candidate, both interviewers submitted:
   *   Ivy:  q1 = 4, q2 not asked, q3 = 2, "yes"        → Empathy 4, Problem solving 2 → (4·2 + 2·1)/3 = 3.33 → 58.3
   *   Hugo: q1 = 5 (noted), q2 = 3, q3 not asked, "strong_yes" → Empathy 4, Problem solving — → 4 → 75
   *   Panel: Empathy (4, 5, 3) → 4, Problem solving (2) → 2 → 3.33 → 58.3
   */
  async function scoreFirstRound(): Promise<string> {
    const round = await scheduleRound(t, world);
    const hugo = round.scorecards.find((s) => s.interviewerName === 'Hugo Manager')?.id ?? '';
    const ivy = round.scorecards.find((s) => s.interviewerName === 'Ivy Interviewer')?.id ?? '';
    await answer(t, ivy, world.q.q1, { rating: 4 });
    await answer(t, ivy, world.q.q2, { rating: null, notAsked: true });
    await answer(t, ivy, world.q.q3, { rating: 2 });
    await setRecommendation(t, ivy, 'yes');
    await submit(t, ivy);
    await answer(t, hugo, world.q.q1, {
      rating: 5,
      note: 'Calmed a shouting customer in the role-play',
    });
    await answer(t, hugo, world.q.q2, { rating: 3 });
    await answer(t, hugo, world.q.q3, { rating: null, notAsked: true });
    await setRecommendation(t, hugo, 'strong_yes');
    await submit(t, hugo);
    return round.id;
  }

  it('summarises a candidate per round, per interviewer and overall', async () => {
    const roundId = await scoreFirstRound();
    const response = await t.http.get(`/api/v1/candidates/${world.candidate.id}/summary`);
    expect(response.status).toBe(200);
    const summary = response.body as CandidateSummary;

    const [round] = summary.rounds;
    expect(round).toMatchObject({
      roundId,
      name: 'Mock call',
      status: 'completed',
      rubricVersion: 1,
    });
    expect(round?.scores.categories.map((c) => [c.name, c.score, c.answered])).toEqual([
      ['Empathy', 4, 3],
      ['Problem solving', 2, 1],
    ]);
    expect(round?.scores.weightedScore100).toBeCloseTo(58.333, 3);
    expect(
      round?.interviewers.map((i) => [
        i.interviewerName,
        i.recommendation,
        Math.round(i.weightedScore100 ?? -1),
      ]),
    ).toEqual([
      ['Hugo Manager', 'strong_yes', 75],
      ['Ivy Interviewer', 'yes', 58],
    ]);
    expect(round?.recommendations).toEqual({ strong_no: 0, no: 0, yes: 1, strong_yes: 1 });

    expect(summary.overall.weightedScore100).toBeCloseTo(58.333, 3);
    expect(summary.overall).toMatchObject({
      scoredRounds: 1,
      interviewers: 2,
      recommendations: { yes: 1, strong_yes: 1 },
    });
    // No calibration fit yet: corrected equals raw.
    expect(summary.overall.categories).toEqual([
      { name: 'Empathy', score: 4, score100: 75, correctedScore: 4, correctedScore100: 75 },
      {
        name: 'Problem solving',
        score: 2,
        score100: 25,
        correctedScore: 2,
        correctedScore100: 25,
      },
    ]);
  });

  it('keeps drafts private: a draft shows its status, never its scores', async () => {
    await scoreFirstRound();
    const second = await scheduleRound(t, world, { scheduledAt: '2026-12-08T09:00:00Z' });
    const draft = second.scorecards[0]?.id ?? '';
    await answer(t, draft, world.q.q1, { rating: 1, note: 'Hung up on the customer' });
    await setRecommendation(t, draft, 'strong_no');

    const summary = (await t.http.get(`/api/v1/candidates/${world.candidate.id}/summary`))
      .body as CandidateSummary;
    const secondRound = summary.rounds[1];
    expect(
      secondRound?.interviewers.every(
        (i) => i.status === 'draft' && i.recommendation === null && i.weightedScore100 === null,
      ),
    ).toBe(true);
    expect(secondRound?.scores.weightedScore100).toBeNull();
    expect(secondRound?.recommendations).toEqual({ strong_no: 0, no: 0, yes: 0, strong_yes: 0 });
    expect(summary.overall.weightedScore100).toBeCloseTo(58.333, 3);
    expect(summary.overall.recommendations.strong_no).toBe(0);
  });

  it('compares candidates of a job side by side and warns where the reading could mislead', async () => {
    await scoreFirstRound();
    // A second candidate, scored by one interviewer on a newer version of the same rubric.
    const other = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Ben Ocampo', email: 'ben@example.com', jobId: world.job.id })
    ).body as Candidate;
    const v2 = (await t.http.post(`/api/v1/rubrics/${world.rubric.id}/versions`))
      .body as RubricVersion;
    await t.http
      .put(`/api/v1/rubric-versions/${v2.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, v2.id))
      .send({
        categories: [
          {
            name: 'Empathy',
            weight: 1,
            questions: [{ text: 'How do you calm an upset caller?', anchors: anchors('calm') }],
          },
        ],
      });
    const published = (await t.http.post(`/api/v1/rubric-versions/${v2.id}/publish`))
      .body as RubricVersion;
    const round = await scheduleRound(
      t,
      { ...world, candidate: other },
      { interviewerIds: [world.interviewers[0]] },
    );
    const scorecard = round.scorecards[0]?.id ?? '';
    await answer(t, scorecard, published.categories[0]?.questions[0]?.id ?? '', { rating: 3 });
    await setRecommendation(t, scorecard, 'no');
    await submit(t, scorecard);
    const unscored = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Cora Lim', email: 'cora@example.com', jobId: world.job.id })
    ).body as Candidate;

    const response = await t.http
      .get(`/api/v1/jobs/${world.job.id}/comparison`)
      .query({ candidateIds: [world.candidate.id, other.id, unscored.id].join(',') });
    expect(response.status).toBe(200);
    const comparison = response.body as Comparison;
    // The route skips the response parse (its size): the answer is exactly what the contract
    // says, with no key the schema would strip.
    expect(comparisonSchema.parse(comparison)).toEqual(comparison);

    expect(comparison.categories).toEqual(['Empathy', 'Problem solving']);
    expect(
      comparison.candidates.map((c) => [
        c.name,
        c.overall.categories.map((x) => [x.name, x.score]),
      ]),
    ).toEqual([
      [
        'Ana Cruz',
        [
          ['Empathy', 4],
          ['Problem solving', 2],
        ],
      ],
      ['Ben Ocampo', [['Empathy', 3]]],
      ['Cora Lim', []],
    ]);
    expect(comparison.candidates[1]?.overall.weightedScore100).toBe(50);
    expect(comparison.candidates[1]?.rounds[0]).toMatchObject({
      rubricVersion: 2,
      weightedScore100: 50,
    });
    expect(comparison.warnings).toEqual([
      expect.objectContaining({
        code: 'different_rubric_versions',
        candidateIds: [world.candidate.id, other.id],
      }),
      expect.objectContaining({ code: 'single_interviewer', candidateIds: [other.id] }),
      expect.objectContaining({ code: 'not_scored', candidateIds: [unscored.id] }),
      // No calibration fit yet: nothing is corrected, and the comparison says so.
      expect.objectContaining({
        code: 'interviewer_not_calibrated',
        candidateIds: [world.candidate.id, other.id],
      }),
    ]);
    expect(comparison.candidates[1]?.overall.correctedScore100).toBe(50);

    // Question by question: every submitted rating, questions of both versions meeting by text.
    expect(
      comparison.questions.map((q) => [
        q.category,
        q.candidates.map((c) => [
          c.mean,
          c.disagreement,
          c.ratings.map((r) => `${r.interviewerName}:${r.rating ?? '-'}`),
        ]),
      ]),
    ).toEqual([
      [
        'Empathy',
        [
          [4.5, false, ['Hugo Manager:5', 'Ivy Interviewer:4']],
          [3, false, ['Ivy Interviewer:3']],
          [null, false, []],
        ],
      ],
      [
        'Empathy',
        [
          [3, false, ['Hugo Manager:3', 'Ivy Interviewer:-']],
          [null, false, []],
          [null, false, []],
        ],
      ],
      [
        'Problem solving',
        [
          [2, false, ['Hugo Manager:-', 'Ivy Interviewer:2']],
          [null, false, []],
          [null, false, []],
        ],
      ],
    ]);
    expect(comparison.questions[0]?.candidates[0]?.ratings[0]?.note).toBe(
      'Calmed a shouting customer in the role-play',
    );
  });

  it('refuses comparisons of fewer than 2, more than 8, repeated or foreign candidates', async () => {
    const outsider = (
      await t.http.post('/api/v1/candidates').send({ name: 'Out Sider', email: 'out@example.com' })
    ).body as Candidate;
    const compare = (ids: string[]) =>
      t.http.get(`/api/v1/jobs/${world.job.id}/comparison`).query({ candidateIds: ids.join(',') });
    const id = world.candidate.id;
    const many = Array.from({ length: 9 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);

    expect((await compare([id])).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ message: 'Compare at least 2 candidates.' }],
    });
    expect((await compare(many)).body).toMatchObject({
      details: [{ message: 'Compare at most 8 candidates.' }],
    });
    expect((await compare([id, id])).body).toMatchObject({
      details: [{ message: 'Each candidate once.' }],
    });
    const foreign = await compare([id, outsider.id]);
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({
      details: [{ path: ['candidateIds', 1], code: 'not_in_job' }],
    });
    const unknownJob = await t.http
      .get('/api/v1/jobs/00000000-0000-4000-8000-000000000000/comparison')
      .query({ candidateIds: `${id},${outsider.id}` });
    expect(unknownJob.status).toBe(404);
  });

  it('exports the filtered pipeline as CSV with overall and per-category scores', async () => {
    await scoreFirstRound();
    await t.http.post('/api/v1/candidates').send({
      name: '=HYPERLINK("http://evil")',
      email: 'formula@example.com',
      jobId: world.job.id,
      source: 'referral',
    });
    await t.http.post('/api/v1/candidates').send({ name: 'No Job', email: 'nojob@example.com' });

    const response = await t.http
      .get('/api/v1/candidates/export')
      .query({ jobId: world.job.id, sort: 'score' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="candidates-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers['x-export-rows']).toBe('2');
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    // The round's categories, its subtotal, then the overall (the job's plan has one round).
    expect(lines).toEqual([
      [
        'Name,Email,Phone,Job,Stage,Source,Languages,Shifts,Typing WPM,Knocked out',
        'Mock call: Empathy (1-5),Mock call: Problem solving (1-5)',
        'Mock call subtotal (0-100),Mock call subtotal corrected (0-100)',
        'Score (0-100),Corrected score (0-100),Scored rounds,Interviewers',
      ].join(','),
      `Ana Cruz,${world.candidate.email},,${world.job.title},Applied,,,,,,4.00,2.00,58.3,58.3,58.3,58.3,1,2`,
      [
        `"'=HYPERLINK(""http://evil"")",formula@example.com,,${world.job.title},Applied,Referral`,
        ...Array<string>(10).fill(''),
        '0,0',
      ].join(','),
    ]);

    const filtered = await t.http
      .get('/api/v1/candidates/export')
      .query({ jobId: world.job.id, source: 'referral' });
    expect(filtered.text.trimEnd().split('\r\n')).toHaveLength(2);
    const bad = await t.http.get('/api/v1/candidates/export').query({ minScore: 'high' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  /**
   * A job planned as Interview (its own rubric: General, Empathy) then Mock call (the world's:
   * Empathy, Problem solving). Ana's mock call comes first in time, as `scoreFirstRound` scores
   * it (58.33: Empathy 4, Problem solving 2); her interview, Ivy alone: General 5, Empathy 2 →
   * (5 + 2) / 2 = 3.5 → 62.5. Ben has only an interview, Hugo: General 3, Empathy 3 → 50.
   */
  it('groups the comparison and the export by plan round: categories, subtotal, then overall', async () => {
    const created = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Interview', content: interviewRubric() })
    ).body as Rubric;
    const interview = (
      await t.http.post(`/api/v1/rubric-versions/${created.versions[0]?.id ?? ''}/publish`)
    ).body as RubricVersion;
    const [general, empathy] = interview.categories.map((c) => c.questions[0]?.id ?? '');
    const job = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        title: 'Two-round job',
        interviewPlan: [
          { name: 'Interview', rubricId: created.id },
          { name: 'Mock call', rubricId: world.rubric.id },
        ],
      })
    ).body as Job;
    const candidate = async (name: string) =>
      (
        await t.http.post('/api/v1/candidates').send({
          name,
          email: `${name.split(' ')[0]?.toLowerCase()}@rounds.example.com`,
          jobId: job.id,
        })
      ).body as Candidate;
    const ana = await candidate('Ana Rounds');
    const ben = await candidate('Ben Rounds');
    const inJob = { ...world, job };
    // Ana's mock call, scored as in scoreFirstRound.
    const mock = await scheduleRound(t, { ...inJob, candidate: ana });
    const card = (round: typeof mock, name: string) =>
      round.scorecards.find((s) => s.interviewerName === name)?.id ?? '';
    await answer(t, card(mock, 'Ivy Interviewer'), world.q.q1, { rating: 4 });
    await answer(t, card(mock, 'Ivy Interviewer'), world.q.q2, { rating: null, notAsked: true });
    await answer(t, card(mock, 'Ivy Interviewer'), world.q.q3, { rating: 2 });
    await setRecommendation(t, card(mock, 'Ivy Interviewer'), 'yes');
    await submit(t, card(mock, 'Ivy Interviewer'));
    await answer(t, card(mock, 'Hugo Manager'), world.q.q1, { rating: 5, note: 'Calm' });
    await answer(t, card(mock, 'Hugo Manager'), world.q.q2, { rating: 3 });
    await answer(t, card(mock, 'Hugo Manager'), world.q.q3, { rating: null, notAsked: true });
    await setRecommendation(t, card(mock, 'Hugo Manager'), 'strong_yes');
    await submit(t, card(mock, 'Hugo Manager'));
    const interviewRound = async (
      who: Candidate,
      interviewer: string,
      ratings: [number, number],
    ) => {
      const round = await scheduleRound(
        t,
        { ...inJob, candidate: who },
        {
          name: 'Interview',
          scheduledAt: '2026-12-03T09:00:00.000Z',
          interviewerIds: [interviewer],
        },
      );
      const id = round.scorecards[0]?.id ?? '';
      // A 5 (or a 1) needs its evidence note to be submitted.
      await answer(t, id, general ?? '', { rating: ratings[0], note: `General ${ratings[0]}` });
      await answer(t, id, empathy ?? '', { rating: ratings[1], note: `Empathy ${ratings[1]}` });
      await setRecommendation(t, id, 'yes');
      const submitted = await submit(t, id);
      expect([submitted.status, submitted.body]).toEqual([200, expect.anything()]);
    };
    await interviewRound(ana, world.interviewers[0], [5, 2]);
    await interviewRound(ben, world.interviewers[1], [3, 3]);

    const response = await t.http
      .get(`/api/v1/jobs/${job.id}/comparison`)
      .query({ candidateIds: `${ana.id},${ben.id}` });
    expect(response.status).toBe(200);
    const comparison = response.body as Comparison;
    const interviewKey = `${created.id}:interview`;
    const mockKey = `${world.rubric.id}:mock call`;
    // Plan order, though the mock call came first in time; each round's rubric beside it.
    expect(comparison.roundGroups).toEqual([
      {
        key: interviewKey,
        name: 'Interview',
        rubricId: created.id,
        rubricName: 'Interview',
        planned: true,
        categories: ['General', 'Empathy'],
      },
      {
        key: mockKey,
        name: 'Mock call',
        rubricId: world.rubric.id,
        rubricName: 'Mock call',
        planned: true,
        categories: ['Empathy', 'Problem solving'],
      },
    ]);
    const [anaScores, benScores] = comparison.candidates;
    const figures = (groups: Comparison['candidates'][number]['roundGroups'] | undefined) =>
      groups?.map((g) => [
        g.key,
        g.weightedScore100 === null ? null : Number(g.weightedScore100.toFixed(3)),
        g.scoredRounds,
        g.categories.map((c) => [c.name, c.score]),
      ]);
    expect(figures(anaScores?.roundGroups)).toEqual([
      [
        interviewKey,
        62.5,
        1,
        [
          ['General', 5],
          ['Empathy', 2],
        ],
      ],
      [
        mockKey,
        58.333,
        1,
        [
          ['Empathy', 4],
          ['Problem solving', 2],
        ],
      ],
    ]);
    expect(figures(benScores?.roundGroups)).toEqual([
      [
        interviewKey,
        50,
        1,
        [
          ['General', 3],
          ['Empathy', 3],
        ],
      ],
      [mockKey, null, 0, []],
    ]);
    // No calibration fit: corrected subtotals equal raw. The overall spans both rounds.
    expect(anaScores?.roundGroups.map((g) => g.correctedScore100)).toEqual(
      anaScores?.roundGroups.map((g) => g.weightedScore100),
    );
    expect(anaScores?.overall.weightedScore100).toBeCloseTo((62.5 + 58.333333) / 2, 4);
    // Questions carry their round group: two "Empathy" categories stay apart.
    expect(
      comparison.questions.map((q) => [q.roundGroup, q.category, q.candidates[0]?.mean]),
    ).toEqual([
      [interviewKey, 'General', 5],
      [interviewKey, 'Empathy', 2],
      [mockKey, 'Empathy', 4.5],
      [mockKey, 'Empathy', 3],
      [mockKey, 'Problem solving', 2],
    ]);

    // The export: per round its categories and subtotal (raw, corrected), then the overall.
    const exported = await t.http
      .get('/api/v1/candidates/export')
      .query({ jobId: job.id, sort: 'score' });
    expect(exported.status).toBe(200);
    const parsed = Papa.parse<string[]>(exported.text.replace(/^\uFEFF/, '').trimEnd());
    const [header, ...rows] = parsed.data;
    // After the candidate's fields (and the knock-outs): the round groups, then the overall.
    expect(header?.slice(10)).toEqual([
      'Interview: General (1-5)',
      'Interview: Empathy (1-5)',
      'Interview subtotal (0-100)',
      'Interview subtotal corrected (0-100)',
      'Mock call: Empathy (1-5)',
      'Mock call: Problem solving (1-5)',
      'Mock call subtotal (0-100)',
      'Mock call subtotal corrected (0-100)',
      'Score (0-100)',
      'Corrected score (0-100)',
      'Scored rounds',
      'Interviewers',
    ]);
    expect(rows.map((row) => [row[0], ...row.slice(10)])).toEqual([
      [
        'Ana Rounds',
        '5.00',
        '2.00',
        '62.5',
        '62.5',
        '4.00',
        '2.00',
        '58.3',
        '58.3',
        '60.4',
        '60.4',
        '2',
        '2',
      ],
      ['Ben Rounds', '3.00', '3.00', '50.0', '50.0', '', '', '', '', '50.0', '50.0', '1', '1'],
    ]);
  });

  it('reports feedback owed worst first, by interviewer, and each job’s ratio, speed and show rate', async () => {
    const candidate = async (name: string) =>
      (
        await t.http
          .post('/api/v1/candidates')
          .send({ name, email: `${name.toLowerCase()}@example.com`, jobId: world.job.id })
      ).body as Candidate;
    const roundFor = async (who: Candidate, hoursAgo: number) => {
      const round = await scheduleRound(t, { ...world, candidate: who });
      await t.dataSource.query(
        `UPDATE interview_rounds SET scheduled_at = now() - $2 * interval '1 hour' WHERE id = $1`,
        [round.id, hoursAgo],
      );
      const scorecard = (name: string) =>
        round.scorecards.find((s) => s.interviewerName === name)?.id ?? '';
      return { id: round.id, ivy: scorecard('Ivy Interviewer'), hugo: scorecard('Hugo Manager') };
    };
    const setScorecard = (id: string, sql: string) =>
      t.dataSource.query(`UPDATE scorecards SET ${sql} WHERE id = $1`, [id]);

    // Ana, 3 days ago: Ivy submitted 10 hours after the start, Hugo still owes.
    const ana = await roundFor(world.candidate, 72);
    await setScorecard(
      ana.ivy,
      `status = 'submitted', submitted_at = (SELECT scheduled_at FROM interview_rounds WHERE id = '${ana.id}') + interval '10 hours'`,
    );
    // Ben, 2 hours ago: Ivy owes (not due yet), Hugo declined.
    const ben = await roundFor(await candidate('Ben'), 2);
    await setScorecard(ben.hugo, `status = 'declined', declined_reason = 'Conflict of interest'`);
    // Cora, yesterday: a no-show. Dan, tomorrow: nothing owed yet.
    const cora = await roundFor(await candidate('Cora'), 24);
    await t.dataSource.query(`UPDATE interview_rounds SET status = 'no_show' WHERE id = $1`, [
      cora.id,
    ]);
    await roundFor(await candidate('Dan'), -24);

    const response = await t.http.get('/api/v1/feedback-owed').query({ jobId: world.job.id });
    expect(response.status).toBe(200);
    const report = response.body as FeedbackOwed;
    expect(report.owed.map((o) => [o.candidateName, o.interviewerName])).toEqual([
      ['Ana Cruz', 'Hugo Manager'],
      ['Ben', 'Ivy Interviewer'],
    ]);
    expect(report.owed[0]?.overdueHours).toBeCloseTo(48, 0);
    expect(report.owed[1]?.overdueHours).toBeCloseTo(-22, 0);
    expect(report.owedTotal).toBe(2);
    expect(report.byInterviewer.map((i) => [i.interviewerName, i.owed, i.overdue])).toEqual([
      ['Hugo Manager', 1, 1],
      ['Ivy Interviewer', 1, 0],
    ]);
    expect(report.jobs).toEqual([
      {
        jobId: world.job.id,
        jobTitle: world.job.title,
        expected: 3,
        received: 1,
        medianHoursToFeedback: 10,
        roundsHeld: 2,
        noShows: 1,
        showRate: 2 / 3,
      },
    ]);
    expect(report.days).toBe(30);

    // A hiring manager sees the jobs they manage; another one sees nothing of this job.
    const stranger = await t.signInAs(await insertUser(t.dataSource, 'hiring_manager', 'Other HM'));
    const theirs = (await stranger.get('/api/v1/feedback-owed')).body as FeedbackOwed;
    expect([theirs.owedTotal, theirs.jobs]).toEqual([0, []]);
    const badWindow = await t.http.get('/api/v1/feedback-owed').query({ days: 12 });
    expect(badWindow.status).toBe(400);
  });

  it('answers 404 for the summary of an unknown candidate', async () => {
    const response = await t.http.get(
      '/api/v1/candidates/00000000-0000-4000-8000-000000000000/summary',
    );
    expect(response.status).toBe(404);
  });
});
