/**
 * The fault drills' own stack: an embedded PostgreSQL that the test can stop and start again, and
 * the built API (the `npm start` artifact) as child processes that it can kill -9 and restart.
 * Nothing here talks to the stack scripts/with-stack.mjs runs for the other e2e specs.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

/** The built API; FAULTS_MAIN_JS points elsewhere (e.g. a build in a temporary folder). */
export const mainJs =
  process.env.FAULTS_MAIN_JS ??
  path.resolve(__dirname, '../../../dist/apps/api/apps/api/src/main.js');

/** The part of the API's EmbeddedPostgres the drills use (loaded from the build, see below). */
interface EmbeddedServer {
  start(): Promise<void>;
  stop(): Promise<void>;
  url(database: string): string;
  ensureDatabase(database: string): Promise<void>;
}

type EmbeddedPostgresClass = new (options: {
  dataDir: string;
  port?: number;
  ephemeral?: boolean;
}) => EmbeddedServer;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * PostgreSQL on a fixed port, so that the API's pool reaches it again after a restart. The class
 * comes from the build beside main.js: the same code `npm start` runs (and e2e may not import the
 * API's sources).
 */
export class DrillDatabase {
  private server: EmbeddedServer | undefined;
  private dir = '';
  url = '';

  async start(port: number): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { EmbeddedPostgres } = require(
      path.join(path.dirname(mainJs), 'database', 'embedded-postgres.js'),
    ) as { EmbeddedPostgres: EmbeddedPostgresClass };
    this.dir = await mkdtemp(path.join(tmpdir(), 'calibrate-faults-'));
    // mkdtemp makes it private; the postgres OS user (when run as root) must reach its folder.
    await chmod(this.dir, 0o755);
    this.server = new EmbeddedPostgres({
      dataDir: path.join(this.dir, 'postgres'),
      port,
      ephemeral: true,
    });
    await this.server.start();
    await this.server.ensureDatabase('calibrate_faults');
    this.url = this.server.url('calibrate_faults');
  }

  /** Fast shutdown: the API's connections are cut, new ones are refused. */
  stop(): Promise<void> {
    return this.server?.stop() ?? Promise.resolve();
  }

  /** Same data folder, same port. */
  restart(): Promise<void> {
    return this.server?.start() ?? Promise.resolve();
  }

  /**
   * Stops every PostgreSQL process where it stands (SIGSTOP), as a stalled host or a network
   * black hole does: connections stay open, nothing answers, nothing is refused.
   */
  freeze(): void {
    for (const pid of this.processIds()) process.kill(pid, 'SIGSTOP');
  }

  thaw(): void {
    for (const pid of this.processIds()) process.kill(pid, 'SIGCONT');
  }

  /** The postmaster (from its lock file) and its children (from /proc: Linux only). */
  private processIds(): number[] {
    const lockFile = path.join(this.dir, 'postgres', 'postmaster.pid');
    const postmaster = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          // "pid (name) state ppid …": the name may hold spaces, so read after its ")".
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false; // gone meanwhile
        }
      })
      .map(Number);
    return [postmaster, ...children];
  }

  async destroy(): Promise<void> {
    await this.stop();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/** One API process started from main.js; `kill()` is kill -9, `start()` starts a new one. */
export class ApiProcess {
  private child: ChildProcess | undefined;
  private output = '';

  constructor(
    private readonly port: number,
    private readonly databaseUrl: string,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The last lines the API printed (for a failure message). */
  log(): string {
    return this.output;
  }

  /** Whether the process started last is still running. */
  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  async start(): Promise<void> {
    if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build the API first.`);
    const child = spawn(process.execPath, [mainJs], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATABASE_URL: this.databaseUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        LOG_PRETTY: 'false',
        // The nightly refit timer is not what these drills are about.
        CALIBRATION_NIGHTLY_HOUR_UTC: '-1',
        // A stalled database fails a save within this (the default is 30 s).
        DATABASE_QUERY_TIMEOUT_MS: '3000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
      if (process.env.FAULTS_API_LOG) appendFileSync(process.env.FAULTS_API_LOG, chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The API exited during start:\n${this.output}`);
      try {
        if ((await fetch(`${this.baseUrl}/api/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`The API was not ready within 60 s:\n${this.output}`);
  }

  /** kill -9: no shutdown hook runs, open transactions die with their connections. */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  /** Ctrl-C, for the end of the run; kill -9 if it has not exited after `graceMs`. */
  stop(graceMs = 15_000): Promise<void> {
    return this.signal('SIGINT', graceMs);
  }

  private signal(signal: NodeJS.Signals, graceMs?: number): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const forceKill =
        graceMs === undefined
          ? undefined
          : setTimeout(() => {
              console.warn(`The API had not stopped ${graceMs} ms after ${signal}: kill -9`);
              child.kill('SIGKILL');
            }, graceMs);
      child.once('exit', () => {
        clearTimeout(forceKill);
        resolve();
      });
      child.kill(signal);
    });
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An interviewer with a draft scorecard, signed in: what one simulated browser holds. */
export interface DrillInterviewer {
  index: number;
  scorecardId: string;
  questionIds: string[];
  headers: Record<string, string>;
}

/**
 * `count` interviewers, each on their own scheduled round with a draft scorecard of a published
 * rubric version of `questions` questions, and a live session each. Written straight into the
 * tables (set-based, well under a second): 200 password sign-ins would cost argon2 time that
 * the drills do not test. The sessions are stored the way SessionsRepository.create stores them
 * (the sha256 of the cookie's id).
 */
export async function insertInterviewers(
  databaseUrl: string,
  count: number,
  questions: number,
): Promise<DrillInterviewer[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    const {
      rows: [version],
    } = await db.query<{ id: string }>(
      `WITH rubric AS (INSERT INTO rubrics (name) VALUES ('Fault drill rubric') RETURNING id)
       INSERT INTO rubric_versions (rubric_id, version, status, published_at)
       SELECT id, 1, 'published', now() FROM rubric RETURNING id`,
    );
    const { rows: questionRows } = await db.query<{ id: string }>(
      `WITH category AS (
         INSERT INTO rubric_categories (rubric_version_id, lineage_id, name, position, weight)
         VALUES ($1, gen_random_uuid(), 'Empathy', 1, 1) RETURNING id)
       INSERT INTO rubric_questions (rubric_version_id, category_id, lineage_id, text, position, anchors)
       SELECT $1, category.id, gen_random_uuid(), 'Drill question ' || i, i,
              ARRAY['poor', 'weak', 'fair', 'good', 'excellent']
         FROM category, generate_series(1, $2::int) AS i
       RETURNING id`,
      [version?.id, questions],
    );
    const {
      rows: [job],
    } = await db.query<{ id: string }>(
      `INSERT INTO jobs (title, client_program, site, language, shift, headcount)
       VALUES ('Fault drill agent', 'Drill program', 'Drill site', 'English', 'day', 200) RETURNING id`,
    );
    const sessions = Array.from({ length: count }, () => ({
      id: randomBytes(32).toString('base64url'),
      csrf: randomBytes(32).toString('base64url'),
    }));
    const { rows } = await db.query<{ index: number; scorecard_id: string }>(
      `WITH people AS (
         INSERT INTO users (email, name, role)
         SELECT 'drill.interviewer.' || i || '@example.com', 'Drill Interviewer ' || i, 'interviewer'
           FROM generate_series(1, $1::int) AS i
         RETURNING id, (regexp_match(email, '\\.(\\d+)@'))[1]::int AS i),
       signed_in AS (
         INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at)
         SELECT ($4::text[])[people.i], people.id, ($5::text[])[people.i], now() + interval '1 day'
           FROM people),
       candidate AS (
         INSERT INTO candidates (name, email, job_id, stage)
         SELECT 'Drill Candidate ' || i, 'drill.candidate.' || i || '@example.com', $2, 'interviewing'
           FROM generate_series(1, $1::int) AS i
         RETURNING id, (regexp_match(email, '\\.(\\d+)@'))[1]::int AS i),
       round AS (
         INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at)
         SELECT candidate.id, $2, 'Phone screen', $3, now() - interval '10 minutes' FROM candidate
         RETURNING id, candidate_id),
       card AS (
         INSERT INTO scorecards (round_id, interviewer_id)
         SELECT round.id, people.id
           FROM round JOIN candidate ON candidate.id = round.candidate_id JOIN people ON people.i = candidate.i
         RETURNING id, interviewer_id)
       SELECT card.id AS scorecard_id, people.i AS index FROM card JOIN people ON people.id = card.interviewer_id`,
      [
        count,
        job?.id,
        version?.id,
        sessions.map((s) => createHash('sha256').update(s.id).digest('base64url')),
        sessions.map((s) => s.csrf),
      ],
    );
    await db.query('COMMIT');
    return rows
      .sort((a, b) => a.index - b.index)
      .map((row) => {
        const session = sessions[row.index - 1] ?? { id: '', csrf: '' };
        return {
          index: row.index,
          scorecardId: row.scorecard_id,
          questionIds: questionRows.map((q) => q.id),
          headers: {
            cookie: `calibrate_session=${session.id}; csrf_token=${session.csrf}`,
            'x-csrf-token': session.csrf,
          },
        };
      });
  } finally {
    await db.end();
  }
}
