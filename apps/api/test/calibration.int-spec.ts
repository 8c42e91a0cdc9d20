import {
  CalibrationFit,
  CalibrationReport,
  CandidateSummary,
  Comparison,
  Job,
  Rubric,
  RubricVersion,
} from '@calibrate/contracts';

import { CalibrationService } from '../src/modules/calibration/calibration.service';
import { insertPanelRound, insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { Client, resetData, startTestApp, TestApp } from './test-app';

/** A seeded stream of numbers in [0, 1): the same panels and ratings on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('interviewer calibration API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  interface World {
    job: Job;
    interviewers: { id: string; name: string; leniency: number }[];
    manager: string;
  }

  /**
   * 80 candidates of one job, each scored by two of four interviewers (submitted scorecards,
   * written straight into the tables): Lena rates a point above the truth, Hal 0.8 below.
   */
  async function buildWorld(): Promise<World> {
    await resetData(t);
    const rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (
      await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id ?? ''}/publish`)
    ).body as RubricVersion;
    const questions = version.categories.flatMap((category) => category.questions);
    const manager = await insertUser(t.dataSource, 'hiring_manager', 'Mara Manager');
    const job = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        hiringManagerIds: [manager],
        interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }],
      })
    ).body as Job;
    const interviewers = [
      { name: 'Lena Lenient', leniency: 1 },
      { name: 'Hal Harsh', leniency: -0.8 },
      { name: 'Nia Neutral', leniency: 0 },
      { name: 'Ned Neutral', leniency: 0 },
    ];
    const ids = await Promise.all(
      interviewers.map((interviewer) => insertUser(t.dataSource, 'interviewer', interviewer.name)),
    );
    const random = seeded(7);
    for (let c = 0; c < 80; c++) {
      const ability = 3 + (random() - 0.5) * 2;
      const first = Math.floor(random() * 4);
      const second = (first + 1 + Math.floor(random() * 3)) % 4;
      const pair = [first, second];
      await insertPanelRound(
        t.dataSource,
        {
          jobId: job.id,
          rubricVersionId: version.id,
          name: 'Mock call',
          candidate: { name: `Candidate ${c}`, email: `candidate.${c}@example.com` },
        },
        pair.map((index) => ids[index] ?? ''),
        questions.map((question) => question.id),
        (member) => {
          const noise = (random() - 0.5) * 0.8;
          const leniency = interviewers[pair[member] ?? 0]?.leniency ?? 0;
          return Math.min(5, Math.max(1, Math.round(ability + leniency + noise)));
        },
      );
    }
    return {
      job,
      manager,
      interviewers: interviewers.map((interviewer, index) => ({
        ...interviewer,
        id: ids[index] ?? '',
      })),
    };
  }

  async function fitNow(client: Client = t.http): Promise<CalibrationReport> {
    const started = await client.post('/api/v1/calibration/fits');
    expect(started.status).toBe(202);
    expect((started.body as CalibrationFit).status).toBe('running');
    for (let attempt = 0; attempt < 100; attempt++) {
      const report = (await t.http.get('/api/v1/calibration')).body as CalibrationReport;
      if (!report.running && report.fit) {
        // Then the background rewrite of stored corrected scores, before the next test resets.
        await t.app.get(CalibrationService).settled();
        return report;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The fit did not finish.');
  }

  it('reports no fit before the first one', async () => {
    await resetData(t);
    const response = await t.http.get('/api/v1/calibration');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ fit: null, running: null, interviewers: [] });
  });

  it('finds the lenient and the harsh interviewer, with intervals and reliability', async () => {
    const world = await buildWorld();
    const report = await fitNow();
    expect(report.fit).toMatchObject({
      status: 'succeeded',
      trigger: 'manual',
      scorecards: 160,
      candidates: 80,
      interviewers: 4,
    });
    const byName = new Map(report.interviewers.map((row) => [row.interviewerName, row]));
    const lena = byName.get('Lena Lenient');
    const hal = byName.get('Hal Harsh');
    expect(lena?.leniency).toBeGreaterThan(0.6);
    expect(hal?.leniency).toBeLessThan(-0.4);
    for (const neutral of ['Nia Neutral', 'Ned Neutral'])
      expect(Math.abs(byName.get(neutral)?.leniency ?? 9)).toBeLessThan(0.35);
    for (const row of report.interviewers) {
      expect(row.comparable).toBe(true);
      expect(row.calibrated).toBe(row.linkedScorecards >= 30);
      expect(row.lower ?? 0).toBeLessThanOrEqual(row.leniency ?? 0);
      expect(row.upper ?? 0).toBeGreaterThanOrEqual(row.leniency ?? 0);
      expect(row.categories.map((category) => category.name).sort()).toEqual([
        'Empathy',
        'Problem solving',
      ]);
    }
    // Leniency is what separates absolute agreement from consistency.
    expect(report.reliability?.consistency.value ?? 0).toBeGreaterThan(
      report.reliability?.absolute.value ?? 1,
    );
    expect(report.categories).toHaveLength(2);
    expect(world.interviewers).toHaveLength(4);
  });

  it('puts a leniency-corrected score beside every raw score in summaries and comparisons', async () => {
    const world = await buildWorld();
    const report = await fitNow();
    const leniency = new Map(report.interviewers.map((row) => [row.interviewerId, row.leniency]));
    const [lena, hal] = world.interviewers;
    // A candidate Lena scored and Hal did not, and one the other way round.
    const onlyBy = async (one?: { id: string }, other?: { id: string }) =>
      (await t.dataSource.query(
        `SELECT r.candidate_id FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
          WHERE s.interviewer_id = $1 AND NOT EXISTS (
            SELECT 1 FROM scorecards o WHERE o.round_id = r.id AND o.interviewer_id = $2)
          ORDER BY r.candidate_id LIMIT 1`,
        [one?.id, other?.id],
      )) as { candidate_id: string }[];
    const [byLena, byHal] = await Promise.all([onlyBy(lena, hal), onlyBy(hal, lena)]);
    const ids = [byLena?.[0]?.candidate_id ?? '', byHal?.[0]?.candidate_id ?? ''];
    const comparison = (
      await t.http
        .get(`/api/v1/jobs/${world.job.id}/comparison`)
        .query({ candidateIds: ids.join(',') })
    ).body as Comparison;
    for (const candidate of comparison.candidates) {
      const [round] = candidate.rounds;
      const summary = (await t.http.get(`/api/v1/candidates/${candidate.candidateId}/summary`))
        .body as CandidateSummary;
      const panel = summary.rounds[0]?.interviewers ?? [];
      const meanLeniency =
        panel.reduce((sum, i) => sum + (leniency.get(i.interviewerId) ?? 0), 0) / panel.length;
      // The panel's mean leniency comes out: a rating point is 25 points on 0–100.
      expect(summary.rounds[0]?.correctedScore100).toBeCloseTo(
        Math.min(100, Math.max(0, (round?.weightedScore100 ?? 0) - 25 * meanLeniency)),
        6,
      );
      expect(candidate.overall.correctedScore100).toBeCloseTo(
        summary.rounds[0]?.correctedScore100 ?? -1,
        6,
      );
      for (const interviewer of panel)
        expect(interviewer.leniency).toBeCloseTo(leniency.get(interviewer.interviewerId) ?? 0, 9);
    }
    const [lenaCandidate, halCandidate] = comparison.candidates;
    expect(lenaCandidate?.overall.correctedScore100 ?? 100).toBeLessThan(
      lenaCandidate?.overall.weightedScore100 ?? 0,
    );
    expect(halCandidate?.candidateId).toBe(ids[1]);
  });

  it('shows hiring managers their jobs’ interviewers, interviewers only themselves', async () => {
    const world = await buildWorld();
    await fitNow();
    const manager = await t.signInAs(world.manager);
    const managed = (await manager.get('/api/v1/calibration')).body as CalibrationReport;
    expect(managed.interviewers).toHaveLength(4);
    const stranger = await t.signInAs(await insertUser(t.dataSource, 'hiring_manager'));
    expect(
      ((await stranger.get('/api/v1/calibration')).body as CalibrationReport).interviewers,
    ).toEqual([]);

    const lena = world.interviewers[0];
    const interviewer = await t.signInAs(lena?.id ?? '');
    expect((await interviewer.get('/api/v1/calibration')).status).toBe(403);
    const own = (await interviewer.get('/api/v1/calibration/me')).body as CalibrationReport;
    expect(own.interviewers.map((row) => row.interviewerName)).toEqual(['Lena Lenient']);

    // In a candidate's summary an interviewer sees their own leniency, never a colleague's.
    const [scored] = (await t.dataSource.query(
      `SELECT r.candidate_id FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
        WHERE s.interviewer_id = $1 LIMIT 1`,
      [lena?.id],
    )) as { candidate_id: string }[];
    const summary = (await interviewer.get(`/api/v1/candidates/${scored?.candidate_id}/summary`))
      .body as CandidateSummary;
    const panel = summary.rounds.flatMap((round) => round.interviewers);
    expect(panel.find((i) => i.interviewerId === lena?.id)?.leniency).toEqual(expect.any(Number));
    const colleagues = panel.filter((i) => i.interviewerId !== lena?.id);
    expect(colleagues.length).toBeGreaterThan(0);
    for (const colleague of colleagues)
      expect([colleague.leniency, colleague.correctedScore100]).toEqual([null, null]);

    const recruiter = await t.signInAs(await insertUser(t.dataSource, 'recruiter'));
    expect((await recruiter.get('/api/v1/calibration')).status).toBe(403);
    expect((await manager.post('/api/v1/calibration/fits')).status).toBe(403);
  });

  interface SecondJob {
    job: Job;
    rubric: Rubric;
    manager: string;
    /** Submitted scorecards per interviewer id on the second job, per month ("2026-01", "2026-02"). */
    counts: Map<string, Map<string, number>>;
  }

  /**
   * A second job at another site, with its own rubric and manager: 40 candidates in January and
   * February 2026, each scored by two of Lena, Hal and Nia (never Ned).
   */
  async function addSecondJob(world: World): Promise<SecondJob> {
    const rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Chat test', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (
      await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id ?? ''}/publish`)
    ).body as RubricVersion;
    const questions = version.categories.flatMap((category) => category.questions);
    const manager = await insertUser(t.dataSource, 'hiring_manager', 'Cora Cebu');
    const job = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        title: 'Chat support agent',
        site: 'Cebu IT Park',
        hiringManagerIds: [manager],
        interviewPlan: [{ name: 'Chat test', rubricId: rubric.id }],
      })
    ).body as Job;
    const random = seeded(11);
    const counts = new Map<string, Map<string, number>>();
    for (let c = 0; c < 40; c++) {
      const month = c < 20 ? '2026-01' : '2026-02';
      const ability = 3 + (random() - 0.5) * 2;
      const first = Math.floor(random() * 3);
      const second = (first + 1 + Math.floor(random() * 2)) % 3;
      const panel = [first, second].map((index) => {
        const interviewer = world.interviewers[index];
        if (!interviewer) throw new Error('no interviewer');
        return interviewer;
      });
      await insertPanelRound(
        t.dataSource,
        {
          jobId: job.id,
          rubricVersionId: version.id,
          name: 'Chat test',
          candidate: { name: `Chat candidate ${c}`, email: `chat.${c}@example.com` },
          scheduledAt: `${month}-10T12:00:00Z`,
          submittedAt: `${month}-10T14:00:00Z`,
        },
        panel.map((interviewer) => interviewer.id),
        questions.map((question) => question.id),
        (member) =>
          Math.min(
            5,
            Math.max(
              1,
              Math.round(ability + (panel[member]?.leniency ?? 0) + (random() - 0.5) * 0.8),
            ),
          ),
      );
      for (const interviewer of panel) {
        const byMonth = counts.get(interviewer.id) ?? new Map<string, number>();
        byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
        counts.set(interviewer.id, byMonth);
      }
    }
    // A draft on the second job counts for nothing.
    const [draftRound] = (await t.dataSource.query(
      `INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at, status)
       SELECT id, job_id, 'Chat test', $2, '2026-02-20T12:00:00Z', 'completed' FROM candidates
        WHERE job_id = $1 LIMIT 1 RETURNING id`,
      [job.id, version.id],
    )) as { id: string }[];
    await t.dataSource.query(
      `INSERT INTO scorecards (round_id, interviewer_id, status) VALUES ($1, $2, 'draft')`,
      [draftRound?.id, world.interviewers[3]?.id],
    );
    return { job, rubric, manager, counts };
  }

  const total = (byMonth: Map<string, number> | undefined, months?: string[]) =>
    [...(byMonth ?? new Map<string, number>())]
      .filter(([month]) => !months || months.includes(month))
      .reduce((sum, [, count]) => sum + count, 0);

  describe('trend, filters and panel agreement', () => {
    let world: World;
    let second: SecondJob;
    let whole: CalibrationReport;
    /** The month (UTC) of the first job's rounds: two days ago. */
    let recent: string;

    beforeAll(async () => {
      world = await buildWorld();
      second = await addSecondJob(world);
      whole = await fitNow();
      const [row] = (await t.dataSource.query(
        `SELECT to_char(now() - interval '2 days', 'YYYY-MM') AS month`,
      )) as { month: string }[];
      recent = row?.month ?? '';
    });

    it('reports each interviewer’s leniency per month of their interviews, with counts', () => {
      expect(whole.filters.options.months).toEqual(['2026-01', '2026-02', recent]);
      for (const row of whole.interviewers) {
        const months = row.trend.map((month) => month.month);
        expect(months).toEqual([...months].sort());
        expect(row.trend.reduce((sum, month) => sum + month.scorecards, 0)).toBe(row.scorecards);
        const byMonth = second.counts.get(row.interviewerId);
        for (const month of ['2026-01', '2026-02'])
          expect(row.trend.find((m) => m.month === month)?.scorecards ?? 0).toBe(
            byMonth?.get(month) ?? 0,
          );
        for (const month of row.trend) {
          expect(month.linkedScorecards).toBeLessThanOrEqual(month.scorecards);
          expect(month.lower ?? 0).toBeLessThanOrEqual(month.leniency ?? 0);
          expect(month.upper ?? 0).toBeGreaterThanOrEqual(month.leniency ?? 0);
        }
      }
      // Lena rates a point high in every month, Hal low: the trend says so month by month.
      const byName = new Map(whole.interviewers.map((row) => [row.interviewerName, row]));
      for (const month of byName.get('Lena Lenient')?.trend ?? [])
        expect(month.leniency ?? 0).toBeGreaterThan(0.4);
      for (const month of byName.get('Hal Harsh')?.trend ?? [])
        expect(month.leniency ?? 0).toBeLessThan(-0.2);
      // Unfiltered, an admin's view is not narrowed: no count in scope.
      expect(whole.interviewers.every((row) => row.scorecardsInScope === null)).toBe(true);
      expect(whole.filters.applied).toEqual({});
    });

    it('reports ordinal Krippendorff’s alpha of the panels, overall and per category', () => {
      const alpha = whole.panelAgreement;
      expect(alpha?.panels).toBe(120);
      expect(alpha?.overall.value).toEqual(expect.any(Number));
      expect(alpha?.overall.value ?? 0).toBeGreaterThan(0);
      expect(alpha?.overall.lower ?? 1).toBeLessThanOrEqual(alpha?.overall.value ?? 0);
      expect(alpha?.overall.upper ?? 0).toBeGreaterThanOrEqual(alpha?.overall.value ?? 1);
      // Two rubrics, two lineages of each category.
      expect(alpha?.categories.map((category) => category.name).sort()).toEqual([
        'Empathy',
        'Empathy',
        'Problem solving',
        'Problem solving',
      ]);
      for (const category of alpha?.categories ?? [])
        expect(category.alpha.value).toEqual(expect.any(Number));
    });

    it('narrows the list to interviewers with submitted scorecards on a job, site or rubric', async () => {
      const scoped = [
        { jobId: second.job.id },
        { site: 'Cebu IT Park' },
        { rubricId: second.rubric.id },
      ];
      for (const query of scoped) {
        const response = await t.http.get('/api/v1/calibration').query(query);
        expect(response.status).toBe(200);
        const report = response.body as CalibrationReport;
        expect(report.filters.applied).toEqual(query);
        expect(report.interviewers.map((row) => row.interviewerName).sort()).toEqual([
          'Hal Harsh',
          'Lena Lenient',
          'Nia Neutral',
        ]);
        for (const row of report.interviewers) {
          expect(row.scorecardsInScope).toBe(total(second.counts.get(row.interviewerId)));
          // The figures stay the whole fit's.
          const all = whole.interviewers.find((i) => i.interviewerId === row.interviewerId);
          expect([row.leniency, row.scorecards]).toEqual([all?.leniency, all?.scorecards]);
        }
      }
      const first = (await t.http.get('/api/v1/calibration').query({ jobId: world.job.id }))
        .body as CalibrationReport;
      expect(first.interviewers).toHaveLength(4);
      for (const row of first.interviewers)
        expect(row.scorecardsInScope).toBe(
          (row.scorecards ?? 0) - total(second.counts.get(row.interviewerId)),
        );
    });

    it('bounds the counts and the monthly trend by a period', async () => {
      const report = (
        await t.http.get('/api/v1/calibration').query({ from: '2026-02', to: '2026-02' })
      ).body as CalibrationReport;
      expect(report.interviewers.map((row) => row.interviewerName).sort()).toEqual([
        'Hal Harsh',
        'Lena Lenient',
        'Nia Neutral',
      ]);
      for (const row of report.interviewers) {
        expect(row.scorecardsInScope).toBe(
          total(second.counts.get(row.interviewerId), ['2026-02']),
        );
        expect(row.trend.map((month) => month.month)).toEqual(['2026-02']);
      }
      const since = (await t.http.get('/api/v1/calibration').query({ from: '2026-02' }))
        .body as CalibrationReport;
      expect(since.interviewers).toHaveLength(4);
      for (const row of since.interviewers)
        expect(row.trend.every((month) => month.month >= '2026-02')).toBe(true);
      const none = (
        await t.http.get('/api/v1/calibration').query({ jobId: world.job.id, to: '2026-01' })
      ).body as CalibrationReport;
      expect(none.interviewers).toEqual([]);
    });

    it('refuses a malformed filter with 400 in the one error format', async () => {
      const bad = await t.http
        .get('/api/v1/calibration')
        .query({ jobId: 'job-1', from: '2026-13' });
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: [
          { path: ['jobId'], code: 'invalid_format', message: expect.any(String) },
          {
            path: ['from'],
            code: 'invalid_format',
            message: 'Give a month as YYYY-MM, such as 2026-03.',
          },
        ],
        requestId: bad.headers['x-request-id'],
      });
      const reversed = await t.http
        .get('/api/v1/calibration')
        .query({ from: '2026-03', to: '2026-01' });
      expect(reversed.status).toBe(400);
      expect(reversed.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ path: ['from'], message: 'The first month must not be after the last.' }],
      });
      expect((await t.http.get('/api/v1/calibration').query({ site: ' ' })).status).toBe(400);
    });

    it('keeps a hiring manager inside the jobs they manage, whatever the filter', async () => {
      const mara = await t.signInAs(world.manager);
      const own = (await mara.get('/api/v1/calibration')).body as CalibrationReport;
      expect(own.filters.options.jobs.map((job) => job.id)).toEqual([world.job.id]);
      expect(own.filters.options.sites).toEqual(['Manila – Ortigas']);
      expect(own.filters.options.rubrics.map((rubric) => rubric.name)).toEqual(['Mock call']);
      expect(own.interviewers).toHaveLength(4);
      // Their scope is their job: the second job's scorecards are not counted.
      for (const row of own.interviewers)
        expect(row.scorecardsInScope).toBe(
          row.scorecards - total(second.counts.get(row.interviewerId)),
        );
      // Another manager's job, site or rubric: an empty list, as the pipeline's job filter gives.
      for (const query of [
        { jobId: second.job.id },
        { site: 'Cebu IT Park' },
        { rubricId: second.rubric.id },
      ]) {
        const foreign = await mara.get('/api/v1/calibration').query(query);
        expect(foreign.status).toBe(200);
        expect((foreign.body as CalibrationReport).interviewers).toEqual([]);
      }

      const cora = await t.signInAs(second.manager);
      const hers = (await cora.get('/api/v1/calibration').query({ from: '2026-01', to: '2026-01' }))
        .body as CalibrationReport;
      expect(hers.filters.options.jobs.map((job) => job.title)).toEqual(['Chat support agent']);
      expect(hers.interviewers.map((row) => row.interviewerName).sort()).toEqual([
        'Hal Harsh',
        'Lena Lenient',
        'Nia Neutral',
      ]);
      for (const row of hers.interviewers)
        expect(row.scorecardsInScope).toBe(
          total(second.counts.get(row.interviewerId), ['2026-01']),
        );
    });

    it('gives an interviewer their own row, trend and no filter options on /me, and nothing else', async () => {
      const ned = world.interviewers[3];
      const interviewer = await t.signInAs(ned?.id ?? '');
      expect(
        (await interviewer.get('/api/v1/calibration').query({ jobId: world.job.id })).status,
      ).toBe(403);
      const mine = await interviewer.get('/api/v1/calibration/me').query({ jobId: second.job.id });
      expect(mine.status).toBe(200);
      const report = mine.body as CalibrationReport;
      expect(report.interviewers.map((row) => row.interviewerId)).toEqual([ned?.id]);
      const [row] = report.interviewers;
      expect(row?.trend.map((month) => month.month)).toEqual([recent]);
      expect(row?.scorecardsInScope).toBeNull();
      expect(row?.categories).toHaveLength(4);
      expect(report.filters).toEqual({
        applied: {},
        options: { jobs: [], sites: [], rubrics: [], months: [] },
      });
      const recruiter = await t.signInAs(await insertUser(t.dataSource, 'recruiter'));
      expect(
        (await recruiter.get('/api/v1/calibration').query({ jobId: world.job.id })).status,
      ).toBe(403);
      const mineAsRecruiter = (await recruiter.get('/api/v1/calibration/me'))
        .body as CalibrationReport;
      expect(mineAsRecruiter.interviewers).toEqual([]);
    });
  });
});
