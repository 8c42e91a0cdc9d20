import { SESSION_COOKIE } from '@calibrate/api/modules/auth/session-cookies';
import { CSRF_COOKIE, CSRF_HEADER } from '@calibrate/contracts';
import { Pool } from 'pg';

import { BENCH_PASSWORD } from './data/bench-data';

/** A signed-in bench user: the headers every request of theirs carries. */
export interface Login {
  email: string;
  headers: Record<string, string>;
}

/** One answer an interviewer can save: a question of one of their draft scorecards. */
export interface SaveTarget {
  login: Login;
  scorecardId: string;
  questionId: string;
  /** The answer's current version (0: never saved), learned from each response. */
  version: number;
}

export async function signIn(baseUrl: string, email: string): Promise<Login> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  const cookies = new Map(
    response.headers.getSetCookie().map((cookie) => {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)] as const;
    }),
  );
  const session = cookies.get(SESSION_COOKIE);
  const csrf = cookies.get(CSRF_COOKIE);
  if (!session || !csrf) throw new Error(`sign-in of ${email} set no session`);
  return {
    email,
    headers: { cookie: `${SESSION_COOKIE}=${session}`, [CSRF_HEADER]: csrf },
  };
}

/**
 * Draft scorecards of upcoming rounds, one per interviewer, each signed in, and their questions,
 * interleaved by scorecard: consecutive saves go to different interviewers, as in a busy hour.
 */
export async function saveTargets(
  pool: Pool,
  baseUrl: string,
  interviewers: number,
  minimum: number,
): Promise<SaveTarget[]> {
  const { rows: scorecards } = await pool.query<{ id: string; email: string; version_id: string }>(
    `SELECT DISTINCT ON (s.interviewer_id) s.id, u.email, r.rubric_version_id AS version_id
       FROM scorecards s
       JOIN interview_rounds r ON r.id = s.round_id AND r.status = 'scheduled'
       JOIN users u ON u.id = s.interviewer_id
      WHERE s.status = 'draft'
      ORDER BY s.interviewer_id, s.id
      LIMIT $1`,
    [interviewers],
  );
  // At least one interviewer per connection, or saves would queue on each other's scorecard lock.
  if (scorecards.length < minimum) {
    throw new Error(
      `The bench data has ${scorecards.length} open scorecards; ${minimum} needed: generate more candidates.`,
    );
  }
  const { rows: answers } = await pool.query<{
    scorecard_id: string;
    question_id: string;
    version: number;
  }>(
    `SELECT scorecard_id, question_id, version FROM scorecard_answers WHERE scorecard_id = ANY($1::uuid[])`,
    [scorecards.map((s) => s.id)],
  );
  const versions = new Map(answers.map((a) => [`${a.scorecard_id}/${a.question_id}`, a.version]));
  const { rows: questions } = await pool.query<{ id: string; version_id: string }>(
    `SELECT id, rubric_version_id AS version_id FROM rubric_questions
      WHERE rubric_version_id = ANY($1::uuid[]) ORDER BY position, id`,
    [[...new Set(scorecards.map((s) => s.version_id))]],
  );
  const perScorecard: SaveTarget[][] = [];
  for (const scorecard of scorecards) {
    const login = await signIn(baseUrl, scorecard.email);
    perScorecard.push(
      questions
        .filter((q) => q.version_id === scorecard.version_id)
        .map((q) => ({
          login,
          scorecardId: scorecard.id,
          questionId: q.id,
          version: versions.get(`${scorecard.id}/${q.id}`) ?? 0,
        })),
    );
  }
  const longest = Math.max(...perScorecard.map((list) => list.length));
  const interleaved: SaveTarget[] = [];
  for (let i = 0; i < longest; i++) {
    for (const list of perScorecard) {
      const target = list[i];
      if (target) interleaved.push(target);
    }
  }
  return interleaved;
}

/** A hiring manager signed in, with candidates of their job that have scores, to compare. */
export async function comparisonSets(
  pool: Pool,
  baseUrl: string,
  jobs: number,
): Promise<{ login: Login; jobId: string; candidateIds: string[] }[]> {
  const { rows } = await pool.query<{ job_id: string; email: string; ids: string[] }>(
    `SELECT j.id AS job_id, u.email,
            ARRAY(SELECT c.id FROM candidates c WHERE c.job_id = j.id AND c.stage IN ('offer', 'hired')
                   ORDER BY c.created_at DESC LIMIT 8) AS ids
       FROM jobs j
       JOIN LATERAL (SELECT user_id FROM job_hiring_managers m WHERE m.job_id = j.id LIMIT 1) m ON TRUE
       JOIN users u ON u.id = m.user_id
      ORDER BY j.created_at DESC LIMIT $1`,
    [jobs],
  );
  const sets = [];
  for (const row of rows.filter((r) => r.ids.length === 8)) {
    sets.push({
      login: await signIn(baseUrl, row.email),
      jobId: row.job_id,
      candidateIds: row.ids,
    });
  }
  if (sets.length === 0) throw new Error('The bench data has no job with 8 candidates to compare.');
  return sets;
}

/**
 * Calibration report requests, as the Calibration page sends them: the admin (every interviewer)
 * unfiltered and narrowed to a job, and hiring managers (their jobs' interviewers) unfiltered and
 * narrowed to the last six months of the trend.
 */
