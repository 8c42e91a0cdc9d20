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
