import {
  Job,
  QuestionAnalysis,
  QuestionAnalysisQuestion,
  Rubric,
  RubricVersion,
} from '@calibrate/contracts';

import { createRandom } from '../src/modules/calibration/model/random';
import { anchors, draftIfMatch, insertPanelRound, insertUser, jobFields } from './fixtures';
import { fitAndAggregate, resetData, startTestApp, TestApp } from './test-app';

/**
 * The question analysis end to end over HTTP: 120 panel rounds (two interviewers each) on a
 * rubric whose first category has two questions that measure ability and one that measures
 * nothing, and a second category with a single question that a quarter of panels skip. Rounds
 * are spread over ten ISO weeks at one site (12 a week), plus 3 rounds at another site.
 */
describe('question analysis', () => {
  let t: TestApp;
  let rubric: Rubric;
  let job: Job;
  /** Question lineages in rubric order: calm, reassure (informative), helped (noise), refund. */
  let lineages: string[];

  beforeAll(async () => {
    t = await startTestApp({ QUESTION_EXPOSURE_WARN_PER_WEEK: '5' });
    await resetData(t);
    await buildFloor();
    await fitAndAggregate(t);
  });
  afterAll(() => t.close());

  async function buildFloor(): Promise<void> {
    rubric = (
      await t.http.post('/api/v1/rubrics').send({
        name: 'Mock call',
        content: {
          categories: [
            {
              name: 'Empathy',
              weight: 2,
              questions: [
                { text: 'How do you calm an upset caller?', anchors: anchors('calm') },
                { text: 'How do you reassure a worried caller?', anchors: anchors('reassure') },
                { text: 'Tell me about a customer you helped.', anchors: anchors('helped') },
              ],
            },
            {
              name: 'Problem solving',
              weight: 1,
              questions: [
                {
                  text: 'A refund is not in the system. What do you do?',
                  anchors: anchors('refund'),
                },
              ],
            },
          ],
        },
      })
    ).body as Rubric;
    const version = (
      await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id ?? ''}/publish`)
    ).body as RubricVersion;
    const questions = version.categories.flatMap((category) => category.questions);
    lineages = questions.map((question) => question.lineageId);
    const plan = { interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }] };
    job = (await t.http.post('/api/v1/jobs').send({ ...jobFields, ...plan })).body as Job;
    const cebu = (
      await t.http.post('/api/v1/jobs').send({ ...jobFields, site: 'Cebu IT Park', ...plan })
    ).body as Job;
    const interviewers = await Promise.all(
      ['Ana Reyes', 'Ben Cruz', 'Carla Santos'].map((name) =>
        insertUser(t.dataSource, 'interviewer', name),
      ),
    );
    const random = createRandom(21);
    const skipped: string[] = [];
    const rate = (ability: number) => (_member: number, q: number) =>
      q === 2
        ? 1 + random.int(5) // measures nothing
        : Math.min(5, Math.max(1, Math.round(3 + 0.9 * ability + 0.6 * random.normal())));
    for (let c = 0; c < 123; c++) {
      const atCebu = c >= 120;
      // Monday of ISO week 2026-W02, plus c % 10 weeks; the Cebu rounds in W02.
      const scheduledAt = new Date(
        Date.UTC(2026, 0, 5, 10) + (atCebu ? 0 : c % 10) * 7 * 86_400_000,
      ).toISOString();
      const { roundId } = await insertPanelRound(
        t.dataSource,
        {
          jobId: atCebu ? cebu.id : job.id,
          rubricVersionId: version.id,
          name: 'Mock call',
          candidate: { name: `Applicant ${c}`, email: `applicant.${c}@example.com` },
          scheduledAt,
        },
        [c % 3, (c + 1) % 3].map((index) => interviewers[index] ?? ''),
        questions.map((question) => question.id),
        rate(random.normal()),
      );
      if (!atCebu && c % 4 === 0) skipped.push(roundId);
    }
    // A quarter of the Manila panels did not ask the refund question.
    await t.dataSource.query(
      `UPDATE scorecard_answers a SET rating = NULL, not_asked = true
         FROM scorecards s
        WHERE s.id = a.scorecard_id AND s.round_id = ANY($1::uuid[]) AND a.question_id = $2`,
      [skipped, questions[3]?.id],
    );
  }

  const analysis = async (query: Record<string, string> = {}) => {
    const response = await t.http
      .get(`/api/v1/rubrics/${rubric.id}/question-analysis`)
      .query(query);
    expect(response.status).toBe(200);
    return response.body as QuestionAnalysis;
  };
  const question = (body: QuestionAnalysis, lineageId: string | undefined) => {
    const found = body.categories
      .flatMap((category) => category.questions)
      .find((q) => q.lineageId === lineageId);
    if (!found) throw new Error(`no question ${lineageId}`);
    return found;
  };

  it('separates the questions that measure ability from the one that measures nothing', async () => {
    const body = await analysis({ jobId: job.id });
    expect(body.scorecards).toBe(240);
    expect(body.panels).toBe(120);
    expect(body.rules).toEqual({ minScorecards: 30, minPanels: 20, exposureWarnPerWeek: 5 });
    expect(
      body.categories.map((category) => [category.name, category.questions.map((q) => q.text)]),
    ).toEqual([
      [
        'Empathy',
        [
          'How do you calm an upset caller?',
          'How do you reassure a worried caller?',
          'Tell me about a customer you helped.',
        ],
      ],
      ['Problem solving', ['A refund is not in the system. What do you do?']],
    ]);
    const [calm, reassure, helped, refund] = lineages.map((id) => question(body, id));
    for (const informative of [calm, reassure] as QuestionAnalysisQuestion[]) {
      expect(informative.itemRest.scorecards).toBe(240);
      expect(informative.itemRest.r).toBeGreaterThan(0.4);
      expect(informative.candidateShare.panels).toBe(120);
      expect(informative.candidateShare.icc).toBeGreaterThan(0.4);
    }
    expect(Math.abs(helped?.itemRest.r ?? 1)).toBeLessThan(0.2);
    expect(Math.abs(helped?.candidateShare.icc ?? 1)).toBeLessThan(0.2);
    // Alone in its category: no rest to correlate with.
    expect(refund?.itemRest).toEqual({ r: null, scorecards: 0 });

    expect(calm).toMatchObject({ asked: 240, notAsked: 0, notAskedShare: 0 });
    expect(calm?.distribution.reduce((sum, n) => sum + n, 0)).toBe(240);
    expect(helped?.mean).toBeGreaterThan(2.5);
    expect(helped?.mean).toBeLessThan(3.5);
  });

  it('counts “not asked” answers', async () => {
    const refund = question(await analysis({ jobId: job.id }), lineages[3]);
    expect(refund).toMatchObject({ asked: 180, notAsked: 60, notAskedShare: 0.25 });
    expect(refund.distribution.reduce((sum, n) => sum + n, 0)).toBe(180);
    // Panels that skipped it are not panels for it.
    expect(refund.candidateShare.panels).toBe(90);
  });

  it('warns when a question was asked more than the threshold in a site-week', async () => {
    const body = await analysis();
    expect(body.options.sites).toEqual(['Cebu IT Park', jobFields.site]);
    const calm = question(body, lineages[0]);
    // 12 rounds a week for ten weeks; ties go to the newest week.
    expect(calm.exposure.peak).toEqual({ site: jobFields.site, week: '2026-W11', asked: 12 });
    expect(calm.exposure.overThreshold).toHaveLength(10);
    expect(calm.exposure.overThreshold[0]?.week).toBe('2026-W11');
    expect(calm.exposure.overThreshold.every((w) => w.site === jobFields.site)).toBe(true);

    const cebu = await analysis({ site: 'Cebu IT Park' });
    expect(cebu.scorecards).toBe(6);
    const small = question(cebu, lineages[0]);
    expect(small.exposure).toEqual({
      peak: { site: 'Cebu IT Park', week: '2026-W02', asked: 3 },
      overThreshold: [],
    });
    // Too few scorecards and panels for either figure.
    expect(small.itemRest.r).toBeNull();
    expect(small.candidateShare).toEqual({ icc: null, panels: 3 });
  });

  it('names the open draft, where a question gets fixed', async () => {
    expect((await analysis()).rubric.draftVersionId).toBeNull();
    const draft = (await t.http.post(`/api/v1/rubrics/${rubric.id}/versions`))
      .body as RubricVersion;
    const body = await analysis();
    expect(body.rubric).toMatchObject({
      id: rubric.id,
      name: 'Mock call',
      latestVersion: 1,
      draftVersionId: draft.id,
      draftVersion: 2,
    });
  });

  it('is for admins only, and 404 for an unknown rubric', async () => {
    for (const role of ['recruiter', 'hiring_manager', 'interviewer'] as const) {
      const client = await t.signInAs(await insertUser(t.dataSource, role));
      const response = await client.get(`/api/v1/rubrics/${rubric.id}/question-analysis`);
      expect(response.status).toBe(403);
    }
    const missing = await t.http.get(
      '/api/v1/rubrics/00000000-0000-4000-8000-000000000000/question-analysis',
    );
    expect(missing.status).toBe(404);
    expect(
      (await t.http.get(`/api/v1/rubrics/${rubric.id}/question-analysis?jobId=nope`)).status,
    ).toBe(400);
  });

  it('pools a reworded question across versions by its lineage, named as in the newest version', async () => {
    // The draft opened above rewords the first question; ten panels then use version 2.
    const current = (await t.http.get(`/api/v1/rubrics/${rubric.id}`)).body as Rubric;
    const draftId = current.versions.find((v) => v.status === 'draft')?.id ?? '';
    const draft = (await t.http.get(`/api/v1/rubric-versions/${draftId}`)).body as RubricVersion;
    const content = {
      categories: draft.categories.map((category) => ({
        id: category.id,
        name: category.name,
        description: category.description,
        weight: category.weight,
        questions: category.questions.map((q) => ({
          id: q.id,
          text:
            q.lineageId === lineages[0] ? 'How do you calm an angry caller on the line?' : q.text,
          guidance: q.guidance,
          anchors: q.anchors,
          followUps: q.followUps,
          knockOutMinRating: q.knockOutMinRating,
        })),
      })),
    };
    await t.http
      .put(`/api/v1/rubric-versions/${draftId}`)
      .set('if-match', await draftIfMatch(t.dataSource, draftId))
      .send(content)
      .expect(200);
    const v2 = (await t.http.post(`/api/v1/rubric-versions/${draftId}/publish`).expect(200))
      .body as RubricVersion;
    const v2Questions = v2.categories.flatMap((category) => category.questions);
    expect(v2Questions.map((q) => q.lineageId)).toEqual(lineages);
    const interviewer = await insertUser(t.dataSource, 'interviewer', 'Dana Lim');
    const colleague = await insertUser(t.dataSource, 'interviewer', 'Eli Tan');
    for (let c = 0; c < 10; c++) {
      await insertPanelRound(
        t.dataSource,
        {
          jobId: job.id,
          rubricVersionId: v2.id,
          name: 'Mock call',
          candidate: { name: `Reworded ${c}`, email: `reworded.${c}@example.com` },
          scheduledAt: new Date(Date.UTC(2026, 2, 23, 10)).toISOString(),
        },
        [interviewer, colleague],
        v2Questions.map((q) => q.id),
        () => 3,
      );
    }

    // The figures are the latest fit's: the new panels count once a fit has run.
    const before = await analysis({ jobId: job.id });
    expect(before.scorecards).toBe(240);
    expect(before.aggregatedAt).not.toBeNull();
    await fitAndAggregate(t);
    const body = await analysis({ jobId: job.id });
    expect(body.scorecards).toBe(260);
    expect(Date.parse(body.aggregatedAt ?? '')).toBeGreaterThan(
      Date.parse(before.aggregatedAt ?? ''),
    );
    const calm = question(body, lineages[0]);
    // One question, both wordings: 240 answers on version 1 and 20 on version 2.
    expect(calm.text).toBe('How do you calm an angry caller on the line?');
    expect(calm.asked).toBe(260);
    expect(body.categories.flatMap((category) => category.questions)).toHaveLength(4);
  });
});
