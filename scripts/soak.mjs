#!/usr/bin/env node
/**
 * Soak: the built API on a real PostgreSQL for a long stretch of interview-day autosave traffic,
 * to catch what only time shows (a memory leak, a connection leak, latency creeping up).
 *
 * SOAK_INTERVIEWERS (200) simulated interviewers each save one answer every SOAK_INTERVAL_MS
 * (2000) for SOAK_MINUTES (10), the way the web app's save queue sends them (PUT with If-Match
 * and an Idempotency-Key). Every 5 s it samples the API's resident memory and the database's
 * connections. Goals, checked after SOAK_WARMUP_MINUTES (1) of warm-up; the exit code is 1 when
 * one fails:
 *   - no failed save (any non-200 or network error counts), and every save stored exactly once
 *     (the answers' versions and the audit rows add up to the acknowledged saves);
 *   - API memory grows less than 10% from the first half of the run after warm-up to the second
 *     (the lowest RSS of each half: what is left after garbage collection);
 *   - database connections do not grow from the first half after warm-up to the second.
 * SOAK_MINUTES must be at least SOAK_WARMUP_MINUTES + 1.
 *
 * PostgreSQL: an embedded server in a temporary folder (removed afterwards), or DATABASE_URL (a
 * database you can throw away: the run adds 200 users, candidates, rounds and their answers).
 * The API: SOAK_MAIN_JS, default the build of `nx run api:build`. Port: SOAK_PORT (default free).
 *
 * Usage: npm run soak   ·   SOAK_MINUTES=2 node scripts/soak.mjs   (after the API is built)
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');

const settings = {
  minutes: Number(process.env.SOAK_MINUTES ?? 10),
  warmupMinutes: Number(process.env.SOAK_WARMUP_MINUTES ?? 1),
  interviewers: Number(process.env.SOAK_INTERVIEWERS ?? 200),
  intervalMs: Number(process.env.SOAK_INTERVAL_MS ?? 2000),
  mainJs: path.resolve(root, process.env.SOAK_MAIN_JS ?? 'dist/apps/api/apps/api/src/main.js'),
  port: Number(process.env.SOAK_PORT ?? 0),
  databaseUrl: process.env.DATABASE_URL,
};
const QUESTIONS = 38; // the demo's call-center rubric has 38 questions
const SAMPLE_EVERY_MS = 5000;
const REPORT_EVERY_MS = 30_000;
const MAX_MEMORY_GROWTH = 0.1;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The p-th percentile (0–100) of a list of numbers. */
function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ---------------------------------------------------------------------------------------------
// The stack: PostgreSQL (embedded unless DATABASE_URL) and the built API as a child process.
// ---------------------------------------------------------------------------------------------

