import {
  AuditEventPage,
  CalibrationReport,
  CandidateSummary,
  FeedbackOwed,
  MyInterviews,
  ScorecardAmendmentList,
} from '@calibrate/contracts';

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
  const signIn = async (email: string) =>
    t.signInAs(
      (
        (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email])) as {
          id: string;
        }[]
      )[0]?.id ?? '',
    );
  const DAY = 24 * 60 * 60 * 1000;

  it('fills an empty database with a demo that follows the scoring rules, once', async () => {
    const summary = await seedDemoIfEmpty(t.dataSource);
    // 64 in today's pipeline, 90 in the night-shift program's earlier class.
    expect(summary).toMatchObject({ users: 9, candidates: 154 });
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
    // The earlier class's hires have outcomes; today's hires joined too recently.
    expect(
      await count(`SELECT count(*)::int AS n FROM candidate_outcomes o
                     JOIN candidates c ON c.id = o.candidate_id
                    WHERE c.stage = 'hired' AND o.employed_at_90_days IS NOT NULL`),
    ).toBe(36);
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
    const admin = await signIn('admin@example.com');
    expect((await admin.post('/api/v1/calibration/fits')).status).toBe(202);
    let report: CalibrationReport | undefined;
    for (let attempt = 0; attempt < 100 && !report?.fit; attempt++) {
      const current = (await admin.get('/api/v1/calibration')).body as CalibrationReport;
      if (!current.running && current.fit) report = current;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const leniency = new Map(report?.interviewers.map((i) => [i.interviewerName, i]) ?? []);
    // Seeded: Ian −0.75 and Priya +0.85 around Ivy +0.15 (the fit centres on the average interviewer).
    expect(leniency.get('Ian Interviewer')?.leniency ?? 0).toBeLessThan(
      leniency.get('Ivy Interviewer')?.leniency ?? 0,
    );
    expect(leniency.get('Ivy Interviewer')?.calibrated).toBe(true);
    expect(leniency.get('Kenji Watanabe')?.calibrated).toBe(false);
    expect(report?.interviewers.filter((i) => i.calibrated).length).toBeGreaterThanOrEqual(2);
    // Clearly different: the calibrated interviewers' leniencies span at least 0.5 rating points.
    const calibrated = (report?.interviewers ?? [])
      .filter((i) => i.calibrated && i.leniency !== null)
      .map((i) => i.leniency ?? 0);
    expect(Math.max(...calibrated) - Math.min(...calibrated)).toBeGreaterThanOrEqual(0.5);
  });

  it('writes evidence notes the way a floor does: many different ones, not a few repeated', async () => {
    const [notes] = (await t.dataSource.query(`
      SELECT count(*)::int AS total, count(DISTINCT note)::int AS distinct_notes,
             (SELECT count(*)::int FROM scorecard_answers WHERE note <> '' GROUP BY note ORDER BY count(*) DESC LIMIT 1) AS most_repeated
        FROM scorecard_answers WHERE note <> ''`)) as {
      total: number;
      distinct_notes: number;
      most_repeated: number;
    }[];
    expect(notes?.distinct_notes).toBeGreaterThan(500);
    // No note stands for more than 2% of them all.
    expect(notes?.most_repeated).toBeLessThan((notes?.total ?? 0) * 0.02);
    // Notes speak to the question: the mock call's CRM question talks about the CRM or notes.
    const crm = (await t.dataSource.query(`
      SELECT a.note FROM scorecard_answers a JOIN rubric_questions q ON q.id = a.question_id
       WHERE q.text LIKE 'Navigates the mock CRM%' AND a.note <> ''`)) as { note: string }[];
    expect(crm.length).toBeGreaterThan(5);
    expect(
      crm.every((row) => /CRM|note|history|navigat|search|typed|interaction/i.test(row.note)),
    ).toBe(true);
  });

  it('gives each interviewer on a panel a summary of their own', async () => {
    expect(
      await count(`
        SELECT count(*)::int AS n FROM (
          SELECT round_id, summary FROM scorecards WHERE status = 'submitted'
           GROUP BY round_id, summary HAVING count(*) > 1) AS same`),
    ).toBe(0);
  });

  it('has panels that split, stored as the scoring code computes them', async () => {
    // Submitted recommendations two or more steps apart on the same round.
    const apart = await count(`
      SELECT count(*)::int AS n FROM (
        SELECT round_id FROM scorecards WHERE status = 'submitted' GROUP BY round_id
        HAVING max(array_position(ARRAY['strong_no', 'no', 'yes', 'strong_yes'], recommendation))
             - min(array_position(ARRAY['strong_no', 'no', 'yes', 'strong_yes'], recommendation)) >= 2) AS split`);
    expect(apart).toBeGreaterThanOrEqual(3);
    expect(
      await count(`SELECT count(*)::int AS n FROM interview_rounds WHERE panel_split`),
    ).toBeGreaterThanOrEqual(apart ?? 0);
    expect(
      await count(`SELECT count(*)::int AS n FROM candidates WHERE panel_split`),
    ).toBeGreaterThan(0);
  });

  it('keeps time straight: no-shows and held rounds in the past, upcoming ones not yet scored', async () => {
    expect(
      await count(
        `SELECT count(*)::int AS n FROM interview_rounds WHERE status IN ('no_show', 'completed') AND scheduled_at > now()`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
          WHERE s.submitted_at > now() OR s.submitted_at < r.scheduled_at`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM scorecard_answers a JOIN scorecards s ON s.id = a.scorecard_id
           JOIN interview_rounds r ON r.id = s.round_id WHERE r.scheduled_at > now() OR r.status = 'no_show'`,
      ),
    ).toBe(0);
    // Whoever decides an offer or a rejection has sent their own scorecard by then.
    expect(
      await count(`
        SELECT count(*)::int AS n FROM candidate_stage_events e
          JOIN interview_rounds r ON r.candidate_id = e.candidate_id AND r.scheduled_at < e.created_at
          JOIN scorecards s ON s.round_id = r.id AND s.interviewer_id = e.actor_id
         WHERE e.to_stage IN ('offer', 'rejected')
           AND (s.status <> 'submitted' OR s.submitted_at > e.created_at)`),
    ).toBe(0);
    // Every candidate's stage is the last of their stage events, and no event is in the future.
    expect(
      await count(`
        SELECT count(*)::int AS n FROM candidates c
         WHERE c.stage <> (SELECT e.to_stage FROM candidate_stage_events e WHERE e.candidate_id = c.id
                            ORDER BY e.created_at DESC LIMIT 1)
            OR EXISTS (SELECT 1 FROM candidate_stage_events e WHERE e.candidate_id = c.id AND e.created_at > now())`),
    ).toBe(0);
  });

  it('gives the demo interviewer overdue scorecards of different ages, oldest first', async () => {
    const ivy = await signIn('interviewer@example.com');
    const mine = (await ivy.get('/api/v1/my-interviews')).body as MyInterviews;
    const overdue = mine.open.filter((row) => row.overdue);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const ages = overdue.map((row) => (Date.now() - Date.parse(row.scheduledAt)) / DAY);
    expect(Math.min(...ages)).toBeLessThan(7);
    expect(Math.max(...ages)).toBeGreaterThan(14);
    expect(Math.max(...ages)).toBeLessThan(31);
    // Today's and tomorrow's interviews are still there for interview mode.
    expect(mine.open.some((row) => !row.overdue && Date.parse(row.scheduledAt) > Date.now())).toBe(
      true,
    );
  });

  it('sends feedback at each interviewer’s pace, so jobs’ median time to feedback differs', async () => {
    const admin = await signIn('admin@example.com');
    const report = (await admin.get('/api/v1/feedback-owed?days=30')).body as FeedbackOwed;
    const medians = report.jobs.map((job) => job.medianHoursToFeedback);
    expect(medians.every((hours) => hours !== null)).toBe(true);
    expect(new Set(medians.map((hours) => (hours ?? 0).toFixed(1))).size).toBe(report.jobs.length);
    expect(Math.max(...(medians as number[])) / Math.min(...(medians as number[]))).toBeGreaterThan(
      2,
    );
    // Minutes for one interviewer, days for another.
    const pace = (await t.dataSource.query(`
      SELECT u.email, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.submitted_at - r.scheduled_at) / 3600) AS hours
        FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id JOIN users u ON u.id = s.interviewer_id
       WHERE s.status = 'submitted' GROUP BY u.email`)) as { email: string; hours: number }[];
    const hoursOf = new Map(pace.map((row) => [row.email, row.hours]));
    expect(hoursOf.get('kenji.watanabe@example.com')).toBeLessThan(1);
    expect(hoursOf.get('tomas.reyes@example.com')).toBeGreaterThan(24);
    expect(report.byInterviewer.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the audit history the app would have written, over months', async () => {
    const kinds = (await t.dataSource.query(
      `SELECT DISTINCT action FROM audit_events ORDER BY action`,
    )) as { action: string }[];
    expect(kinds.map((k) => k.action)).toEqual(
      expect.arrayContaining([
        'user.created',
        'user.updated',
        'rubric.created',
        'rubric_version.published',
        'job.created',
        'job.updated',
        'candidate.created',
        'candidate.stage_changed',
        'interview_round.scheduled',
        'interview_round.no_show',
        'scorecard.submitted',
        'scorecard.amended',
        'scorecard.declined',
      ]),
    );
    // Written in the order things happened (the trail's order is its id), spread over months.
    expect(
      await count(`
        SELECT count(*)::int AS n FROM (
          SELECT created_at < lag(created_at) OVER (ORDER BY id) AS backwards FROM audit_events) AS x
         WHERE backwards`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE created_at < now() - interval '90 days'`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_events WHERE created_at > now()`),
    ).toBe(0);

    // A candidate's trail, as the profile reads it: created, then every stage move.
    const admin = await signIn('admin@example.com');
    const [hired] = (await t.dataSource.query(
      `SELECT id FROM candidates WHERE stage = 'hired' ORDER BY created_at LIMIT 1`,
    )) as { id: string }[];
    const trail = (
      await admin.get(`/api/v1/audit-events?entityType=candidate&entityId=${hired?.id}&limit=50`)
    ).body as AuditEventPage;
    expect(trail.items.map((e) => e.action).reverse()).toEqual(
      expect.arrayContaining(['candidate.created', 'candidate.stage_changed']),
    );
    expect(trail.items.find((e) => e.action === 'candidate.stage_changed')?.after).toMatchObject({
      stage: 'hired',
    });
    // A hire of the earlier class: what the floor recorded after nesting is the latest entry.
    expect(trail.items[0]).toMatchObject({
      action: 'candidate.outcomes_recorded',
      after: { employedAt30Days: expect.any(Boolean) },
    });

    // An amendment reads back through the scorecard's amendments, reason and before → after.
    const [amended] = (await t.dataSource.query(
      `SELECT entity_id AS id FROM audit_events WHERE action = 'scorecard.amended' ORDER BY id LIMIT 1`,
    )) as { id: string }[];
    const amendments = (await admin.get(`/api/v1/scorecards/${amended?.id}/amendments`))
      .body as ScorecardAmendmentList;
    expect(amendments.items).toHaveLength(1);
    const [first] = amendments.items;
    expect(first?.reason.length).toBeGreaterThan(10);
    const change = first?.answers[0];
    expect(change?.before?.rating).not.toBe(change?.after.rating);
    const [stored] = (await t.dataSource.query(
      `SELECT rating FROM scorecard_answers WHERE scorecard_id = $1 AND question_id = $2`,
      [amended?.id, change?.questionId],
    )) as { rating: number }[];
    expect(stored?.rating).toBe(change?.after.rating);
  });

  it('gives the same demo for the same seed', async () => {
    const now = new Date('2026-06-15T08:00:00Z');
    const fingerprint = async () => {
      await truncateAll(t.dataSource);
      await seedDemoIfEmpty(t.dataSource, now);
      const [row] = (await t.dataSource.query(`
        SELECT md5(string_agg(concat_ws('|', c.email, r.name, r.scheduled_at, r.status, u.email, s.status,
                                        s.recommendation, s.submitted_at, a.rating, a.note), ',' ORDER BY
                              c.email, r.scheduled_at, r.name, u.email, q.text, a.rating, a.note)) AS digest,
               count(*)::int AS n
          FROM candidates c JOIN interview_rounds r ON r.candidate_id = c.id
          JOIN scorecards s ON s.round_id = r.id JOIN users u ON u.id = s.interviewer_id
          LEFT JOIN scorecard_answers a ON a.scorecard_id = s.id
          LEFT JOIN rubric_questions q ON q.id = a.question_id`)) as {
        digest: string;
        n: number;
      }[];
      return row;
    };
    const first = await fingerprint();
    expect(first?.n).toBeGreaterThan(1000);
    expect(await fingerprint()).toEqual(first);
  });
});
