/**
 * Contract fuzzing: every operation of the API's own OpenAPI document, with requests generated
 * from its schemas by fast-check (well formed, mutated, hostile), as an admin, as an interviewer and
 * signed out. Whatever comes in, the API must answer without a 5xx, every error in the one error
 * format, with a status (and error code) the document declares for the operation, and a refused
 * request must leave the tables as they were.
 *
 * `npm run fuzz` runs it longer: FUZZ_RUNS (well-formed requests per operation and signed-in
 * user; default 8) and FUZZ_SEED (default fixed, so that a CI failure reproduces).
 *
 * Not generated here: URLs beyond the router's limits (414, 431, malformed percent-encoding), whose
 * handling lives in the bootstrap: path values stay under 100 characters, queries under ~1 KB.
 */
import fc from 'fast-check';
import request from 'supertest';

import { CalibrationService } from '../src/modules/calibration/calibration.service';
import { insertUser } from './fixtures';
import { changedTables, contractProblem, tableChecksums, undeclaredResponse } from './fuzz/checks';
import { forgedCursors } from './fuzz/hostile-values';
import { OpenApiDocument, Operation, operationsOf } from './fuzz/openapi-operations';
import {
  FuzzRequest,
  hostileBodyRequests,
  mutatedRequests,
  nulInEveryTextField,
  validRequests,
} from './fuzz/requests';
import { IdPools } from './fuzz/schema-arbitrary';
import { buildScoringWorld, scheduleRound } from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

const whole = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
};
const RUNS = Math.max(1, whole('FUZZ_RUNS', 8));
const SEED = whole('FUZZ_SEED', 20_261_130);
// The default run is part of `npm test` and must stay well under 90 s on two cores.
const TIMEOUT_MS = Math.max(150_000, RUNS * 40_000);

interface Actor {
  name: 'admin' | 'interviewer' | 'anonymous';
  userId?: string;
  client: Client;
  /** Well-formed requests per operation; mutated ones are twice as many. */
  runs: number;
}

