/**
 * Fault drills on the real stack: 200 interviewers autosave while the API is killed (-9), while
 * PostgreSQL is down for 10 s, and through a network that cuts connections. Afterwards the
 * database must hold every save exactly once. Runs its own PostgreSQL and API processes (from the
 * build; FAULTS_MAIN_JS overrides the path), not the stack the other e2e specs share.
 */
import { apiErrorSchema } from '@calibrate/contracts';

import { Interviewers, percentile, verifyExactlyOnce } from './faults-clients';
import { CuttingProxy } from './faults-proxy';
import { ApiProcess, DrillDatabase, freePort, insertInterviewers, sleep } from './faults-stack';

const INTERVIEWERS = Number(process.env.FAULTS_INTERVIEWERS ?? 200);
const QUESTIONS = 6;
/** Saves acknowledged before a fault is injected, and again after it before the check. */
const SAVES_AROUND_FAULT = Number(process.env.FAULTS_SAVES_AROUND ?? 300);
const OUTAGE_MS = 10_000;
const FROZEN_MS = 12_000;

const database = new DrillDatabase();
let api: ApiProcess;
let target = '';
let clients: Interviewers;

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${api.log()}`);
    await sleep(50);
  }
}

/** Runs the interviewers until `count` more saves are acknowledged. */
const acknowledge = (count: number, timeoutMs = 30_000) => {
  const goal = clients.acknowledged + count;
  return until(() => clients.acknowledged >= goal, timeoutMs, `${count} more acknowledged saves`);
};

function summary(name: string, fromSave: number, fromFailure: number): string {
  const saves = clients.saves.slice(fromSave);
  const failures = clients.failures.slice(fromFailure);
  const retried = saves.filter((save) => save.attempts > 1).length;
  const replayed = saves.filter((save) => save.replayed).length;
  const latencies = saves.flatMap((save) => (save.latencyMs === undefined ? [] : [save.latencyMs]));
  return (
    `${name}: ${saves.length} saves, ${retried} needed a retry, ${replayed} of them had been applied ` +
    `before (their retry got the stored answer), ${failures.length} failed attempts, p95 ${percentile(latencies, 95)} ms`
  );
}

beforeAll(async () => {
  const postgresPort = Number(process.env.FAULTS_PG_PORT) || (await freePort());
  const apiPort = Number(process.env.FAULTS_API_PORT) || (await freePort());
  await database.start(postgresPort);
  api = new ApiProcess(apiPort, database.url);
  await api.start();
  const people = await insertInterviewers(database.url, INTERVIEWERS, QUESTIONS);
  target = api.baseUrl;
  clients = new Interviewers(people, { baseUrl: () => target, thinkMs: [100, 400] });
}, 120_000);

// A drill that failed midway leaves interviewers resending: stop them, or the run never ends.
afterEach(() => clients?.abandon());

afterAll(async () => {
  clients?.close();
  await api?.stop();
  await database.destroy();
}, 60_000);

test('kill -9 of the API mid-autosave: after a restart every save lands exactly once', async () => {
  const fromSave = clients.saves.length;
  const fromFailure = clients.failures.length;
  clients.start();
  await acknowledge(SAVES_AROUND_FAULT);
  await api.kill();
  const inFlight = clients.saves.filter((save) => save.ackedVersion === undefined).length;
  await sleep(300);
  await api.start();
  await acknowledge(SAVES_AROUND_FAULT);
  await clients.drain(30_000);

  console.log(`${summary('kill -9', fromSave, fromFailure)}, ${inFlight} in flight at the kill`);
  // The kill hit saves in flight, and their clients had to resend them.
  expect(inFlight).toBeGreaterThan(0);
  expect(clients.saves.slice(fromSave).some((save) => save.attempts > 1)).toBe(true);
  expect(await verifyExactlyOnce(database.url, clients.saves)).toEqual([]);
}, 90_000);

test('PostgreSQL down for 10 s: the API answers 503, recovers by itself, loses nothing', async () => {
  const fromSave = clients.saves.length;
  const fromFailure = clients.failures.length;
  clients.start();
  await acknowledge(SAVES_AROUND_FAULT);
  await database.stop();
  const downAt = Date.now();
  await sleep(1000);
  const ready = await fetch(`${api.baseUrl}/api/ready`);
  const readyBody = apiErrorSchema.parse(await ready.json());
  await sleep(OUTAGE_MS - (Date.now() - downAt));
  await database.restart();
  const upAt = Date.now();
  const ackedAtRestart = clients.acknowledged;
  // The same API process reconnects: no restart.
  expect(api.running).toBe(true);
  await acknowledge(SAVES_AROUND_FAULT);
  const recoveredInMs = Date.now() - upAt;
  await clients.drain(30_000);

  const outage = clients.failures.slice(fromFailure);
  const codes = new Map<string, number>();
  for (const failure of outage) {
    const code = failure.status ? `${failure.status} ${bodyCode(failure.body)}` : 'no response';
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  console.log(
    `${summary('PostgreSQL down', fromSave, fromFailure)}; while down: ${JSON.stringify(Object.fromEntries(codes))}; ` +
      `/api/ready ${ready.status} ${readyBody.code}; saves again ${recoveredInMs} ms after PostgreSQL was back ` +
      `(${clients.acknowledged - ackedAtRestart} acknowledged since); slowest failed answer ${Math.max(0, ...outage.map((f) => f.ms))} ms`,
  );

  expect(ready.status).toBe(503);
  expect(readyBody.code).toBe('DATABASE_UNAVAILABLE');
  expect(outage.length).toBeGreaterThan(0);
  // Every save refused while the database was away got an answer, quickly, in the one error
  // format, as a 503 the web app retries; no connection was dropped and nothing hung.
  for (const failure of outage) {
    expect(failure.error).toBeUndefined();
    expect(failure.status).toBe(503);
    const body = apiErrorSchema.parse(JSON.parse(failure.body ?? ''));
    expect(body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(failure.body).not.toMatch(/\bat .+\.js:\d+|stack/i);
    expect(failure.ms).toBeLessThan(5000);
  }
  expect(await verifyExactlyOnce(database.url, clients.saves)).toEqual([]);
}, 90_000);

test('connections cut after the request or mid-response: retries land exactly once', async () => {
  const proxy = new CuttingProxy(Number(new URL(api.baseUrl).port), {
    afterRequest: 0.08,
    midResponse: 0.08,
  });
  await proxy.start();
  const fromSave = clients.saves.length;
  const fromFailure = clients.failures.length;
  target = proxy.baseUrl;
  try {
    clients.start();
    await acknowledge(2 * SAVES_AROUND_FAULT);
    await clients.drain(30_000);
  } finally {
    target = api.baseUrl;
    await proxy.close();
  }
  console.log(
    `${summary('cut connections', fromSave, fromFailure)}; cuts ${JSON.stringify(proxy.cuts)}`,
  );

  expect(proxy.cuts.afterRequest).toBeGreaterThan(0);
  expect(proxy.cuts.midResponse).toBeGreaterThan(0);
  // The case idempotency exists for: applied, answer lost, resent, replayed (not applied again).
  expect(clients.saves.slice(fromSave).filter((save) => save.replayed).length).toBeGreaterThan(0);
  expect(await verifyExactlyOnce(database.url, clients.saves)).toEqual([]);
}, 90_000);

// The pool bounds its waits (a connection within 5 s, an answer within DATABASE_QUERY_TIMEOUT_MS,
// 3 s here): without them, every request waited for as long as PostgreSQL was frozen.
test('PostgreSQL frozen (a stalled host): requests fail fast with a 503 and recover', async () => {
  const fromFailure = clients.failures.length;
  clients.start();
  await acknowledge(SAVES_AROUND_FAULT);
  database.freeze();
  const frozenAt = Date.now();
  let ready: { status: number; body: unknown } | { error: string };
  try {
    const response = await fetch(`${api.baseUrl}/api/ready`, {
      signal: AbortSignal.timeout(FROZEN_MS),
    });
    ready = { status: response.status, body: await response.json() };
    await sleep(FROZEN_MS - (Date.now() - frozenAt));
  } catch (error) {
    ready = { error: String(error) };
  } finally {
    database.thaw();
  }
  await acknowledge(SAVES_AROUND_FAULT);
  await clients.drain(30_000);

  expect(ready).toMatchObject({ status: 503, body: { code: 'DATABASE_UNAVAILABLE' } });
  const frozen = clients.failures.slice(fromFailure);
  expect(frozen.length).toBeGreaterThan(0);
  for (const failure of frozen) {
    expect(failure.error).toBeUndefined();
    expect(failure.status).toBe(503);
    expect(failure.ms).toBeLessThan(FROZEN_MS);
  }
  expect(await verifyExactlyOnce(database.url, clients.saves)).toEqual([]);
}, 90_000);

function bodyCode(body: string | undefined): string {
  try {
    return (JSON.parse(body ?? '') as { code?: string }).code ?? '?';
  } catch {
    return 'not JSON';
  }
}
