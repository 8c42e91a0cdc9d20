import { Sql } from '@calibrate/api/database/sql';
import callCenterRubric from '@calibrate/api/demo/call-center-rubric.json';
import { mockCallRubric } from '@calibrate/api/demo/mock-call-rubric';
import { hashPassword } from '@calibrate/api/modules/auth/password-hasher';
import { RubricsRepository } from '@calibrate/api/modules/rubrics/rubrics.repository';
import { RubricContentInput, rubricContentSchema } from '@calibrate/contracts';
import { DataSource } from 'typeorm';

import { benchLatentModel, keySql, normalSql, streams, uniformSql } from './latent-model';

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

export interface BenchDataOptions {
  /** Seeds every rating, interviewer trait and assignment (the same seed gives the same data). */
  seed?: number;
  /** Interviewers (default 1,000); fewer gives each more scorecards at small sizes. */
  interviewers?: number;
}

/**
 * Bench-only tables beside the product's: the truth behind the ratings, so the bench can score a
 * fit at scale against it. `bench_settings` holds the seed and the model; `bench_interviewers`
 * each interviewer's injected traits; `bench_candidates` each candidate's number and ability;
 * `bench_categories` and `bench_questions` the rubrics' categories (effect, weight) and questions
 * by index, which the generator keys its draws on.
 */
export const BENCH_TRUTH_TABLES = [
  'bench_settings',
  'bench_interviewers',
  'bench_candidates',
  'bench_categories',
  'bench_questions',
] as const;

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
 *
 * Ratings come from the calibration simulator's latent structure (`latent-model.ts`): candidate
 * ability, interviewer leniency (SD 0.5), range restriction, halo, category effects and answer
 * noise, rounded and clipped to 1–5, drawn from `seed`; the truth is kept in the bench tables
 * (`BENCH_TRUTH_TABLES`). Rounds get their pooled weighted score and candidates the mean of their
 * rounds' on 0–100, as the API stores them; the corrected score is left to a calibration fit.
 */