/** FNV-1a: a per-batch seed that does not depend on the order of operations. */
function seedFor(...parts: string[]): number {
  let hash = 0x811c9dc5 ^ SEED;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const clip = (text: string | undefined, length = 240) =>
  text === undefined
    ? ''
    : text.length > length
      ? `${text.slice(0, length)}…(${text.length})`
      : text;

describe('contract fuzzing', () => {
  let t: TestApp;
  let operations: Operation[];
  let ids: IdPools;
  let actors: Actor[];

  const anonymousClient = (): Client => ({
    get: (path) => t.anonymous.get(path),
    post: (path) => t.anonymous.post(path),
    put: (path) => t.anonymous.put(path),
    patch: (path) => t.anonymous.patch(path),
    delete: (path) => t.anonymous.delete(path),
  });

  beforeAll(async () => {
    t = await startTestApp();
    await resetData(t);
    const world = await buildScoringWorld(t);
    const round = await scheduleRound(t, world);
    const recruiter = await insertUser(t.dataSource, 'recruiter', 'Rita Recruiter');
    const interviewer = world.interviewers[0];
    const others = [world.interviewers[1], recruiter];
    const scorecards = round.scorecards.map((scorecard) => scorecard.id);
    const questions = Object.values(world.q);
    // Users the requests may change are never the ones sending them: deactivating the admin
    // or demoting the interviewer would turn every later case into a 401/403.
    ids = {
      user: others,
      interviewer: [interviewer, ...others],
      defaultinterviewer: [interviewer, ...others],
      hiringmanager: [world.interviewers[1]],
      candidate: [world.candidate.id],
      job: [world.job.id],
      rubric: [world.rubric.id],
      version: [world.version.id],
      rubricversion: [world.version.id],
      question: questions,
      round: [round.id],
      scorecard: scorecards,
      entity: [world.job.id, world.candidate.id, world.rubric.id, round.id],
    };
    const document = (await t.anonymous.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    operations = operationsOf(document);
    actors = [
      { name: 'admin', userId: t.adminId, client: await t.signInAs(t.adminId), runs: RUNS },
      {
        name: 'interviewer',
        userId: interviewer,
        client: await t.signInAs(interviewer),
        runs: Math.ceil(RUNS / 2),
      },
      { name: 'anonymous', client: anonymousClient(), runs: Math.ceil(RUNS / 3) },
    ];
  });

  afterAll(async () => {
    await t?.close();
  });

  async function send(actor: Actor, fuzz: FuzzRequest): Promise<request.Response> {
    // A request that never ends (an event stream the document does not mark as one) fails
    // here, named, instead of holding the whole run until jest's timeout.
    let test = actor.client[fuzz.method](fuzz.url).timeout({ deadline: 15_000 });
    for (const [name, value] of Object.entries(fuzz.headers)) test = test.set(name, value);
    if (fuzz.body !== undefined) {
      test = test.set('content-type', fuzz.contentType ?? 'application/json').send(fuzz.body);
    }
    return await test;
  }

  async function checksums() {
    // A fit started by an earlier request rewrites calibration tables in the background.
    await t.app.get(CalibrationService).settled();
    return tableChecksums(t.dataSource);
  }

  it('sees a changed row in the table checksums (the guard below can fail)', async () => {
    const before = await checksums();
    await t.dataSource.query(`UPDATE jobs SET headcount = headcount + 1`);
    expect(changedTables(before, await checksums())).toEqual(['jobs']);
    await t.dataSource.query(`UPDATE jobs SET headcount = headcount - 1`);
    expect(changedTables(before, await checksums())).toEqual([]);
  });

  it(
    'answers every generated request without a 5xx, in the error format, and changes nothing when it refuses',
    async () => {
      expect(operations.length).toBeGreaterThan(40);
      const failures = new Map<string, string>();
      const statuses = new Map<number, number>();
      let sent = 0;
      const fail = (key: string, text: string) => {
        if (!failures.has(key)) failures.set(key, text);
      };

      for (const operation of operations) {
        for (const actor of actors) {
          const sample = (kind: string, arbitrary: fc.Arbitrary<FuzzRequest>, numRuns: number) =>
            fc.sample(arbitrary, { seed: seedFor(operation.key, actor.name, kind), numRuns });
          const batches: [string, FuzzRequest[]][] = [
            ['valid', sample('valid', validRequests(operation, ids), actor.runs)],
            ['mutated', sample('mutated', mutatedRequests(operation, ids), actor.runs * 2)],
          ];
          if (actor.name !== 'interviewer') {
            batches.push([
              'hostile',
              hostileBodyRequests(operation, ids, seedFor(operation.key, actor.name, 'hostile')),
            ]);
          }
          for (const [kind, requests] of batches) {
            if (requests.length === 0) continue;
            const before = await checksums();
            let refusedOnly = true;
            for (const fuzz of requests) {
              const response = await send(actor, fuzz);
              sent += 1;
              statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
              if (response.status < 400) refusedOnly = false;
              const problem =
                contractProblem(response.status, response.body) ??
                undeclaredResponse(operation.responses, response.status, response.body);
              if (problem) {
                fail(
                  `${operation.key}|${actor.name}|${response.status}|${problem}`,
                  `${operation.key} as ${actor.name} (${kind}, ${fuzz.note}): ${problem}\n` +
                    `  ${fuzz.method.toUpperCase()} ${clip(fuzz.url)} ${JSON.stringify(fuzz.headers)}\n` +
                    `  body ${clip(fuzz.body)}\n  → ${response.status} ${clip(JSON.stringify(response.body))}`,
                );
              }
              // Signing out ends the session the later requests use: sign in again.
              if (operation.path === '/api/auth/logout' && actor.userId) {
                actor.client = await t.signInAs(actor.userId);
              }
            }
            if (refusedOnly) {
              const changed = changedTables(before, await checksums());
              if (changed.length > 0) {
                fail(
                  `${operation.key}|${actor.name}|${kind}|tables`,
                  `${operation.key} as ${actor.name} (${kind}): refused every request yet changed ${changed.join(', ')}`,
                );
              }
            }
          }
        }
      }

      if (process.env.FUZZ_VERBOSE) {
        console.log(`sent ${sent} requests; statuses ${JSON.stringify([...statuses].sort())}`);
      }
      // Prototype pollution through a `__proto__` or `constructor.prototype` key would show here.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect([...failures.values()]).toEqual([]);
      // The generators must reach the services, not only the validation pipe.
      expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
    },
    TIMEOUT_MS,
  );

  it('refuses forged cursors on every paged list, in every sort order', async () => {
    const admin = actors[0] as Actor;
    const failures: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      const cursor = operation.parameters.find((p) => p.in === 'query' && p.name === 'cursor');
      if (!cursor || operation.method !== 'get') continue;
      const sorts = operation.parameters.find((p) => p.in === 'query' && p.name === 'sort');
      for (const sort of (sorts?.schema.enum ?? [undefined]) as (string | undefined)[]) {
        for (const forged of forgedCursors) {
          const query = new URLSearchParams({ cursor: forged, ...(sort ? { sort } : {}) });
          const url = `${operation.path}?${query.toString()}`;
          const response = await admin.client.get(url);
          sent += 1;
          const problem = contractProblem(response.status, response.body);
          if (problem) failures.push(`${url} → ${problem} ${clip(JSON.stringify(response.body))}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(30);
  });

  it('refuses U+0000 in every text field of every body and every text query parameter', async () => {
    const admin = actors[0] as Actor;
    const failures: string[] = [];
    let refused = 0;
    for (const operation of operations) {
      for (const fuzz of nulInEveryTextField(operation, ids, seedFor(operation.key, 'nul'))) {
        const response = await send(admin, fuzz);
        const issues = (response.body as { details?: { message?: string }[] }).details ?? [];
        const namesNul =
          response.status === 400 &&
          Array.isArray(issues) &&
          issues.some((issue) => issue.message?.includes('NUL character (U+0000)'));
        if (namesNul) refused += 1;
        else
          failures.push(
            `${operation.key} (${fuzz.note}) → ${response.status} ${clip(JSON.stringify(response.body))}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(40);
  });
});