/** The API's own EmbeddedPostgres, from the build beside main.js. */
async function startEmbeddedPostgres() {
  const { EmbeddedPostgres } = require(
    path.join(path.dirname(settings.mainJs), 'database', 'embedded-postgres.js'),
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'calibrate-soak-'));
  // mkdtemp makes it private; the postgres OS user (when run as root) must reach its folder.
  await chmod(dir, 0o755);
  // Durable settings (no `ephemeral`): the soak measures the server as it runs for real.
  const server = new EmbeddedPostgres({ dataDir: path.join(dir, 'postgres') });
  await server.start();
  await server.ensureDatabase('calibrate_soak');
  return {
    url: server.url('calibrate_soak'),
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function startApi(port, databaseUrl) {
  const child = spawn(process.execPath, [settings.mainJs], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited during start:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The API was not ready within 90 s:\n${output}`);
    await sleep(200);
  }
  return {
    baseUrl,
    pid: child.pid,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}

/**
 * Interviewers with a draft scorecard each and a live session, written straight into the tables
 * (200 password sign-ins would cost argon2 time the soak does not measure). The sessions are
 * stored as SessionsRepository.create stores them: the sha256 of the cookie's id. The same
 * fixture as e2e/api-e2e/src/faults-stack.ts (a plain script cannot import it).
 */
async function insertInterviewers(databaseUrl, count, questions) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    const tag = randomBytes(4).toString('hex'); // a second run on the same DATABASE_URL
    const {
      rows: [version],
    } = await db.query(
      `WITH rubric AS (INSERT INTO rubrics (name) VALUES ('Soak rubric ' || $1::text) RETURNING id)
       INSERT INTO rubric_versions (rubric_id, version, status, published_at)
       SELECT id, 1, 'published', now() FROM rubric RETURNING id`,
      [tag],
    );
    const { rows: questionRows } = await db.query(
      `WITH category AS (
         INSERT INTO rubric_categories (rubric_version_id, lineage_id, name, position, weight)
         VALUES ($1, gen_random_uuid(), 'Empathy', 1, 1) RETURNING id)
       INSERT INTO rubric_questions (rubric_version_id, category_id, lineage_id, text, position, anchors)
       SELECT $1, category.id, gen_random_uuid(), 'Soak question ' || i, i,
              ARRAY['poor', 'weak', 'fair', 'good', 'excellent']
         FROM category, generate_series(1, $2::int) AS i
       RETURNING id`,
      [version.id, questions],
    );
    const {
      rows: [job],
    } = await db.query(
      `INSERT INTO jobs (title, client_program, site, language, shift, headcount)
       VALUES ('Soak agent', 'Soak program', 'Soak site', 'English', 'day', 200) RETURNING id`,
    );
    const sessions = Array.from({ length: count }, () => ({
      id: randomBytes(32).toString('base64url'),
      csrf: randomBytes(32).toString('base64url'),
    }));
    const { rows } = await db.query(
      `WITH people AS (
         INSERT INTO users (email, name, role)
         SELECT 'soak.' || $6::text || '.' || i || '@example.com', 'Soak Interviewer ' || i, 'interviewer'
           FROM generate_series(1, $1::int) AS i
         RETURNING id, (regexp_match(email, '\\.(\\d+)@'))[1]::int AS i),
       signed_in AS (
         INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at)
         SELECT ($4::text[])[people.i], people.id, ($5::text[])[people.i], now() + interval '1 day'
           FROM people),
       candidate AS (
         INSERT INTO candidates (name, email, job_id, stage)
         SELECT 'Soak Candidate ' || i, 'soak.candidate.' || $6::text || '.' || i || '@example.com', $2, 'interviewing'
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
        job.id,
        version.id,
        sessions.map((s) => createHash('sha256').update(s.id).digest('base64url')),
        sessions.map((s) => s.csrf),
        tag,
      ],
    );
    await db.query('COMMIT');
    return rows.map((row) => {
      const session = sessions[row.index - 1];
      return {
        scorecardId: row.scorecard_id,
        questionIds: questionRows.map((q) => q.id),
        headers: {
          cookie: `calibrate_session=${session.id}; csrf_token=${session.csrf}`,
          'x-csrf-token': session.csrf,
          'content-type': 'application/json',
        },
      };
    });
  } finally {
    await db.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Traffic and measurements
// ---------------------------------------------------------------------------------------------

/** Keep-alive connections, as browsers hold them. */
const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

function put(url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'PUT', agent, headers, timeout: 30_000 });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: text }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** One interviewer: a save every interval, each resent unchanged (same key) until answered. */
async function interviewer(person, baseUrl, stopAt, stats) {
  const versions = new Map();
  // Spread the first saves over one interval, as interviewers do not start in step.
  await sleep(Math.random() * settings.intervalMs);
  for (let turn = 0; Date.now() < stopAt; turn++) {
    const started = Date.now();
    const questionId = person.questionIds[turn % person.questionIds.length];
    const expected = versions.get(questionId) ?? 0;
    const headers = {
      ...person.headers,
      'if-match': `"${expected}"`,
      'idempotency-key': randomUUID(),
    };
    const body = JSON.stringify({
      rating: 1 + Math.floor(Math.random() * 5),
      notAsked: false,
      note: `Soak note ${turn}`,
    });
    const url = `${baseUrl}/api/v1/scorecards/${person.scorecardId}/scores/${questionId}`;
    for (let attempt = 1; ; attempt++) {
      const sent = Date.now();
      try {
        const response = await put(url, headers, body);
        if (response.status === 200) {
          stats.latencies.push({ at: sent, ms: Date.now() - sent });
          versions.set(questionId, JSON.parse(response.body).version);
          break;
        }
        stats.error(`${response.status} ${response.body.slice(0, 300)}`);
        if (response.status < 500) break; // refused for good: move on
      } catch (error) {
        stats.error(String(error));
      }
      await sleep(Math.min(30_000, 1000 * 2 ** (attempt - 1)));
    }
    await sleep(Math.max(0, started + settings.intervalMs - Date.now()));
  }
}

/** Resident memory of a process in MiB (Linux /proc; `ps` elsewhere). */
function residentMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kib / 1024;
  } catch {
    return NaN;
  }
}