export async function generateBenchData(
  dataSource: DataSource,
  candidates: number,
  log: (step: string) => void,
  options: BenchDataOptions = {},
): Promise<BenchDataCounts> {
  const seed = options.seed ?? 1;
  const interviewers = options.interviewers ?? BENCH_INTERVIEWERS;
  if (!Number.isSafeInteger(seed)) throw new Error(`The seed must be an integer, not ${seed}.`);
  if (!Number.isInteger(interviewers) || interviewers < 1 || interviewers > 100_000) {
    throw new Error(`Interviewers must be an integer from 1 to 100,000, not ${interviewers}.`);
  }
  const m = benchLatentModel;
  const normal = (key: string) => normalSql(key, seed);
  const uniform = (key: string) => uniformSql(key, seed);
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
    await createTruthTables(db, seed, interviewers, candidates);
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
         FROM generate_series(1, ${interviewers}) g`,
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

    // Categories by index (the default rubric's first, then the mock call's), each with its
    // effect on the latent scale; questions by index within their rubric version.
    await step(
      'bench truth: categories and questions',
      `WITH cats AS (
         INSERT INTO bench_categories (category_id, rubric_id, rubric_version_id, idx, weight, base)
         SELECT c.id, v.rubric_id, c.rubric_version_id, (row_number() OVER (ORDER BY v.rubric_id = $1 DESC, c.position) - 1)::int,
                c.weight::float8, 0
           FROM rubric_categories c JOIN rubric_versions v ON v.id = c.rubric_version_id
          WHERE c.rubric_version_id IN ($2::uuid, $3::uuid)
         RETURNING category_id, rubric_version_id, idx)
       INSERT INTO bench_questions (question_id, category_id, rubric_version_id, category_idx, idx)
       SELECT q.id, q.category_id, q.rubric_version_id, cats.idx,
              (row_number() OVER (PARTITION BY q.rubric_version_id ORDER BY c.position, q.position) - 1)::int
         FROM rubric_questions q JOIN cats ON cats.category_id = q.category_id
         JOIN rubric_categories c ON c.id = q.category_id`,
      [main.rubricId, main.versionId, mock.versionId],
    );
    await db.query(
      `UPDATE bench_categories SET base = ${m.meanRating} + ${m.categorySd} * ${normal(keySql(streams.category, 'idx'))}`,
    );
    const [counted] = (await db.query(`SELECT count(*)::int AS n FROM bench_categories`)) as {
      n: number;
    }[];
    const categoryCount = counted?.n ?? 0;
    // Traits as the simulator draws them: leniency, per-category leniency, a fifth of
    // interviewers compressing toward the middle, halo, and a log-normal workload.
    await step(
      'bench truth: interviewer traits',
      `INSERT INTO bench_interviewers (interviewer_id, number, leniency, category_leniency, slope, halo, activity)
       SELECT u.id, x.n,
              ${m.leniencySd} * ${normal(keySql(streams.leniency, 'x.n'))},
              ARRAY(SELECT ${m.categoryLeniencySd} * ${normal(keySql(streams.categoryLeniency, 'x.n', '0', 'c'))}
                      FROM generate_series(0, ${categoryCount - 1}) c ORDER BY c),
              CASE WHEN ${uniform(keySql(streams.slope, 'x.n'))} < ${m.rangeRestrictedShare}
                   THEN ${m.rangeRestriction[0]} + ${m.rangeRestriction[1] - m.rangeRestriction[0]} * ${uniform(keySql(streams.slopeValue, 'x.n'))}
                   ELSE 1 END,
              ${m.haloMax} * ${uniform(keySql(streams.halo, 'x.n'))},
              exp(${m.activitySd} * ${normal(keySql(streams.activity, 'x.n'))})
         FROM users u
        CROSS JOIN LATERAL (SELECT substring(u.email FROM '^interviewer([0-9]+)@')::int AS n) x
        WHERE u.role = 'interviewer' AND x.n IS NOT NULL`,
    );

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
      `WITH made AS (
       INSERT INTO candidates (name, email, phone, job_id, stage, stage_changed_at, source, languages,
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
             ELSE 'withdrawn' END AS name) stage
       RETURNING id, email)
       -- Each candidate's number (the key of its draws) and ability: θ, and the overall ability
       -- θ + mean category ability that a corrected score should rank by.
       INSERT INTO bench_candidates (candidate_id, number, theta, ability)
       SELECT made.id, x.n, x.theta,
              x.theta + (SELECT avg(${m.categoryAbilitySd} * ${normal(keySql(streams.categoryAbility, 'x.n', '0', 'c'))})
                           FROM generate_series(0, ${categoryCount - 1}) c)
         FROM made
        CROSS JOIN LATERAL (SELECT n, ${m.abilitySd} * ${normal(keySql(streams.ability, 'n'))} AS theta
                              FROM (SELECT substring(made.email FROM 10 FOR position('@' IN made.email) - 10)::int AS n) k) x`,
      [candidates],
    );

    // How far each candidate got decides which rounds took place: a screen from "screening" on,
    // the mock call from "interviewing" on, the manager interview for offers, hires and rejections
    // (a fifth of the rejected did not show for it). Hired candidates always have scores. Rounds
    // leave room in their pages: each scored round's stored score is written in place later (a
    // heap-only update, no index touched).
    await db.query(`ALTER TABLE interview_rounds SET (fillfactor = 60)`);
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

    // Interviewers drawn in proportion to their workload (a table of 8,192 slots, each
    // interviewer's share of them, at least one), from the candidate's number and the round.
    await step(
      'scorecards',
      `INSERT INTO scorecards (round_id, interviewer_id, status, recommendation, summary, submitted_at,
                               created_at, updated_at)
       SELECT r.id, slots.ids[1 + (hashint8extended(${keySql(streams.assign, 'bc.number', roundNumberSql('r.name'))}, ${seed}) & 2147483647) % slots.n],
              CASE WHEN r.status = 'completed' THEN 'submitted' ELSE 'draft' END,
              CASE WHEN r.status = 'completed'
                   THEN (ARRAY['strong_no', 'no', 'yes', 'yes', 'strong_yes'])[1 + (hashint8extended(${keySql(streams.recommendation, 'bc.number', roundNumberSql('r.name'))}, ${seed}) & 2147483647) % 5]
                   END,
              CASE WHEN r.status = 'completed' THEN 'Clear communicator; follow-up on product knowledge.' ELSE '' END,
              CASE WHEN r.status = 'completed' THEN r.scheduled_at + interval '3 hours' END,
              r.created_at, r.updated_at
         FROM interview_rounds r
         JOIN bench_candidates bc ON bc.candidate_id = r.candidate_id
        CROSS JOIN (SELECT array_agg(interviewer_id ORDER BY number, k) AS ids, count(*)::int AS n
                      FROM (SELECT bi.interviewer_id, bi.number, k
                              FROM bench_interviewers bi
                             CROSS JOIN LATERAL generate_series(1, greatest(1, round(8192 * bi.activity / (SELECT sum(activity) FROM bench_interviewers))::int)) k) s) slots`,
    );

    // Every question of a submitted scorecard answered (a few "not asked"), each rating drawn from
    // the latent model: the scorecard's impression and interviewer first, then per category the
    // candidate's category ability and the category noise, then per question the answer noise.
    // Each level in its own subquery (OFFSET 0), so its draws are made once, not once per answer.
    const scorecardLevel = `
      SELECT s.id, s.submitted_at, r.rubric_version_id, bc.number AS g, ${roundNumberSql('r.name')} AS rn,
             bc.theta, bi.leniency, bi.category_leniency, bi.slope, bi.halo,
             ${m.impressionSd} * ${normal(keySql(streams.impression, 'bc.number', roundNumberSql('r.name')))} AS u
        FROM scorecards s
        JOIN interview_rounds r ON r.id = s.round_id
        JOIN bench_candidates bc ON bc.candidate_id = r.candidate_id
        JOIN bench_interviewers bi ON bi.interviewer_id = s.interviewer_id
       WHERE s.status = 'submitted'
      OFFSET 0`;
    const categoryLevel = `
      SELECT s.id, s.submitted_at, s.g, s.rn, cat.category_id,
             3 + s.slope * (cat.base + s.leniency + s.category_leniency[cat.idx + 1] + s.theta
                            + (1 + s.halo) * s.u
                            + (1 - s.halo) * (${m.categoryAbilitySd} * ${normal(keySql(streams.categoryAbility, 's.g', '0', 'cat.idx'))}
                                              + ${m.categoryNoiseSd} * ${normal(keySql(streams.categoryNoise, 's.g', 's.rn', 'cat.idx'))})
                            - 3) AS shown
        FROM (${scorecardLevel}) s
        JOIN bench_categories cat ON cat.rubric_version_id = s.rubric_version_id
      OFFSET 0`;
    await step(
      'answers',
      `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note, updated_at)
       SELECT id, question_id, rating, rating IS NULL,
              CASE WHEN rating IN (1, 5) THEN 'Specific example given.' ELSE '' END, submitted_at
         FROM (SELECT sc.id, q.question_id, sc.submitted_at,
                      CASE WHEN ${uniform(keySql(streams.asked, 'sc.g', 'sc.rn', '0', 'q.idx'))} < ${m.notAskedShare} THEN NULL
                           ELSE least(5, greatest(1, round(sc.shown + ${m.answerNoiseSd} * ${normal(keySql(streams.answer, 'sc.g', 'sc.rn', '0', 'q.idx'))})))::int
                      END AS rating
                 FROM (${categoryLevel}) sc
                 JOIN bench_questions q ON q.category_id = sc.category_id
               OFFSET 0) a
        -- In primary-key order: the index grows at its end instead of at random pages.
        ORDER BY id, question_id`,
    );

    // Each submitted scorecard's means per category lineage, as a submission stores them
    // (ScoringRepository.refreshCandidateScore): what a calibration refit reads.
    if (await hasColumn(db, 'scorecards', 'category_lineages')) {
      await step(
        'scorecard category means',
        `UPDATE scorecards s
            SET category_lineages = x.lineages, category_ratings = x.ratings,
                category_answered = x.answered
           FROM (SELECT scorecard_id, array_agg(lineage_id ORDER BY lineage_id) AS lineages,
                        array_agg(rating ORDER BY lineage_id) AS ratings,
                        array_agg(answered ORDER BY lineage_id) AS answered
                   FROM (SELECT a.scorecard_id, cat.lineage_id, avg(a.rating)::real AS rating,
                                count(*)::smallint AS answered
                           FROM scorecard_answers a
                           JOIN scorecards sc ON sc.id = a.scorecard_id AND sc.status = 'submitted'
                           JOIN bench_questions q ON q.question_id = a.question_id
                           JOIN rubric_categories cat ON cat.id = q.category_id
                          WHERE a.rating IS NOT NULL
                          GROUP BY a.scorecard_id, cat.lineage_id) AS per_category
                  GROUP BY scorecard_id) AS x
          WHERE s.id = x.scorecard_id`,
      );
    }

    // Stored scores as the API keeps them (ScoringRepository.refreshCandidateScore): each round's
    // pooled score, the categories' mean ratings averaged by weight over the answered categories
    // (one submitted scorecard per round here), and the candidate's mean of (score − 1) / 4 × 100
    // over their scored rounds. The corrected score stays null until a calibration fit.
    await step(
      'round scores',
      `CREATE TEMP TABLE bench_round_scores AS
       SELECT s.round_id, sum(x.score * cat.weight) / NULLIF(sum(cat.weight), 0) AS score
         FROM (SELECT a.scorecard_id, q.category_id, avg(a.rating)::float8 AS score
                 FROM scorecard_answers a JOIN bench_questions q ON q.question_id = a.question_id
                WHERE a.rating IS NOT NULL
                GROUP BY a.scorecard_id, q.category_id) x
         JOIN bench_categories cat ON cat.category_id = x.category_id
         JOIN scorecards s ON s.id = x.scorecard_id AND s.status = 'submitted'
        GROUP BY s.round_id`,
    );
    if (await hasColumn(db, 'interview_rounds', 'score')) {
      await step(
        'stored round scores',
        `UPDATE interview_rounds r SET score = x.score FROM bench_round_scores x WHERE r.id = x.round_id`,
      );
    }
    await db.query(`ALTER TABLE interview_rounds RESET (fillfactor)`);
    await step(
      'candidate scores',
      `UPDATE candidates c SET score = x.score
         FROM (SELECT r.candidate_id, avg((x.score - 1) / 4 * 100) AS score
                 FROM bench_round_scores x JOIN interview_rounds r ON r.id = x.round_id
                WHERE x.score IS NOT NULL
                GROUP BY r.candidate_id) x
        WHERE x.candidate_id = c.id`,
    );
    await db.query(`DROP TABLE bench_round_scores`);
    if (await hasTable(db, 'candidate_outcomes')) {
      await step('hire outcomes', outcomesSql(seed, categoryCount));
    }
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

/**
 * What happened after each hire (the `candidate_outcomes` table the validity report reads), as a
 * BPO floor records it: every figure is the hire's standardized true ability z (`ability` of
 * `bench_candidates`, θ plus the mean category ability) times `loading`, plus independent noise,
 * on the figure's scale: `mean + sd × (loading × z + √(1 − loading²) × ε)`, clipped and rounded.
 * `loading` is the figure's correlation with ability before clipping; handle time's is negative
 * (lower is better) and weak. Staying is one latent variable (loading on z, noise), employed at 30
 * and at 90 days above the quantiles that give `employed30` and `employed90` of the hires.
 * `missing` is the share of hires still employed at 30 days whose figure was never recorded.
 */
export const benchOutcomeModel = {
  nestingQaScore: { mean: 80, sd: 8, loading: 0.5, missing: 0.03, min: 0, max: 100 },
  averageHandleTimeSeconds: {
    mean: 540,
    sd: 110,
    loading: -0.2,
    missing: 0.05,
    min: 300,
    max: 900,
  },
  firstContactResolutionPercent: { mean: 72, sd: 8, loading: 0.3, missing: 0.1, min: 0, max: 100 },
  csatPercent: { mean: 85, sd: 6, loading: 0.25, missing: 0.15, min: 0, max: 100 },
  tenure: { loading: 0.4, employed30: 0.85, employed90: 0.65 },
} as const;

/** Standard normal quantiles of 1 − employed30 and 1 − employed90 (0.15 and 0.35). */
const STAYED_30_ABOVE = -1.0364333894937898;
const STAYED_90_ABOVE = -0.38532046640756773;

/**
 * The outcomes of hires made 30 days or more before the data (nothing is recorded earlier): early
 * leavers (not employed at 30 days) have no floor figures (they never finished nesting); the
 * 90-day status is known only for hires 90 days old. Recorded by the bench admin, at 30 or 90 days
 * after the hire. Draws keyed by the candidate's number and the figure, from `seed`.
 */
function outcomesSql(seed: number, categoryCount: number): string {
  const m = benchLatentModel;
  const o = benchOutcomeModel;
  // The SD of `ability`: θ plus the mean of `categoryCount` independent category abilities.
  const abilitySd = Math.sqrt(
    m.abilitySd ** 2 + m.categoryAbilitySd ** 2 / Math.max(1, categoryCount),
  );
  const draw = (stream: number, figure: number) =>
    keySql(stream, 'bc.number', '0', '0', String(figure));
  // loading × z + √(1 − loading²) × ε: standard normal, correlated `loading` with ability.
  const mixed = (loading: number, figure: number) =>
    `(${loading} * bc.ability / ${abilitySd} + ${Math.sqrt(1 - loading ** 2)} * ${normalSql(draw(streams.outcome, figure), seed)})`;
  // Each floor figure on its scale, clipped, and whether it was recorded; figure i draws with i.
  const floor = (
    f: { mean: number; sd: number; loading: number; missing: number; min: number; max: number },
    i: number,
  ) =>
    `least(${f.max}, greatest(${f.min}, ${f.mean} + ${f.sd} * ${mixed(f.loading, i)})) AS f${i},
     ${uniformSql(draw(streams.outcomeRecorded, i), seed)} >= ${f.missing} AS f${i}_recorded`;
  const recorded = (i: number, value: string) =>
    `CASE WHEN h.stayed_30 AND h.f${i}_recorded THEN ${value} END`;
  return `INSERT INTO candidate_outcomes (candidate_id, nesting_qa_score, average_handle_time_seconds,
                                    first_contact_resolution_percent, csat_percent,
                                    employed_at_30_days, employed_at_90_days, recorded_by, recorded_at)
     SELECT h.candidate_id,
            ${recorded(0, 'round(h.f0::numeric, 1)::float8')},
            ${recorded(1, 'round(h.f1)::int')},
            ${recorded(2, 'round(h.f2::numeric, 1)::float8')},
            ${recorded(3, 'round(h.f3::numeric, 1)::float8')},
            h.stayed_30,
            CASE WHEN h.known_90 THEN h.stayed_30 AND h.tenure > ${STAYED_90_ABOVE} END,
            (SELECT id FROM users WHERE email = 'admin@bench.example.com'),
            h.hired_at + CASE WHEN h.known_90 THEN interval '90 days' ELSE interval '30 days' END
       FROM (SELECT *, tenure > ${STAYED_30_ABOVE} AS stayed_30
               FROM (SELECT c.id AS candidate_id, c.stage_changed_at AS hired_at,
                            c.stage_changed_at <= now() - interval '90 days' AS known_90,
                            ${mixed(o.tenure.loading, 4)} AS tenure,
                            ${floor(o.nestingQaScore, 0)},
                            ${floor(o.averageHandleTimeSeconds, 1)},
                            ${floor(o.firstContactResolutionPercent, 2)},
                            ${floor(o.csatPercent, 3)}
                       FROM candidates c
                       JOIN bench_candidates bc ON bc.candidate_id = c.id
                      WHERE c.stage = 'hired' AND c.stage_changed_at <= now() - interval '30 days'
                     OFFSET 0) drawn) h
      ORDER BY h.candidate_id`;
}

/** The round's number (1–3) from its name, as the generator names them. */
const roundNumberSql = (name: string) =>
  `CASE ${name} WHEN 'Recruiter screen' THEN 1 WHEN 'Mock call' THEN 2 ELSE 3 END`;

async function hasTable(db: Sql, table: string): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  )) as unknown[];
  return rows.length > 0;
}

async function hasColumn(db: Sql, table: string, column: string): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2`,
    [table, column],
  )) as unknown[];
  return rows.length > 0;
}

