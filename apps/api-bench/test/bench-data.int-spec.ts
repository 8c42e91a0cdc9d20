import { SessionUser } from '@calibrate/api/common/auth/session-user';
import { CandidatesRepository } from '@calibrate/api/modules/candidates/candidates.repository';
import { resetData, startTestApp, TestApp } from '@calibrate/api-test/test-app';
import { CandidatePage, CandidateSummary, MyInterviews } from '@calibrate/contracts';
import { Pool } from 'pg';

import { generateBenchData } from '../src/data/bench-data';
import { PlanRecorder } from '../src/query-plans';

/** `npm run bench:data` at a tiny size: the data is complete and the API serves it. */
describe('bench data generator', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await resetData(t);
  });
  afterAll(() => t.close());

  it('fills jobs, candidates at every stage, rounds, scorecards and complete answers', async () => {
    const counts = await generateBenchData(t.dataSource, 1000, () => undefined);
    expect(counts).toMatchObject({ jobs: 200, candidates: 1000, rounds: 3000, scorecards: 3000 });
    expect(counts.answers).toBeGreaterThan(10_000);

    const stages = (await t.dataSource.query(
      `SELECT stage, count(*)::int AS n FROM candidates GROUP BY stage`,
    )) as { stage: string; n: number }[];
    expect(stages.map((s) => s.stage).sort()).toEqual(
      ['applied', 'hired', 'interviewing', 'offer', 'rejected', 'screening', 'withdrawn'].sort(),
    );
    // A job's pipeline holds candidates at several stages (not one stage per job).
    const [mix] = (await t.dataSource.query(
      `SELECT avg(n)::float8 AS stages_per_job
         FROM (SELECT count(DISTINCT stage) AS n FROM candidates GROUP BY job_id) per_job`,
    )) as { stages_per_job: number }[];
    expect(mix?.stages_per_job).toBeGreaterThan(2);
    // Every submitted scorecard is one the API would have accepted: all questions answered, every
    // 1 or 5 with a note, a recommendation.
    const [incomplete] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM scorecards s
         JOIN interview_rounds r ON r.id = s.round_id
         JOIN rubric_questions q ON q.rubric_version_id = r.rubric_version_id
         LEFT JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.question_id = q.id
        WHERE s.status = 'submitted'
          AND (a.question_id IS NULL OR s.recommendation IS NULL
               OR (a.rating IN (1, 5) AND btrim(a.note) = ''))`,
    )) as { n: number }[];
    expect(incomplete?.n).toBe(0);
    const [span] = (await t.dataSource.query(
      `SELECT extract(day FROM max(created_at) - min(created_at))::int AS days FROM candidates`,
    )) as { days: number }[];
    expect(span?.days).toBeGreaterThan(700);
  });

  it('is served by the API: lists, summaries and an interviewer’s owed scorecards', async () => {
    const [hired] = (await t.dataSource.query(
      `SELECT id, job_id FROM candidates WHERE stage = 'hired' ORDER BY id LIMIT 1`,
    )) as { id: string; job_id: string }[];
    const list = (
      await t.http
        .get('/api/v1/candidates')
        .query({ jobId: hired?.job_id, stage: 'hired', limit: 5 })
        .expect(200)
    ).body as CandidatePage;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((c) => c.stage === 'hired' && c.score !== null)).toBe(true);

    const summary = (await t.http.get(`/api/v1/candidates/${hired?.id}/summary`).expect(200))
      .body as CandidateSummary;
    expect(summary.overall.scoredRounds).toBeGreaterThanOrEqual(2);
    expect(summary.overall.weightedScore100).not.toBeNull();

    const [busy] = (await t.dataSource.query(
      `SELECT s.interviewer_id FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
        WHERE s.status = 'draft' AND r.status = 'scheduled' LIMIT 1`,
    )) as { interviewer_id: string }[];
    const interviewer = await t.signInAs(busy?.interviewer_id ?? '');
    const mine = (await interviewer.get('/api/v1/my-interviews').expect(200)).body as MyInterviews;
    expect(mine.openTotal).toBeGreaterThan(0);
  });

  it('records the plan of each statement a repository sends, and still returns its rows', async () => {
    const pool = new Pool({ connectionString: process.env.CALIBRATE_TEST_DATABASE_URL, max: 2 });
    try {
      const recorder = new PlanRecorder(pool);
      await recorder.loadTableSizes();
      // The list as the test admin asks for it (every candidate, stored scores as they may).
      const admin: SessionUser = {
        id: t.adminId,
        email: 'test.admin@example.com',
        name: 'Test Admin',
        role: 'admin',
        active: true,
        createdAt: new Date(),
        csrfToken: '',
      };
      const query = { limit: 5, sort: 'createdAt', stage: 'hired' } as const;
      const candidates = new CandidatesRepository(recorder.dataSource());
      const page = await recorder.record('pipeline', () =>
        candidates.findPage(query, admin, 'as-viewer-may'),
      );
      const direct = await new CandidatesRepository(t.dataSource).findPage(
        query,
        admin,
        'as-viewer-may',
      );
      expect(page.rows.map((row) => row.id)).toEqual(direct.rows.map((row) => row.id));
      expect(recorder.plans).toEqual([
        expect.objectContaining({ path: 'pipeline', bigSeqScans: [] }),
      ]);
      expect(recorder.plans[0]?.topNode).toMatch(/^Limit › Index Scan on candidates_/);

      // A sequential scan of a big table is named.
      await recorder.record('unindexed', () =>
        recorder
          .dataSource()
          .query(`SELECT count(*) FROM scorecard_answers WHERE note LIKE '%evidence%'`),
      );
      expect(recorder.plans[1]?.bigSeqScans).toContain('scorecard_answers');
    } finally {
      await pool.end();
    }
  });
});