async function main() {
  if (!existsSync(settings.mainJs)) {
    console.error(`${settings.mainJs} is missing: build the API first (nx run api:build).`);
    return 1;
  }
  const durationMs = settings.minutes * 60_000;
  const warmupMs = settings.warmupMinutes * 60_000;
  if (durationMs < warmupMs + 60_000) {
    // The goals compare two halves of the time after warm-up; each needs some length.
    console.error('SOAK_MINUTES must be at least SOAK_WARMUP_MINUTES + 1.');
    return 1;
  }
  console.log(
    `Soak: ${settings.interviewers} interviewers, a save each every ${settings.intervalMs} ms, ` +
      `${settings.minutes} min (${settings.warmupMinutes} min warm-up)`,
  );

  const cleanups = [];
  const cleanUp = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((error) => console.error(error));
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    let databaseUrl = settings.databaseUrl;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres();
      cleanups.push(postgres.stop);
      databaseUrl = postgres.url;
    }
    const api = await startApi(settings.port || (await freePort()), databaseUrl);
    cleanups.push(api.stop);
    const people = await insertInterviewers(databaseUrl, settings.interviewers, QUESTIONS);
    const database = new Client({ connectionString: databaseUrl });
    await database.connect();
    cleanups.push(() => database.end());
    console.log(`API ${api.baseUrl} (pid ${api.pid}); database ready; traffic starts\n`);

    const start = Date.now();
    const errors = [];
    const stats = {
      latencies: [],
      error: (message) => errors.push({ at: Date.now(), message }),
    };
    const samples = [];
    const sample = async () => {
      const { rows } = await database.query(
        `SELECT count(*)::int AS connections FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      samples.push({
        at: Date.now(),
        rssMiB: residentMiB(api.pid),
        connections: rows[0].connections,
      });
    };
    const sampler = setInterval(() => void sample().catch(stats.error), SAMPLE_EVERY_MS);
    let reported = start;
    const reporter = setInterval(() => {
      const now = Date.now();
      const window = stats.latencies.filter((l) => l.at >= reported).map((l) => l.ms);
      const last = samples[samples.length - 1];
      console.log(
        `${((now - start) / 60_000).toFixed(1).padStart(5)} min  ${String(window.length).padStart(6)} saves` +
          `  p50 ${percentile(window, 50)} ms  p95 ${percentile(window, 95)} ms  p99 ${percentile(window, 99)} ms` +
          `  errors ${errors.length}  RSS ${last?.rssMiB.toFixed(0)} MiB  connections ${last?.connections}`,
      );
      reported = now;
    }, REPORT_EVERY_MS);

    await sample();
    await Promise.all(
      people.map((person) => interviewer(person, api.baseUrl, start + durationMs, stats)),
    );
    clearInterval(sampler);
    clearInterval(reporter);
    await sample();

    // Compare the first half of the time after warm-up with the second. Memory: the lowest RSS of
    // each half, what is left after garbage collection (under load RSS saws up and down by 100 MiB
    // over a minute or two between collections; a leak raises the floor). Connections come and go
    // by a few with the pools' idle timeouts: the second half's lowest count must not exceed the
    // highest count seen until the end of the first half (a leak raises the floor above it).
    const middle = start + warmupMs + (durationMs - warmupMs) / 2;
    const early = samples.filter((s) => s.at >= start + warmupMs && s.at < middle);
    const late = samples.filter((s) => s.at >= middle);
    const rssEarly = Math.min(...early.map((s) => s.rssMiB));
    const rssLate = Math.min(...late.map((s) => s.rssMiB));
    const growth = rssLate / rssEarly - 1;
    const connectionsEarly = Math.max(
      ...samples.filter((s) => s.at < middle).map((s) => s.connections),
    );
    const connectionsLate = Math.min(...late.map((s) => s.connections));
    const all = stats.latencies.map((l) => l.ms);
    // Every acknowledged save is in the database once: one version step and one audit row each.
    const {
      rows: [stored],
    } = await database.query(
      `SELECT (SELECT coalesce(sum(version), 0)::int FROM scorecard_answers WHERE scorecard_id = ANY($1::uuid[])) AS versions,
              (SELECT count(*)::int FROM audit_events
                WHERE action = 'scorecard.answer_saved' AND entity_id = ANY($1::uuid[])) AS audited`,
      [people.map((person) => person.scorecardId)],
    );

    console.log('\nSoak summary');
    console.log(
      `  saves ${all.length} (${(all.length / (durationMs / 1000)).toFixed(1)}/s), errors ${errors.length}`,
    );
    console.log(
      `  latency p50 ${percentile(all, 50)} ms, p95 ${percentile(all, 95)} ms, p99 ${percentile(all, 99)} ms, max ${Math.max(0, ...all)} ms`,
    );
    console.log(`  API RSS (MiB) over time: ${samples.map((s) => s.rssMiB.toFixed(0)).join(' ')}`);
    console.log(`  database connections over time: ${samples.map((s) => s.connections).join(' ')}`);
    const goals = [
      {
        name: 'no failed save',
        ok: errors.length === 0,
        detail: errors.length
          ? `${errors.length} errors, first: ${errors
              .slice(0, 3)
              .map((e) => e.message)
              .join(' | ')}`
          : '0 errors',
      },
      {
        name: `API memory grows < ${MAX_MEMORY_GROWTH * 100}% after warm-up`,
        ok: Number.isFinite(growth) && growth < MAX_MEMORY_GROWTH,
        detail: `lowest RSS ${rssEarly.toFixed(0)} MiB → ${rssLate.toFixed(0)} MiB (${(growth * 100).toFixed(1)}%)`,
      },
      {
        name: 'every acknowledged save stored exactly once',
        ok: stored.versions === all.length && stored.audited === all.length,
        detail: `${all.length} acknowledged, ${stored.versions} answer versions, ${stored.audited} audit rows`,
      },
      {
        name: 'database connections do not grow after warm-up',
        ok: connectionsLate <= connectionsEarly,
        detail: `at most ${connectionsEarly} until half-time, at least ${connectionsLate} after`,
      },
    ];
    for (const goal of goals)
      console.log(`  ${goal.ok ? 'PASS' : 'FAIL'}  ${goal.name}: ${goal.detail}`);
    if (errors.length) console.error(`\nThe API's last output:\n${api.output().slice(-3000)}`);
    return goals.every((goal) => goal.ok) ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