async function createTruthTables(
  db: Sql,
  seed: number,
  interviewers: number,
  candidates: number,
): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${BENCH_TRUTH_TABLES.join(', ')}`);
  await db.query(`
    CREATE TABLE bench_settings (seed bigint NOT NULL, interviewers int NOT NULL, candidates int NOT NULL,
                                 model jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE bench_categories (category_id uuid PRIMARY KEY, rubric_id uuid NOT NULL,
                                   rubric_version_id uuid NOT NULL, idx int NOT NULL,
                                   weight float8 NOT NULL, base float8 NOT NULL);
    CREATE TABLE bench_questions (question_id uuid PRIMARY KEY, category_id uuid NOT NULL,
                                  rubric_version_id uuid NOT NULL, category_idx int NOT NULL, idx int NOT NULL);
    CREATE TABLE bench_interviewers (interviewer_id uuid PRIMARY KEY, number int NOT NULL,
                                     leniency float8 NOT NULL, category_leniency float8[] NOT NULL,
                                     slope float8 NOT NULL, halo float8 NOT NULL, activity float8 NOT NULL);
    CREATE TABLE bench_candidates (candidate_id uuid PRIMARY KEY, number int NOT NULL,
                                   theta float8 NOT NULL, ability float8 NOT NULL)`);
  await db.query(
    `INSERT INTO bench_settings (seed, interviewers, candidates, model) VALUES ($1, $2, $3, $4)`,
    [seed, interviewers, candidates, JSON.stringify(benchLatentModel)],
  );
}
