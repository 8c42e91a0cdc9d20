import {
  Candidate,
  CandidateSummary,
  Comparison,
  describeKnockOut,
  Job,
  JobKnockOutWhatIf,
  KnockOut,
  RubricKnockOutWhatIf,
  RubricVersion,
} from '@calibrate/contracts';

import { draftIfMatch, insertUser, jobFields } from './fixtures';
import {
  answer,
  buildScoringWorld,
  rubricWithKnockOut,
  saveDraftKnockOut,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

/**
 * Knock-out rules (issue 21): a rubric question's minimum panel rating and a job's minimum facts.
 * A candidate who misses one is flagged with the reason wherever they show, never folded into
 * the score; the rules travel with the rubric version a round pins.
 */
describe('knock-out rules', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  /** Rates the knock-out question `calmRating` and the others 4 (`q`: the round's version's ids), submits. */
  async function complete(
    world: ScoringWorld,
    scorecardId: string,
    calmRating: number,
    q: ScoringWorld['q'] = world.q,
  ) {
    for (const [questionId, rating] of [
      [q.q1, calmRating],
      [q.q2, 4],
      [q.q3, 4],
    ] as const) {
      const response = await answer(t, scorecardId, questionId, {
        rating,
        note: 'Let the caller finish, then named the double charge and fixed it.',
      });
      expect(response.status).toBe(200);
    }
    await setRecommendation(t, scorecardId, 'yes');
    expect((await submit(t, scorecardId)).status).toBe(200);
  }

  const knockOutsOf = async (candidateId: string, userId?: string): Promise<KnockOut[]> => {
    const client = userId ? await t.signInAs(userId) : t.http;
    return ((await client.get(`/api/v1/candidates/${candidateId}`).expect(200)).body as Candidate)
      .knockOuts;
  };

  it('flags a panel whose mean rating of a knock-out question is below its minimum, with the reason on every view', async () => {
    const world = await buildScoringWorld(t, rubricWithKnockOut(3));
    await t.http
      .patch(`/api/v1/candidates/${world.candidate.id}`)
      .set('if-match', '"1"')
      .send({ jobId: world.job.id })
      .expect(200);
    const round = await scheduleRound(t, world);
    const [first, second] = round.scorecards;

    // One interviewer rated the question 2: knocked out, but not in the eyes of the colleague
    // who has not submitted (independence: the reason speaks of the panel's ratings).
    await complete(world, first?.id ?? '', 2);
    const expected = {
      kind: 'question',
      roundId: round.id,
      roundName: 'Mock call',
      questionId: world.q.q1,
      question: 'How do you calm an upset caller?',
      minRating: 3,
      rating: 2,
    };
    expect(await knockOutsOf(world.candidate.id)).toEqual([expected]);
    expect(await knockOutsOf(world.candidate.id, world.interviewers[1])).toEqual([]);

    // The second rates it 3: the panel's mean 2.5 is still below 3.
    await complete(world, second?.id ?? '', 3);
    const flagged = [{ ...expected, rating: 2.5 }];
    expect(await knockOutsOf(world.candidate.id)).toEqual(flagged);
    expect(describeKnockOut(flagged[0] as KnockOut)).toBe(
      '“How do you calm an upset caller?”: panel average 2.5 in Mock call, needs 3 or more',
    );
    // The score is the score: the knock-out is beside it, not folded in.
    const candidate = (await t.http.get(`/api/v1/candidates/${world.candidate.id}`))
      .body as Candidate;
    expect(candidate.score).not.toBeNull();

    const summary = (await t.http.get(`/api/v1/candidates/${world.candidate.id}/summary`))
      .body as CandidateSummary;
    expect(summary.knockOuts).toEqual(flagged);

    // The pipeline filter, both ways, and the CSV.
    const other = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Bea Santos', email: 'bea@example.com', jobId: world.job.id })
        .expect(201)
    ).body as Candidate;
    const ids = async (knockOut: string) =>
      (
        (
          await t.http
            .get('/api/v1/candidates')
            .query({ jobId: world.job.id, knockOut })
            .expect(200)
        ).body as { items: Candidate[] }
      ).items.map((c) => c.id);
    expect(await ids('only')).toEqual([world.candidate.id]);
    expect(await ids('exclude')).toEqual([other.id]);
    expect(
      (await t.http.get('/api/v1/candidates').query({ knockOut: 'maybe' })).body,
    ).toMatchObject({ code: 'VALIDATION_FAILED' });

    const csv = (await t.http.get('/api/v1/candidates/export').query({ jobId: world.job.id })).text;
    const [header, ...lines] = csv.split('\r\n');
    expect(header).toContain('Knocked out');
    expect(lines.find((line) => line.startsWith('Ana Cruz'))).toContain(
      '“How do you calm an upset caller?”: panel average 2.5 in Mock call, needs 3 or more',
    );

    const comparison = (
      await t.http
        .get(`/api/v1/jobs/${world.job.id}/comparison`)
        .query({ candidateIds: [world.candidate.id, other.id].join(',') })
        .expect(200)
    ).body as Comparison;
    expect(comparison.candidates.map((c) => c.knockOuts)).toEqual([flagged, []]);
  });

  it('passes a panel that reaches the minimum, and keeps each round to the rules of the version it pinned', async () => {
    const world = await buildScoringWorld(t, rubricWithKnockOut(3));
    const round = await scheduleRound(t, world);
    const [first, second] = round.scorecards;
    await complete(world, first?.id ?? '', 3);
    await complete(world, second?.id ?? '', 4);
    expect(await knockOutsOf(world.candidate.id)).toEqual([]);

    // A new version raises the minimum to 4. Before publishing, the what-if counts this
    // candidate (the panel's 3.5 on the same question lineage) as one it would knock out.
    const draft = (await t.http.post(`/api/v1/rubrics/${world.rubric.id}/versions`).expect(201))
      .body as RubricVersion;
    await saveDraftKnockOut(t, draft, 4);
    const whatIf = (
      await t.http.get(`/api/v1/rubric-versions/${draft.id}/knock-out-what-if`).expect(200)
    ).body as RubricKnockOutWhatIf;
    expect(whatIf).toEqual({
      candidatesRated: 1,
      knockedOut: 1,
      roundsRead: 1,
      olderRoundsLeftOut: false,
      questions: [
        {
          questionId: draft.categories[0]?.questions[0]?.id,
          lineageId: draft.categories[0]?.questions[0]?.lineageId,
          text: 'How do you calm an upset caller?',
          minRating: 4,
          candidatesRated: 1,
          knockedOut: 1,
        },
      ],
    });

    // Published, the new minimum applies to rounds pinned to it, not to the one already held.
    await t.http.post(`/api/v1/rubric-versions/${draft.id}/publish`).expect(200);
    const next = await scheduleRound(t, world, { scheduledAt: '2026-12-03T09:00:00.000Z' });
    expect(next.rubricVersionId).toBe(draft.id);
    const [third, fourth] = next.scorecards;
    const [empathy, solving] = draft.categories;
    const v2 = {
      q1: empathy?.questions[0]?.id ?? '',
      q2: empathy?.questions[1]?.id ?? '',
      q3: solving?.questions[0]?.id ?? '',
    };
    await complete(world, third?.id ?? '', 3, v2);
    await complete(world, fourth?.id ?? '', 4, v2);
    const knockOuts = await knockOutsOf(world.candidate.id);
    expect(knockOuts).toEqual([
      expect.objectContaining({ kind: 'question', roundId: next.id, minRating: 4, rating: 3.5 }),
    ]);
  });

  it('reads a rule as no more than a minimum: a rating of 1 and unknown ids are refused', async () => {
    const world = await buildScoringWorld(t);
    const draft = (await t.http.post(`/api/v1/rubrics/${world.rubric.id}/versions`).expect(201))
      .body as RubricVersion;
    const content = rubricWithKnockOut(1);
    const response = await t.http
      .put(`/api/v1/rubric-versions/${draft.id}`)
      .set('if-match', await draftIfMatch(t.dataSource, draft.id))
      .send(content);
    expect(response.status).toBe(400);
    expect(response.body.details[0].path).toEqual([
      'categories',
      0,
      'questions',
      0,
      'knockOutMinRating',
    ]);
    await t.http
      .get('/api/v1/rubric-versions/00000000-0000-4000-8000-000000000000/knock-out-what-if')
      .expect(404);
    const interviewer = await t.signInAs(world.interviewers[0]);
    await interviewer.get(`/api/v1/rubric-versions/${draft.id}/knock-out-what-if`).expect(403);
  });

  it('flags the job’s minimum facts, counts them before they are saved, and clears them when met', async () => {
    const job = (await t.http.post('/api/v1/jobs').send(jobFields).expect(201)).body as Job;
    expect(job.knockOutRules).toEqual({
      minLanguageLevel: null,
      requireShift: false,
      minTypingWpm: null,
    });
    const create = async (name: string, fields: Record<string, unknown>) =>
      (
        (
          await t.http
            .post('/api/v1/candidates')
            .send({
              name,
              email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
              jobId: job.id,
              ...fields,
            })
            .expect(201)
        ).body as Candidate
      ).id;
    const ready = await create('Rhea Ready', {
      languages: [{ language: 'english', level: 'C1' }],
      shiftAvailability: ['night'],
      typingWpm: 42,
    });
    const b1 = await create('Ben Basic', {
      languages: [{ language: 'English', level: 'B1' }],
      shiftAvailability: ['night', 'day'],
      typingWpm: 50,
    });
    const days = await create('Dana Days', {
      languages: [{ language: 'English', level: 'B2' }],
      shiftAvailability: ['day'],
      typingWpm: 38,
    });
    const flexible = await create('Flor Flexible', {
      languages: [
        { language: 'Tagalog', level: 'C2' },
        { language: 'English', level: 'B2' },
      ],
      shiftAvailability: ['flexible'],
    });

    const rules = { minLanguageLevel: 'B2', requireShift: true, minTypingWpm: 35 };
    const whatIf = (
      await t.http
        .get(`/api/v1/jobs/${job.id}/knock-out-what-if`)
        .query({ ...rules, requireShift: 'true' })
        .expect(200)
    ).body as JobKnockOutWhatIf;
    expect(whatIf).toEqual({ candidates: 4, knockedOut: 3, language: 1, shift: 1, typing: 1 });
    // Nothing is flagged before the rules are saved.
    expect(await knockOutsOf(b1)).toEqual([]);

    const saved = (
      await t.http.patch(`/api/v1/jobs/${job.id}`).send({ knockOutRules: rules }).expect(200)
    ).body as Job;
    expect(saved.knockOutRules).toEqual(rules);
    expect(await knockOutsOf(ready)).toEqual([]);
    expect(await knockOutsOf(b1)).toEqual([
      { kind: 'language', language: 'English', minLevel: 'B2', level: 'B1' },
    ]);
    expect(await knockOutsOf(days)).toEqual([{ kind: 'shift', shift: 'night' }]);
    expect(await knockOutsOf(flexible)).toEqual([{ kind: 'typing', minWpm: 35, wpm: null }]);

    // Recording the typing test clears it; a job on the day shift clears Dana.
    const current = (await t.http.get(`/api/v1/candidates/${flexible}`)).body as Candidate;
    await t.http
      .patch(`/api/v1/candidates/${flexible}`)
      .set('if-match', `"${current.version}"`)
      .send({ typingWpm: 36 })
      .expect(200);
    expect(await knockOutsOf(flexible)).toEqual([]);
    await t.http.patch(`/api/v1/jobs/${job.id}`).send({ shift: 'day' }).expect(200);
    expect(await knockOutsOf(days)).toEqual([]);

    // Bad rules are refused whole; what was saved stays.
    const refused = await t.http
      .patch(`/api/v1/jobs/${job.id}`)
      .send({ knockOutRules: { ...rules, minTypingWpm: 0 } });
    expect(refused.status).toBe(400);
    expect(refused.body.details[0].path).toEqual(['knockOutRules', 'minTypingWpm']);
    expect(((await t.http.get(`/api/v1/jobs/${job.id}`)).body as Job).knockOutRules).toEqual(rules);

    // Only who may edit the job counts its rules: not even its hiring manager.
    const managerId = await insertUser(t.dataSource, 'hiring_manager', 'Hugo Manager');
    await t.http
      .patch(`/api/v1/jobs/${job.id}`)
      .send({ hiringManagerIds: [managerId] })
      .expect(200);
    const manager = await t.signInAs(managerId);
    await manager.get(`/api/v1/jobs/${job.id}/knock-out-what-if`).expect(403);
  });
});