export async function calibrationReportRequests(
  pool: Pool,
  baseUrl: string,
  managers: number,
): Promise<{ login: Login; query: string }[]> {
  const admin = await signIn(baseUrl, 'admin@bench.example.com');
  const { rows } = await pool.query<{ job_id: string; email: string }>(
    `SELECT DISTINCT ON (u.id) j.id AS job_id, u.email
       FROM jobs j
       JOIN job_hiring_managers m ON m.job_id = j.id
       JOIN users u ON u.id = m.user_id
      ORDER BY u.id, j.created_at DESC
      LIMIT $1`,
    [managers],
  );
  const month = (monthsBack: number) => {
    const at = new Date();
    at.setUTCDate(1);
    at.setUTCMonth(at.getUTCMonth() - monthsBack);
    return at.toISOString().slice(0, 7);
  };
  const requests = [{ login: admin, query: '' }];
  for (const row of rows) {
    const manager = await signIn(baseUrl, row.email);
    requests.push(
      { login: admin, query: `?jobId=${row.job_id}` },
      { login: manager, query: '' },
      { login: manager, query: `?from=${month(6)}&to=${month(0)}` },
    );
  }
  return requests;
}

/** A prepared GET of a report, as a signed-in user sends it. */
export interface ReportRequest {
  login: Login;
  path: string;
}

/**
 * The bench's rubrics, the one most job plans use first, with a few jobs (newest first) and the
 * sites with the most jobs: what the report scenarios narrow to.
 */
async function reportScope(pool: Pool, jobs: number) {
  const { rows: rubrics } = await pool.query<{ rubric_id: string }>(
    `SELECT rubric_id FROM job_plan_rounds GROUP BY rubric_id ORDER BY count(*) DESC, rubric_id`,
  );
  const { rows: newest } = await pool.query<{ id: string }>(
    `SELECT id FROM jobs ORDER BY created_at DESC, id LIMIT $1`,
    [jobs],
  );
  const { rows: sites } = await pool.query<{ site: string }>(
    `SELECT site FROM jobs GROUP BY site ORDER BY count(*) DESC, site LIMIT $1`,
    [jobs],
  );
  if (rubrics.length === 0 || newest.length === 0) {
    throw new Error('The bench data has no job plans: run `npm run bench:data` first.');
  }
  return {
    rubricIds: rubrics.map((r) => r.rubric_id),
    jobIds: newest.map((j) => j.id),
    sites: sites.map((s) => s.site),
  };
}

/**
 * Question analysis requests, as an admin (the only role that may) opens the page: each bench
 * rubric whole, then the most used one narrowed to a job and to a site, in turn.
 */
export async function questionAnalysisRequests(
  pool: Pool,
  baseUrl: string,
  narrowed = 2,
): Promise<ReportRequest[]> {
  const admin = await signIn(baseUrl, 'admin@bench.example.com');
  const { rubricIds, jobIds, sites } = await reportScope(pool, narrowed);
  const [main] = rubricIds;
  const path = (rubricId: string, query = '') =>
    `/api/v1/rubrics/${rubricId}/question-analysis${query}`;
  const requests: ReportRequest[] = rubricIds.map((id) => ({ login: admin, path: path(id) }));
  for (let i = 0; i < narrowed; i++) {
    const jobId = jobIds[i % jobIds.length];
    const site = sites[i % sites.length];
    if (main && jobId) requests.push({ login: admin, path: path(main, `?jobId=${jobId}`) });
    if (main && site) {
      requests.push({ login: admin, path: path(main, `?site=${encodeURIComponent(site)}`) });
    }
  }
  return requests;
}

/**
 * Validity report requests, as the Validity page sends them: the admin unfiltered (the most used
 * rubric), on the other rubric, narrowed to a job and to a site; hiring managers (their jobs)
 * unfiltered and narrowed to one of their jobs.
 */
export async function validityReportRequests(
  pool: Pool,
  baseUrl: string,
  managers: number,
): Promise<ReportRequest[]> {
  const admin = await signIn(baseUrl, 'admin@bench.example.com');
  const { rubricIds, jobIds, sites } = await reportScope(pool, 1);
  const requests: ReportRequest[] = [{ login: admin, path: '/api/v1/validity' }];
  for (const rubricId of rubricIds.slice(1)) {
    requests.push({ login: admin, path: `/api/v1/validity?rubricId=${rubricId}` });
  }
  if (jobIds[0]) requests.push({ login: admin, path: `/api/v1/validity?jobId=${jobIds[0]}` });
  if (sites[0]) {
    requests.push({ login: admin, path: `/api/v1/validity?site=${encodeURIComponent(sites[0])}` });
  }
  const { rows } = await pool.query<{ job_id: string; email: string }>(
    `SELECT DISTINCT ON (u.id) j.id AS job_id, u.email
       FROM jobs j
       JOIN job_hiring_managers m ON m.job_id = j.id
       JOIN users u ON u.id = m.user_id
      WHERE u.email LIKE 'manager%@bench.example.com'
      ORDER BY u.id, j.created_at DESC
      LIMIT $1`,
    [managers],
  );
  for (const row of rows) {
    const manager = await signIn(baseUrl, row.email);
    requests.push(
      { login: manager, path: '/api/v1/validity' },
      { login: manager, path: `/api/v1/validity?jobId=${row.job_id}` },
    );
  }
  return requests;
}
