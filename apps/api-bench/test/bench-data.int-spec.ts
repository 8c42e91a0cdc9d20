import { SessionUser } from '@calibrate/api/common/auth/session-user';
import { CalibrationService } from '@calibrate/api/modules/calibration/calibration.service';
import { CandidatesRepository } from '@calibrate/api/modules/candidates/candidates.repository';
import { resetData, startTestApp, TestApp } from '@calibrate/api-test/test-app';
import { CandidatePage, CandidateSummary, MyInterviews } from '@calibrate/contracts';
import { Pool } from 'pg';

import { leniencyRecovery } from '../src/calibration/refit-bench';
import { waitForReportAggregates } from '../src/calibration/report-aggregates';
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

    // Ratings from the latent model: on 1–5, every level used, "not asked" about 5%.
    const [ratings] = (await t.dataSource.query(
      `SELECT min(rating)::int AS min, max(rating)::int AS max, count(DISTINCT rating)::int AS levels,
              avg(rating)::float8 AS mean, avg(not_asked::int)::float8 AS not_asked
         FROM scorecard_answers`,
    )) as { min: number; max: number; levels: number; mean: number; not_asked: number }[];
    expect(ratings).toMatchObject({ min: 1, max: 5, levels: 5 });
    expect(ratings?.mean).toBeGreaterThan(2.6);
    expect(ratings?.mean).toBeLessThan(3.6);
    expect(ratings?.not_asked).toBeGreaterThan(0.03);
    expect(ratings?.not_asked).toBeLessThan(0.07);

    // Stored scores as the API keeps them: each scored round's pooled weighted score (here its
    // one submitted scorecard's), and the candidate's mean of (round − 1) / 4 × 100.
    const [stored] = (await t.dataSource.query(
      `WITH per_category AS (
         SELECT s.round_id, c.weight::float8 AS weight, avg(a.rating)::float8 AS score
           FROM scorecards s
           JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.rating IS NOT NULL
           JOIN rubric_questions q ON q.id = a.question_id
           JOIN rubric_categories c ON c.id = q.category_id
          WHERE s.status = 'submitted'
          GROUP BY s.round_id, c.id, c.weight),
       expected AS (SELECT round_id, sum(score * weight) / sum(weight) AS score FROM per_category GROUP BY round_id)
       SELECT (SELECT count(*)::int FROM interview_rounds r LEFT JOIN expected e ON e.round_id = r.id
                WHERE r.score IS DISTINCT FROM e.score AND abs(coalesce(r.score, -9) - coalesce(e.score, -9)) > 1e-9) AS rounds_off,
              (SELECT count(*)::int FROM interview_rounds WHERE score IS NOT NULL) AS rounds_scored,
              (SELECT count(*)::int FROM candidates c
                 LEFT JOIN (SELECT candidate_id, round(avg((score - 1) / 4 * 100)::numeric, 3) AS score
                              FROM interview_rounds WHERE score IS NOT NULL GROUP BY candidate_id) x
                   ON x.candidate_id = c.id
                WHERE c.score IS DISTINCT FROM x.score) AS candidates_off,
              (SELECT count(*)::int FROM candidates WHERE corrected_score IS NOT NULL) AS corrected`,
    )) as {
      rounds_off: number;
      rounds_scored: number;
      candidates_off: number;
      corrected: number;
    }[];
    expect(stored?.rounds_scored).toBeGreaterThan(1000);
    expect(stored).toMatchObject({ rounds_off: 0, candidates_off: 0, corrected: 0 });

    // Outcomes of the hires made 30 days or more ago, following true ability; early leavers have
    // no floor figures, and the 90-day status waits for 90 days.
    const [outcomes] = (await t.dataSource.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE c.stage <> 'hired' OR c.stage_changed_at > now() - interval '30 days')::int AS misplaced,
              (SELECT count(*)::int FROM candidates WHERE stage = 'hired'
                  AND stage_changed_at <= now() - interval '30 days') AS hired,
              avg(o.employed_at_30_days::int)::float8 AS employed_30,
              avg(o.employed_at_90_days::int)::float8 AS employed_90,
              count(*) FILTER (WHERE NOT o.employed_at_30_days AND num_nonnulls(o.nesting_qa_score,
                o.average_handle_time_seconds, o.first_contact_resolution_percent, o.csat_percent) > 0)::int
                AS leavers_with_figures,
              count(*) FILTER (WHERE o.employed_at_90_days AND NOT o.employed_at_30_days)::int AS back_at_90,
              count(*) FILTER (WHERE o.employed_at_90_days IS NOT NULL
                                 AND c.stage_changed_at > now() - interval '90 days')::int AS early_90,
              avg(o.nesting_qa_score)::float8 AS qa,
              min(o.average_handle_time_seconds)::int AS aht_min,
              max(o.average_handle_time_seconds)::int AS aht_max,
              avg((o.nesting_qa_score IS NULL)::int)::float8 AS qa_missing,
              corr(bc.ability, o.nesting_qa_score)::float8 AS qa_r
         FROM candidate_outcomes o
         JOIN candidates c ON c.id = o.candidate_id
         JOIN bench_candidates bc ON bc.candidate_id = o.candidate_id`,
    )) as {
      n: number;
      misplaced: number;
      hired: number;
      employed_30: number;
      employed_90: number;
      leavers_with_figures: number;
      back_at_90: number;
      early_90: number;
      qa: number;
      aht_min: number;
      aht_max: number;
      qa_missing: number;
      qa_r: number;
    }[];
    expect(outcomes?.n).toBeGreaterThan(60);
    expect(outcomes).toMatchObject({
      n: outcomes?.hired,
      misplaced: 0,
      leavers_with_figures: 0,
      back_at_90: 0,
      early_90: 0,
    });
    expect(outcomes?.employed_30).toBeGreaterThan(0.7);
    expect(outcomes?.employed_30).toBeLessThan(0.97);
    expect(outcomes?.employed_90).toBeLessThan(outcomes?.employed_30 ?? 0);
    expect(outcomes?.qa).toBeGreaterThan(75);
    expect(outcomes?.qa).toBeLessThan(85);
    expect(outcomes?.aht_min).toBeGreaterThanOrEqual(300);
    expect(outcomes?.aht_max).toBeLessThanOrEqual(900);
    expect(outcomes?.qa_missing).toBeGreaterThan(0.05);
    expect(outcomes?.qa_r).toBeGreaterThan(0.25);
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

  it('is deterministic from its seed, and another seed gives other ratings', async () => {
    // Ratings keyed by what the seed decides (candidate number, round, question), not by uuids.
    const fingerprint = async (seed: number) => {
      await resetData(t);
      await generateBenchData(t.dataSource, 300, () => undefined, { seed, interviewers: 20 });
      const [row] = (await t.dataSource.query(
        `SELECT md5(string_agg(concat_ws(':', c.email, r.name, u.email, q.position, cat.position, a.rating, a.not_asked), ','
                               ORDER BY c.email, r.name, cat.position, q.position)) AS ratings,
                (SELECT md5(string_agg(concat_ws(':', u.email, bi.leniency, bi.slope, bi.halo), ',' ORDER BY u.email))
                   FROM bench_interviewers bi JOIN users u ON u.id = bi.interviewer_id) AS traits
           FROM scorecard_answers a
           JOIN scorecards s ON s.id = a.scorecard_id
           JOIN users u ON u.id = s.interviewer_id
           JOIN interview_rounds r ON r.id = s.round_id
           JOIN candidates c ON c.id = r.candidate_id
           JOIN rubric_questions q ON q.id = a.question_id
           JOIN rubric_categories cat ON cat.id = q.category_id`,
      )) as { ratings: string; traits: string }[];
      return row;
    };
    const first = await fingerprint(11);
    expect(first?.ratings).toMatch(/^[0-9a-f]{32}$/);
    expect(await fingerprint(11)).toEqual(first);
    const other = await fingerprint(12);
    expect(other?.ratings).not.toBe(first?.ratings);
    expect(other?.traits).not.toBe(first?.traits);
  });

  it('makes no outcomes on a schema without them (before migration 1764090000000)', async () => {
    await resetData(t);
    await t.dataSource.query(`ALTER TABLE candidate_outcomes RENAME TO bench_outcomes_aside`);
    try {
      const counts = await generateBenchData(t.dataSource, 100, () => undefined);
      expect(counts.candidates).toBe(100);
    } finally {
      await t.dataSource.query(`ALTER TABLE bench_outcomes_aside RENAME TO candidate_outcomes`);
    }
  });

  it('carries the latent structure: a fit recovers the injected leniency', async () => {
    await resetData(t);
    await generateBenchData(t.dataSource, 3000, () => undefined, { seed: 5, interviewers: 30 });
    // Injected as the simulator does: leniency SD 0.5, a fifth of interviewers range-restricted.
    const [traits] = (await t.dataSource.query(
      `SELECT count(*)::int AS n, stddev(leniency)::float8 AS sd, avg((slope < 1)::int)::float8 AS restricted,
              max(halo)::float8 AS halo FROM bench_interviewers`,
    )) as { n: number; sd: number; restricted: number; halo: number }[];
    expect(traits?.n).toBe(30);
    expect(traits?.sd).toBeGreaterThan(0.3);
    expect(traits?.sd).toBeLessThan(0.7);
    expect(traits?.halo).toBeLessThanOrEqual(0.6);
    // Raw scores carry the interviewers' leniency: each one's mean rating follows it.
    const [raw] = (await t.dataSource.query(
      `SELECT corr(m.mean, bi.leniency)::float8 AS r
         FROM (SELECT s.interviewer_id, avg(a.rating) AS mean FROM scorecards s
                 JOIN scorecard_answers a ON a.scorecard_id = s.id WHERE s.status = 'submitted'
                GROUP BY s.interviewer_id) m
         JOIN bench_interviewers bi ON bi.interviewer_id = m.interviewer_id`,
    )) as { r: number }[];
    expect(raw?.r).toBeGreaterThan(0.8);

    // The product's own fit, as a refit runs it.
    const calibration = t.app.get(CalibrationService);
    await calibration.start('manual', null);
    await calibration.settled();
    const [fit] = (await t.dataSource.query(
      `SELECT id::text AS id, status FROM calibration_fits ORDER BY id DESC LIMIT 1`,
    )) as { id: string; status: string }[];
    expect(fit?.status).toBe('succeeded');
    const pool = new Pool({ connectionString: process.env.CALIBRATE_TEST_DATABASE_URL, max: 2 });
    try {
      const recovery = await leniencyRecovery(pool, fit?.id ?? '');
      expect(recovery.interviewers).toBeGreaterThanOrEqual(25);
      expect(recovery.correlation).toBeGreaterThan(0.9);
      expect(recovery.latentCorrelation).toBeGreaterThan(0.9);
      expect(recovery.rmse).toBeLessThan(0.15);

      // The fit's report aggregates follow it (what the question analysis and validity
      // scenarios wait for); a fit without them is waited for until the deadline, then named.
      const log = () => undefined;
      await expect(waitForReportAggregates(pool, { timeoutMs: 5_000, log })).resolves.toBe(fit?.id);
      await pool.query(`UPDATE calibration_fits SET aggregated_at = NULL WHERE id = $1`, [fit?.id]);
      await expect(
        waitForReportAggregates(pool, { timeoutMs: 300, pollMs: 100, log }),
      ).rejects.toThrow(`Calibration fit ${fit?.id} (succeeded) has no report aggregates`);
    } finally {
      await pool.end();
    }
  }, 120_000);

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
