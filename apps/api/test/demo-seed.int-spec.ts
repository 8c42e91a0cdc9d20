import { CalibrationReport, CandidateSummary } from '@calibrate/contracts';

import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/demo-seed';
import { startTestApp, TestApp } from './test-app';
import { truncateAll } from './test-database';

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await truncateAll(t.dataSource);
  });
  afterAll(() => t.close());

  const count = async (sql: string) => ((await t.dataSource.query(sql)) as { n: number }[])[0]?.n;

  it('fills an empty database with a demo that follows the scoring rules, once', async () => {
    const summary = await seedDemoIfEmpty(t.dataSource);
    expect(summary).toMatchObject({ users: 9, candidates: 64 });
    expect(await seedDemoIfEmpty(t.dataSource)).toBeUndefined();

    const users = (await t.dataSource.query(`SELECT email, role FROM users ORDER BY email`)) as {
      email: string;
      role: string;
    }[];
    expect(users.map((u) => u.email)).toEqual([
      'admin@example.com',
      'interviewer2@example.com',
      'interviewer@example.com',
      'kenji.watanabe@example.com',
      'manager@example.com',
      'priya.nair@example.com',
      'recruiter@example.com',
      'sofia.lindqvist@example.com',
      'tomas.reyes@example.com',
    ]);

    // The default rubric is the interview guide: 12 categories, 38 questions, all published.
    const rubrics = (await t.dataSource.query(`
      SELECT r.name, v.status, (SELECT count(*)::int FROM rubric_categories c WHERE c.rubric_version_id = v.id) AS categories,
             (SELECT count(*)::int FROM rubric_questions q WHERE q.rubric_version_id = v.id) AS questions
        FROM rubrics r JOIN rubric_versions v ON v.rubric_id = r.id ORDER BY r.name`)) as object[];
    expect(rubrics).toEqual([
      { name: 'Call center agent', status: 'published', categories: 12, questions: 38 },
      { name: 'Mock call', status: 'published', categories: 7, questions: 8 },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM jobs`)).toBe(4);
    expect(await count(`SELECT count(DISTINCT stage)::int AS n FROM candidates`)).toBe(7);
    expect(
      await count(`SELECT count(*)::int AS n FROM interview_rounds WHERE status = 'no_show'`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM interview_rounds WHERE status = 'scheduled' AND scheduled_at > now()`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM scorecards WHERE status = 'submitted'`),
    ).toBeGreaterThan(40);
    expect(
      await count(`SELECT count(*)::int AS n FROM scorecards WHERE status = 'draft'`),
    ).toBeGreaterThan(5);

    // Every submitted scorecard is one the API would accept: all answered, extremes evidenced.
    const brokenRules = await count(`
      SELECT count(*)::int AS n FROM scorecards s
        JOIN interview_rounds r ON r.id = s.round_id
        JOIN rubric_questions q ON q.rubric_version_id = r.rubric_version_id
        LEFT JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.question_id = q.id
       WHERE s.status = 'submitted'
         AND (a.question_id IS NULL OR (a.rating IS NULL AND NOT a.not_asked) OR (a.rating IN (1, 5) AND btrim(a.note) = ''))`);
    expect(brokenRules).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM scorecards WHERE status = 'submitted' AND recommendation IS NULL`,
      ),
    ).toBe(0);

    // Scores are stored for everyone with a submitted scorecard, and the summary agrees.
    expect(
      await count(`SELECT count(*)::int AS n FROM candidates c WHERE c.score IS NULL AND EXISTS (
        SELECT 1 FROM interview_rounds r JOIN scorecards s ON s.round_id = r.id WHERE r.candidate_id = c.id AND s.status = 'submitted')`),
    ).toBe(0);
    const [hired] = (await t.dataSource.query(
      `SELECT id, score::float8 AS score FROM candidates WHERE stage = 'hired' LIMIT 1`,
    )) as {
      id: string;
      score: number;
    }[];
    // The seeded admin signs in with the demo password, as a user of the demo would.
    const login = await t.anonymous
      .post('/api/auth/login')
      .send({ email: 'admin@example.com', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('calibrate_session='),
    );
    const candidateSummary = (
      await t.anonymous
        .get(`/api/v1/candidates/${hired?.id}/summary`)
        .set('cookie', cookie?.split(';')[0] ?? '')
    ).body as CandidateSummary;
    expect(candidateSummary.overall.weightedScore100).toBeCloseTo(hired?.score ?? -1, 6);
    expect(candidateSummary.rounds.map((r) => r.name)).toEqual(['Mock call', 'Manager interview']);
  });

  it('gives Calibration real figures: the seeded leniencies come out in the fit', async () => {
    const admin = await t.signInAs(
      (
        (await t.dataSource.query(`SELECT id FROM users WHERE email = 'admin@example.com'`)) as {
          id: string;
        }[]
      )[0]?.id ?? '',
    );
    expect((await admin.post('/api/v1/calibration/fits')).status).toBe(202);
    let report: CalibrationReport | undefined;
    for (let attempt = 0; attempt < 100 && !report?.fit; attempt++) {
      const current = (await admin.get('/api/v1/calibration')).body as CalibrationReport;
      if (!current.running && current.fit) report = current;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const leniency = new Map(report?.interviewers.map((i) => [i.interviewerName, i]) ?? []);
    // Seeded: Ian −0.6 and Priya +0.7 around Ivy +0.15 (the fit centres on the average interviewer).
    expect(leniency.get('Ian Interviewer')?.leniency ?? 0).toBeLessThan(
      leniency.get('Ivy Interviewer')?.leniency ?? 0,
    );
    expect(leniency.get('Ivy Interviewer')?.calibrated).toBe(true);
    expect(leniency.get('Kenji Watanabe')?.calibrated).toBe(false);
    expect(report?.interviewers.filter((i) => i.calibrated).length).toBeGreaterThanOrEqual(2);
  });
});
