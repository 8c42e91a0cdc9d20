import { Sql } from '@calibrate/api/database/sql';
import callCenterRubric from '@calibrate/api/demo/call-center-rubric.json';
import { mockCallRubric } from '@calibrate/api/demo/mock-call-rubric';
import { hashPassword } from '@calibrate/api/modules/auth/password-hasher';
import { RubricsRepository } from '@calibrate/api/modules/rubrics/rubrics.repository';
import { RubricContentInput, rubricContentSchema } from '@calibrate/contracts';
import { DataSource } from 'typeorm';

/** Every bench user signs in with this password (a bench database is never a real one). */
export const BENCH_PASSWORD = 'calibrate-bench-password';
export const BENCH_JOBS = 200;
export const BENCH_INTERVIEWERS = 1000;

/**
 * Server settings for the embedded benchmark database (PostgreSQL's defaults are sized for a
 * small machine: 128 MB of shared buffers, 1 GB of WAL between checkpoints). Used while loading
 * the data and while benchmarking, so that both measure queries rather than cache misses.
 */
export const BENCH_SERVER_SETTINGS = [
  'shared_buffers=4GB',
  'effective_cache_size=12GB',
  'maintenance_work_mem=1GB',
  'work_mem=16MB',
  'max_wal_size=16GB',
  'checkpoint_timeout=30min',
  'max_parallel_maintenance_workers=2',
  // `npm run bench` reports which statements each scenario spent its database time on.
  'shared_preload_libraries=pg_stat_statements',
];

export interface BenchDataCounts {
  users: number;
  jobs: number;
  candidates: number;
  rounds: number;
  scorecards: number;
  answers: number;
}

/**
 * Fills an empty, migrated database with BPO-scale data, generated inside PostgreSQL with
 * `generate_series` (no rows cross the wire): 200 jobs; `candidates` spread over two years and every
 * stage; three rounds each (recruiter screen and manager interview on the 38-question default
 * rubric, a mock call on the 8-question one); one scorecard per round, submitted with every
 * question answered where the candidate got that far. At 1,000,000 candidates that is 3,000,000
 * rounds and about 38,000,000 answers, 34,000,000 of them on the default rubric.
 */
