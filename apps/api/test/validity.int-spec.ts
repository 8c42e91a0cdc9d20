import {
  CandidateOutcomes,
  Job,
  Rubric,
  RubricVersion,
  ValidityReport,
} from '@calibrate/contracts';

import { createRandom } from '../src/modules/calibration/model/random';
import { ScoringRepository } from '../src/modules/scorecards/scoring.repository';
import { ValidityRepository } from '../src/modules/validity/validity.repository';
import { insertPanelRound, insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { Client, fitAndAggregate, resetData, startTestApp, TestApp } from './test-app';

/**
 * Post-hire outcomes and the validity report, end to end over HTTP: a floor of 120 scored
 * applicants where two questions measure ability and one ("Tell me about a customer you helped")
 * measures nothing, the best 45 hired, and their outcomes generated from the same ability.
 */
describe('outcomes and the validity report', () => {
  let t: TestApp;
  let job: Job;
  let hired: string[];
  let notHired: string;
  /** Question lineage ids in rubric order: calm (informative), helped (noise), refund (informative). */
  let questionLineages: string[];

  beforeAll(async () => {
    t = await startTestApp();
    await resetData(t);
    await buildFloor();
    await fitAndAggregate(t);
  });
  afterAll(() => t.close());

  async function buildFloor(): Promise<void> {
    const rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (
      await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id ?? ''}/publish`)
    ).body as RubricVersion;
    const questions = version.categories.flatMap((category) => category.questions);
    questionLineages = questions.map((question) => question.lineageId);
    job = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }],
      })
    ).body as Job;
    const interviewers = await Promise.all(
      ['Ana Reyes', 'Ben Cruz', 'Carla Santos'].map((name) =>
        insertUser(t.dataSource, 'interviewer', name),
      ),
    );
    const random = createRandom(21);
    const scoring = t.app.get(ScoringRepository);
    const abilities = new Map<string, number>();
    for (let c = 0; c < 120; c++) {
      const ability = random.normal();
      const pair = [c % 3, (c + 1) % 3].map((index) => interviewers[index] ?? '');
      const { candidateId } = await insertPanelRound(
        t.dataSource,
        {
          jobId: job.id,
          rubricVersionId: version.id,
          name: 'Mock call',
          candidate: { name: `Applicant ${c}`, email: `applicant.${c}@example.com` },
        },
        pair,
        questions.map((question) => question.id),
        (_member, q) =>
          q === 1
            ? 1 + random.int(5) // measures nothing
            : Math.min(5, Math.max(1, Math.round(3 + 0.9 * ability + 0.6 * random.normal()))),
      );
      await scoring.refreshCandidateScore(t.dataSource.manager, candidateId);
      abilities.set(candidateId, ability);
    }
    const ranked = (await t.dataSource.query(
      `SELECT id FROM candidates WHERE job_id = $1 ORDER BY score DESC, email`,
      [job.id],
    )) as { id: string }[];
    hired = ranked.slice(0, 45).map((row) => row.id);
    notHired = ranked[60]?.id ?? '';
    await t.dataSource.query(`UPDATE candidates SET stage = 'hired' WHERE id = ANY($1::uuid[])`, [
      hired,
    ]);
    for (const candidateId of hired) {
      const ability = abilities.get(candidateId) ?? 0;
      const response = await t.http.put(`/api/v1/candidates/${candidateId}/outcomes`).send({
        nestingQaScore: Math.round(
          Math.min(100, Math.max(0, 78 + 8 * ability + 4 * random.normal())),
        ),
        averageHandleTimeSeconds: Math.round(420 - 45 * ability + 25 * random.normal()),
        employedAt90Days: ability + 0.5 * random.normal() > 0.3,
      });
      expect(response.status).toBe(200);
    }
  }

  const report = async (query: Record<string, string> = {}, client: Client = t.http) => {
    const response = await client.get('/api/v1/validity').query(query);
    expect(response.status).toBe(200);
    return response.body as ValidityReport;
  };
  /** The figures a GET returned, as a PUT sends them (left out: not recorded). */
  const recordedFigures = (outcomes: CandidateOutcomes) =>
    Object.fromEntries(
      Object.entries(outcomes).filter(
        ([key, value]) =>
          value !== null && !['candidateId', 'recordedAt', 'recordedBy'].includes(key),
      ),
    );
  const cell = (body: ValidityReport, predictor: string, outcome: string) => {
    const found = body.cells.find((c) => c.predictor === predictor && c.outcome === outcome);
    if (!found) throw new Error(`no cell ${predictor} × ${outcome}`);
    return found;
  };

  it('finds the questions that predict, flags the one that measures nothing, and corrects for who was hired', async () => {
    const body = await report({ jobId: job.id });
    expect(body.scope).toMatchObject({ jobId: job.id, rubricName: 'Mock call' });
    expect(body.applicants).toBe(120);
    expect(body.hiredWithOutcomes).toBe(45);
    expect(body.predictors.map((p) => [p.kind, p.label])).toEqual([
      ['overall', 'Overall corrected score'],
      ['category', 'Empathy'],
      ['question', 'How do you calm an upset caller?'],
      ['question', 'Tell me about a customer you helped.'],
      ['category', 'Problem solving'],
      ['question', 'A refund is not in the system. What do you do?'],
    ]);
    const [calm, helped, refund] = questionLineages;
    for (const informative of [calm ?? '', refund ?? '']) {
      const qa = cell(body, informative, 'nestingQaScore');
      expect(qa.n).toBe(45);
      expect(qa.verdict).toBe('predicts');
      // Hiring the top scorers narrowed the range: the corrected estimate is larger.
      expect(qa.sdRatio).toBeGreaterThan(1);
      expect(qa.corrected.value).toBeGreaterThan(qa.observed.value ?? 1);
      // Shorter calls are better: a negative correlation that predicts.
      const aht = cell(body, informative, 'averageHandleTimeSeconds');
      expect(aht.observed.value).toBeLessThan(0);
      expect(aht.verdict).toBe('predicts');
    }
    expect(cell(body, helped ?? '', 'nestingQaScore').verdict).toBe('predicts_nothing');
    expect(cell(body, helped ?? '', 'averageHandleTimeSeconds').verdict).toBe('predicts_nothing');

    const retention = cell(body, 'overall', 'employedAt90Days');
    expect(retention.auc?.value).toBeGreaterThan(0.6);
    expect(retention.auc?.lower).toBeGreaterThan(0.5);
    // Barely recorded: no verdict.
    // Not recorded by this floor: no verdict.
    expect(cell(body, 'overall', 'firstContactResolutionPercent')).toMatchObject({
      n: 0,
      verdict: 'too_few',
    });
    expect(body.outcomes).toContainEqual({ key: 'csatPercent', recorded: 0 });
  });

  it('keeps a computed report until an outcome or the jobs in scope change', async () => {
    const hires = jest.spyOn(t.app.get(ValidityRepository), 'findHires');
    try {
      const first = await report({ jobId: job.id });
      const again = await report({ jobId: job.id });
      expect(again).toEqual(first);
      // Kept from an earlier request (the test above) or the first one: never read twice.
      expect(hires.mock.calls.length).toBeLessThanOrEqual(1);
      hires.mockClear();

      const candidateId = hired[1] ?? '';
      const before = (await t.http.get(`/api/v1/candidates/${candidateId}/outcomes`))
        .body as CandidateOutcomes;
      expect(
        (
          await t.http
            .put(`/api/v1/candidates/${candidateId}/outcomes`)
            .send({ ...recordedFigures(before), csatPercent: 93 })
        ).status,
      ).toBe(200);
      const recorded = await report({ jobId: job.id });
      expect(hires).toHaveBeenCalledTimes(1);
      expect(recorded.outcomes).toContainEqual({
        key: 'csatPercent',
        recorded: (first.outcomes.find((o) => o.key === 'csatPercent')?.recorded ?? 0) + 1,
      });

      // A job at another site joins the admin's unfiltered scope: a new key, read afresh.
      await t.http.post('/api/v1/jobs').send({ ...jobFields, title: 'Chat agent', site: 'Davao' });
      hires.mockClear();
      const wider = await report({ rubricId: first.scope.rubricId ?? '' });
      expect(hires).toHaveBeenCalledTimes(1);
      expect(wider.hiredWithOutcomes).toBe(recorded.hiredWithOutcomes);
    } finally {
      hires.mockRestore();
    }
  });

  it('records a hired candidate’s outcomes, audited, and reads them back', async () => {
    const candidateId = hired[0] ?? '';
    const before = (await t.http.get(`/api/v1/candidates/${candidateId}/outcomes`))
      .body as CandidateOutcomes;
    const response = await t.http.put(`/api/v1/candidates/${candidateId}/outcomes`).send({
      nestingQaScore: 91.5,
      averageHandleTimeSeconds: 388,
      firstContactResolutionPercent: 74,
      csatPercent: 88,
      employedAt30Days: true,
      employedAt90Days: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      candidateId,
      nestingQaScore: 91.5,
      averageHandleTimeSeconds: 388,
      firstContactResolutionPercent: 74,
      csatPercent: 88,
      employedAt30Days: true,
      employedAt90Days: true,
      recordedBy: { id: t.adminId, name: 'Test Admin' },
    });
    const read = (await t.http.get(`/api/v1/candidates/${candidateId}/outcomes`)).body;
    expect(read).toEqual(response.body);

    const audit = await t.http
      .get('/api/v1/audit-events')
      .query({ entityType: 'candidate', entityId: candidateId });
    const event = (
      audit.body as { items: { action: string; before: unknown; after: unknown }[] }
    ).items.find((item) => item.action === 'candidate.outcomes_recorded');
    expect(event?.before).toMatchObject({ nestingQaScore: before.nestingQaScore });
    expect(event?.after).toMatchObject({ nestingQaScore: 91.5, csatPercent: 88 });

    // Left out is "not recorded": a PUT replaces the record whole.
    const cleared = await t.http
      .put(`/api/v1/candidates/${candidateId}/outcomes`)
      .send({ nestingQaScore: 80 });
    expect(cleared.body).toMatchObject({
      nestingQaScore: 80,
      csatPercent: null,
      employedAt90Days: null,
    });
  });

  it('refuses outcomes for a candidate who was not hired, and bad figures, keeping what was saved', async () => {
    const refused = await t.http
      .put(`/api/v1/candidates/${notHired}/outcomes`)
      .send({ nestingQaScore: 70 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'CANDIDATE_NOT_HIRED',
      details: { stage: 'applied' },
    });
    const untouched = (await t.http.get(`/api/v1/candidates/${notHired}/outcomes`)).body;
    expect(untouched).toMatchObject({ nestingQaScore: null, recordedAt: null });

    const candidateId = hired[1] ?? '';
    const saved = (await t.http.get(`/api/v1/candidates/${candidateId}/outcomes`)).body;
    for (const body of [
      { nestingQaScore: 101 },
      { averageHandleTimeSeconds: 0 },
      { averageHandleTimeSeconds: 12.5 },
      { csatPercent: '88' },
      { employedAt90Days: 'yes' },
      { attrition: true },
    ]) {
      const response = await t.http.put(`/api/v1/candidates/${candidateId}/outcomes`).send(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.http.get(`/api/v1/candidates/${candidateId}/outcomes`)).body).toEqual(saved);
    const missing = await t.http
      .put('/api/v1/candidates/00000000-0000-4000-8000-000000000000/outcomes')
      .send({});
    expect(missing.status).toBe(404);
  });

  it('lets recruiters record outcomes; hiring managers read their jobs’ only; interviewers neither', async () => {
    const candidateId = hired[2] ?? '';
    const recruiter = await t.signInAs(await insertUser(t.dataSource, 'recruiter'));
    expect(
      (await recruiter.put(`/api/v1/candidates/${candidateId}/outcomes`).send({ csatPercent: 90 }))
        .status,
    ).toBe(200);

    const manager = await t.signInAs(await insertUser(t.dataSource, 'hiring_manager'));
    expect((await manager.get(`/api/v1/candidates/${candidateId}/outcomes`)).status).toBe(404);
    // A job they do not manage is not there for them.
    expect((await manager.get('/api/v1/validity').query({ jobId: job.id })).status).toBe(404);
    const mine = await insertUser(t.dataSource, 'hiring_manager');
    await t.dataSource.query(`INSERT INTO job_hiring_managers (job_id, user_id) VALUES ($1, $2)`, [
      job.id,
      mine,
    ]);
    const owner = await t.signInAs(mine);
    expect((await owner.get(`/api/v1/candidates/${candidateId}/outcomes`)).body).toMatchObject({
      csatPercent: 90,
    });
    expect(
      (await owner.put(`/api/v1/candidates/${candidateId}/outcomes`).send({ csatPercent: 10 }))
        .status,
    ).toBe(403);
    expect((await report({}, owner)).applicants).toBe(120);
    // Another manager's report covers none of this job.
    expect((await report({}, manager)).applicants).toBe(0);

    const interviewer = await t.signInAs(await insertUser(t.dataSource, 'interviewer'));
    expect((await interviewer.get(`/api/v1/candidates/${candidateId}/outcomes`)).status).toBe(403);
    expect((await interviewer.get('/api/v1/validity')).status).toBe(403);
  });

  it('answers an empty report where nothing was scored, and refuses bad filters', async () => {
    const empty = await report({ site: 'Davao – Lanang' });
    expect(empty).toMatchObject({ applicants: 0, hiredWithOutcomes: 0, cells: [] });
    const bad = await t.http.get('/api/v1/validity').query({ jobId: 'job-1' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});