export async function generateBenchData(
  dataSource: DataSource,
  candidates: number,
  log: (step: string) => void,
): Promise<BenchDataCounts> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const db: Sql = runner.manager;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    await db.query(sql, params);
    log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  try {
    // Bulk load into a disposable database: no wait for the WAL flush, and no per-row foreign-key
    // triggers (superuser only; every reference below is built from rows inserted just before, and
    // the test checks the result), a larger sort memory for the ordered inserts.
    await db.query(`SET synchronous_commit = off`);
    await db.query(`SET session_replication_role = replica`);
    await db.query(`SET work_mem = '256MB'`);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    await step(
      'users',
      `INSERT INTO users (email, name, role, password_hash)
       SELECT 'admin@bench.example.com', 'Bench Admin', 'admin', $1
       UNION ALL SELECT format('recruiter%s@bench.example.com', g), format('Recruiter %s', g), 'recruiter', $1
         FROM generate_series(1, 20) g
       UNION ALL SELECT format('manager%s@bench.example.com', g), format('Manager %s', g), 'hiring_manager', $1
         FROM generate_series(1, ${BENCH_JOBS}) g
       UNION ALL SELECT format('interviewer%s@bench.example.com', g), format('Interviewer %s', g), 'interviewer', $1
         FROM generate_series(1, ${BENCH_INTERVIEWERS}) g`,
      [passwordHash],
    );

    const rubrics = new RubricsRepository(dataSource);
    const publish = async (name: string, input: RubricContentInput) => {
      const rubric = await rubrics.insertRubric(db, name, 'Bench data');
      const versionId = await rubrics.insertDraftVersion(db, rubric.id);
      await rubrics.replaceContent(db, versionId, rubricContentSchema.parse(input), {
        categories: [],
        questions: [],
      });
      await rubrics.publish(db, versionId);
      return { rubricId: rubric.id, versionId };
    };
    const main = await publish('Call center agent', callCenterRubric as RubricContentInput);
    const mock = await publish('Mock call', mockCallRubric);

    await step(
      'jobs, plans and hiring managers',
      `WITH made AS (
         INSERT INTO jobs (title, client_program, site, language, shift, headcount, status, created_at)
         SELECT (ARRAY['Inbound customer service agent', 'Technical support agent', 'Billing agent',
                       'Chat support agent', 'Collections agent'])[1 + g % 5] || ' ' || g,
                (ARRAY['Telco', 'Bank', 'Retail', 'Utilities', 'Travel'])[1 + g % 5] || ' program',
                (ARRAY['Manila', 'Cebu', 'Davao', 'Bogotá', 'Nairobi'])[1 + (g / 5) % 5],
                (ARRAY['English', 'Spanish', 'English', 'English', 'French'])[1 + (g / 3) % 5],
                (ARRAY['day', 'mid', 'night', 'rotating', 'flexible'])[1 + g % 5],
                20 + g % 80,
                CASE WHEN g % 10 = 0 THEN 'closed' WHEN g % 7 = 0 THEN 'on_hold' ELSE 'open' END,
                now() - make_interval(days => 730 - g * 3)
           FROM generate_series(1, ${BENCH_JOBS}) g
         RETURNING id),
       numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM made),
       plans AS (
         INSERT INTO job_plan_rounds (job_id, position, name, rubric_id)
         SELECT numbered.id, p.position, p.name, p.rubric_id
           FROM numbered CROSS JOIN (VALUES (0, 'Recruiter screen', $1::uuid), (1, 'Mock call', $2::uuid),
                                            (2, 'Manager interview', $1::uuid)) AS p(position, name, rubric_id))
       INSERT INTO job_hiring_managers (job_id, user_id)
       SELECT numbered.id, u.id FROM numbered
         JOIN users u ON u.email = format('manager%s@bench.example.com', numbered.n)`,
      [main.rubricId, mock.rubricId],
    );

    await step(
      `${candidates.toLocaleString('en')} candidates`,
      `INSERT INTO candidates (name, email, phone, job_id, stage, stage_changed_at, source, languages,
                               shift_availability, typing_wpm, created_at, updated_at)
       SELECT (ARRAY['Maria', 'Jose', 'Ana', 'Juan', 'Angelica', 'Mark', 'Kristine', 'John', 'Camille',
                     'Paolo', 'Sofia', 'Miguel', 'Fatima', 'Daniel', 'Priya', 'Kevin', 'Nicole', 'Rafael',
                     'Aisha', 'Luis'])[1 + g % 20]
                || ' ' ||
              (ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Torres', 'Flores',
                     'Ramos', 'Aquino', 'Okafor', 'Nair', 'Lopez', 'Diaz', 'Castillo', 'Ortiz',
                     'Navarro', 'Salazar', 'Pascual', 'Villanueva'])[1 + (g / 20) % 20]
                || ' ' || g,
              format('candidate%s@bench.example.com', g),
              format('+63 917 %s', lpad((g % 10000000)::text, 7, '0')),
              -- Hashed, not g % jobs: every other column follows g, and a job must get a mix of them
              -- (stages above all), not the same stage for all of its candidates.
              jobs.ids[1 + (hashtext('job' || g) & 2147483647) % ${BENCH_JOBS}],
              stage.name,
              created.at + make_interval(days => 1 + g % 20),
              (ARRAY['job_board', 'referral', 'agency', 'career_site', 'walk_in', 'social_media'])[1 + g % 6],
              CASE WHEN g % 4 = 0
                   THEN '[{"language": "English", "level": "C1"}, {"language": "Spanish", "level": "B1"}]'::jsonb
                   ELSE '[{"language": "English", "level": "B2"}]'::jsonb END,
              ARRAY[(ARRAY['day', 'mid', 'night', 'rotating', 'flexible'])[1 + g % 5]],
              25 + (g * 7) % 60,
              created.at,
              created.at
         FROM generate_series(1, $1::int) g
        CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM jobs) jobs
        CROSS JOIN LATERAL (SELECT now() - make_interval(days => (730 * g::bigint / $1::int)::int)
                                         - make_interval(mins => (g * 37) % 1440) AS at) created
        CROSS JOIN LATERAL (SELECT CASE
             WHEN (g::bigint * 7919) % 100 < 30 THEN 'applied'
             WHEN (g::bigint * 7919) % 100 < 50 THEN 'screening'
             WHEN (g::bigint * 7919) % 100 < 70 THEN 'interviewing'
             WHEN (g::bigint * 7919) % 100 < 75 THEN 'offer'
             WHEN (g::bigint * 7919) % 100 < 85 THEN 'hired'
             WHEN (g::bigint * 7919) % 100 < 97 THEN 'rejected'
             ELSE 'withdrawn' END AS name) stage`,
      [candidates],
    );

    // How far each candidate got decides which rounds took place: a screen from "screening" on,
    // the mock call from "interviewing" on, the manager interview for offers, hires and rejections
    // (a fifth of the rejected did not show for it). Hired candidates always have scores.
    await step(
      `${(candidates * 3).toLocaleString('en')} interview rounds`,
      `INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at, status,
                                     created_at, updated_at)
       SELECT c.id, c.job_id, r.name, r.version_id, c.created_at + make_interval(days => r.n * 4),
              CASE WHEN r.held THEN (CASE WHEN c.stage = 'rejected' AND r.n = 3 AND (hashtext(c.email) & 1023) < 200
                                        THEN 'no_show' ELSE 'completed' END)
                   WHEN c.created_at + make_interval(days => r.n * 4) > now() THEN 'scheduled'
                   ELSE 'cancelled' END,
              c.created_at, c.created_at + make_interval(days => r.n * 4)
         FROM candidates c
        CROSS JOIN LATERAL (VALUES
          (1, 'Recruiter screen', $1::uuid, c.stage <> 'applied'),
          (2, 'Mock call', $2::uuid, c.stage IN ('interviewing', 'offer', 'hired', 'rejected')),
          (3, 'Manager interview', $1::uuid, c.stage IN ('offer', 'hired', 'rejected'))) AS r(n, name, version_id, held)`,
      [main.versionId, mock.versionId],
    );

    await step(
      'scorecards',
      `INSERT INTO scorecards (round_id, interviewer_id, status, recommendation, summary, submitted_at,
                               created_at, updated_at)
       SELECT r.id, i.ids[1 + (hashtext(r.id::text) & 2147483647) % ${BENCH_INTERVIEWERS}],
              CASE WHEN r.status = 'completed' THEN 'submitted' ELSE 'draft' END,
              CASE WHEN r.status = 'completed'
                   THEN (ARRAY['strong_no', 'no', 'yes', 'yes', 'strong_yes'])[1 + (hashtext(r.id::text) & 4)]
                   END,
              CASE WHEN r.status = 'completed' THEN 'Clear communicator; follow-up on product knowledge.' ELSE '' END,
              CASE WHEN r.status = 'completed' THEN r.scheduled_at + interval '3 hours' END,
              r.created_at, r.updated_at
         FROM interview_rounds r
        CROSS JOIN (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE role = 'interviewer') i`,
    );

    // Every question of a submitted scorecard answered: ratings 1–5 leaning on 3–4, a few "not asked".
    await step(
      'answers',
      `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note, updated_at)
       SELECT s.id, q.id,
              CASE WHEN h.v % 17 = 0 THEN NULL ELSE (ARRAY[1, 2, 3, 3, 4, 4, 4, 5])[1 + h.v % 8] END,
              h.v % 17 = 0,
              CASE WHEN h.v % 17 <> 0 AND (ARRAY[1, 2, 3, 3, 4, 4, 4, 5])[1 + h.v % 8] IN (1, 5)
                   THEN 'Specific example given.' ELSE '' END,
              s.submitted_at
         FROM scorecards s
         JOIN interview_rounds r ON r.id = s.round_id
         JOIN rubric_questions q ON q.rubric_version_id = r.rubric_version_id
        CROSS JOIN LATERAL (SELECT hashtext(s.id::text || q.position::text) & 2147483647 AS v) h
        WHERE s.status = 'submitted'
        -- In primary-key order: the index grows at its end instead of at random pages.
        ORDER BY s.id, q.id`,
    );

    // The stored candidate score (what lists sort by), here the mean rating on 0–100: close to, not
    // exactly, the app's weighted per-round formula, which only matters to the score sort's order.
    await step(
      'candidate scores',
      `UPDATE candidates c SET score = x.score
         FROM (SELECT r.candidate_id, round(avg((a.rating - 1) / 4.0 * 100), 3) AS score
                 FROM interview_rounds r
                 JOIN scorecards s ON s.round_id = r.id AND s.status = 'submitted'
                 JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.rating IS NOT NULL
                GROUP BY r.candidate_id) x
        WHERE x.candidate_id = c.id`,
    );
    await step('analyze', `ANALYZE`);

    const [counts] = (await db.query(
      `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM jobs)::int AS jobs,
              (SELECT count(*) FROM candidates)::int AS candidates,
              (SELECT count(*) FROM interview_rounds)::int AS rounds,
              (SELECT count(*) FROM scorecards)::int AS scorecards,
              (SELECT count(*) FROM scorecard_answers)::bigint AS answers`,
    )) as (Omit<BenchDataCounts, 'answers'> & { answers: string })[];
    if (!counts) throw new Error('counting the bench data returned nothing');
    return { ...counts, answers: Number(counts.answers) };
  } finally {
    await db.query(`RESET session_replication_role`).catch(() => undefined);
    await runner.release();
  }
}
