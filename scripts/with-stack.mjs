#!/usr/bin/env node
/**
 * End-to-end runs against the app started the way `npm start` starts it: the built API serving
 * the built web app, on an embedded PostgreSQL in a fresh data folder (DATABASE_URL is removed
 * on purpose, so every run proves the zero-configuration path). Then it checks the lifecycle
 * `npm start` promises: Ctrl-C stops PostgreSQL too, and a second start keeps the data.
 *
 * Usage: node scripts/with-stack.mjs   (after `nx run-many -t build -p api web`)
 *        E2E_WORKERS=1 node scripts/with-stack.mjs   (one stack, one browser worker)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const basePort = Number(process.env.E2E_PORT ?? 3100);
/**
 * One stack per Playwright worker, each on its own embedded PostgreSQL with its own demo: two
 * workers run the browser specs side by side without one's writes (a refit, a moved candidate,
 * a changed password) showing in the other's figures. On 2 cores at a load average of 12–18 the
 * browser run took 29 minutes against 40 in one worker (README, Testing). E2E_WORKERS=1 runs one
 * stack and one worker.
 */
const stackCount = Math.max(1, Math.min(4, Number(process.env.E2E_WORKERS ?? 2)));

/** A stack's ports, URLs and data folder: the first is what `npm start` would give. */
function stackConfig(index) {
  const port = basePort + index * 10;
  // The app listens on loopback IPv4 (HOST defaults to 127.0.0.1); `localhost` may resolve to ::1.
  const url = (p) => `http://127.0.0.1:${p}`;
  // A second instance on the same database: live events must cross instances (LISTEN/NOTIFY).
  // A third signs people in through an OpenID Connect provider (scripts/oidc-provider.mjs)
  // started for the run: the sso spec uses it, the others never see the extra button.
  return {
    index,
    port,
    baseUrl: url(port),
    secondPort: port + 1,
    secondBaseUrl: url(port + 1),
    ssoPort: port + 2,
    ssoBaseUrl: url(port + 2),
    oidcPort: port + 3,
    oidc: {
      OIDC_ISSUER: url(port + 3),
      OIDC_CLIENT_ID: 'calibrate-e2e',
      OIDC_CLIENT_SECRET: 'calibrate-e2e-secret',
      OIDC_REDIRECT_URI: `${url(port + 2)}/api/auth/oidc/callback`,
      OIDC_BUTTON_LABEL: 'Sign in with Test IdP',
    },
    dataDir: path.join(root, '.data', index === 0 ? 'e2e' : `e2e-${index + 1}`),
  };
}
const stacks = Array.from({ length: stackCount }, (_, index) => stackConfig(index));
const [first] = stacks;
const mainJs = path.join(root, 'dist/apps/api/apps/api/src/main.js');

const steps = [
  {
    name: 'api-e2e (jest over HTTP)',
    command: 'npx',
    args: ['jest', '-c', 'e2e/api-e2e/jest.config.cjs'],
  },
  {
    name: 'web-e2e (Playwright, Chromium)',
    command: 'npx',
    args: ['playwright', 'test', '-c', 'e2e/web-e2e/playwright.config.ts'],
  },
];

function startApp(stack, instance = { port: stack.port, databaseUrl: undefined, env: {} }) {
  const env = {
    ...process.env,
    ...instance.env,
    PORT: String(instance.port),
    DATA_DIR: stack.dataDir,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
  };
  delete env.DATABASE_URL;
  if (instance.databaseUrl) env.DATABASE_URL = instance.databaseUrl;
  return collectOutput(
    spawn(process.execPath, [mainJs], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

/** The test identity provider, with a client for the SSO instance and its default accounts. */
function startOidcProvider(stack) {
  const env = {
    ...process.env,
    OIDC_PROVIDER_PORT: String(stack.oidcPort),
    OIDC_PROVIDER_CLIENT: JSON.stringify({
      client_id: stack.oidc.OIDC_CLIENT_ID,
      client_secret: stack.oidc.OIDC_CLIENT_SECRET,
      redirect_uris: [stack.oidc.OIDC_REDIRECT_URI],
    }),
  };
  const script = path.join(root, 'scripts/oidc-provider.mjs');
  return collectOutput(
    spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

async function waitForProvider(provider, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!provider.output().includes('OIDC provider ready') && Date.now() < deadline) {
    if (provider.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!provider.output().includes('OIDC provider ready'))
    throw new Error(`The OIDC provider did not start:\n${provider.output()}`);
}

function collectOutput(child) {
  let output = '';
  const collect = (chunk) => {
    output += chunk.toString();
    if (output.length > 20000) output = output.slice(-20000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return { child, output: () => output };
}

/** The embedded PostgreSQL a stack's first instance started: its port (lock file) and password. */
function embeddedDatabaseUrl(stack) {
  const cluster = path.join(stack.dataDir, 'postgres');
  const pgPort = readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
  const password = readFileSync(`${cluster}.password`, 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/calibrate`;
}

// Two stacks seed and fit at once on 2 cores: a start may take twice as long as alone.
async function waitUntilReady(app, url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null)
      throw new Error(`The app exited during start:\n${app.output()}`);
    try {
      const response = await fetch(`${url}/api/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app was not ready within ${timeoutMs / 1000}s:\n${app.output()}`);
}

async function printedBanner(app) {
  const deadline = Date.now() + 10_000;
  while (!app.output().includes('Press Ctrl-C') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const output = app.output();
  const expected = [
    `Calibrate is running at ${first.baseUrl}`,
    'Demo logins (password "calibrate-demo")',
    'admin@example.com',
    'recruiter@example.com',
    'manager@example.com',
    'interviewer@example.com',
  ];
  const missing = expected.filter((text) => !output.includes(text));
  if (missing.length) console.error(`The start-up banner lacks ${missing.join(', ')}:\n${output}`);
  return missing.length === 0;
}

function stopApp(app) {
  return new Promise((resolve) => {
    if (!app || app.child.exitCode !== null) return resolve(app?.child.exitCode ?? 0);
    const timer = setTimeout(() => app.child.kill('SIGKILL'), 30_000);
    app.child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 128 : 1));
    });
    app.child.kill('SIGINT');
  });
}

/**
 * A stack: the app as `npm start` starts it (embedded PostgreSQL, demo seeded), then a second
 * instance and an SSO instance (with its identity provider) on the same database. On failure
 * everything it started is stopped and the error thrown.
 */
async function startStack(stack) {
  const started = {};
  const where = path.relative(root, stack.dataDir);
  try {
    console.log(`\n▶ starting the app on ${stack.baseUrl} (embedded PostgreSQL in ${where})`);
    started.app = startApp(stack);
    await waitUntilReady(started.app, stack.baseUrl);

    console.log(`\n▶ starting a second instance on ${stack.secondBaseUrl}, on the same database`);
    const databaseUrl = embeddedDatabaseUrl(stack);
    started.second = startApp(stack, { port: stack.secondPort, databaseUrl });
    console.log(
      `\n▶ starting an OIDC provider on ${stack.oidc.OIDC_ISSUER} and an SSO instance on ${stack.ssoBaseUrl}`,
    );
    started.provider = startOidcProvider(stack);
    started.sso = startApp(stack, { port: stack.ssoPort, databaseUrl, env: stack.oidc });
    await waitUntilReady(started.second, stack.secondBaseUrl);
    await waitForProvider(started.provider);
    await waitUntilReady(started.sso, stack.ssoBaseUrl);
    return started;
  } catch (error) {
    await stopStack(started);
    throw error;
  }
}

/** The other instances go first: the first one's Ctrl-C stops the database under them. */
async function stopOthers(started) {
  await Promise.all([stopApp(started.second), stopApp(started.sso), stopApp(started.provider)]);
}

async function stopStack(started) {
  await stopOthers(started);
  await stopApp(started.app);
}

/** The demo admin's session cookie and CSRF header, for requests the script makes itself. */
async function signInAdmin(baseUrl) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: 'calibrate-demo' }),
  });
  if (!login.ok) throw new Error(`The demo admin could not sign in: ${login.status}`);
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('csrf_token='))?.slice('csrf_token='.length) ?? '';
  return { headers: { cookie: cookies.join('; '), 'x-csrf-token': csrf } };
}

function run(command, args) {
  const urls = (key) => stacks.map((stack) => stack[key]).join(',');
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        // The first stack for jest and as a default; one stack per Playwright worker.
        E2E_BASE_URL: first.baseUrl,
        E2E_SECOND_BASE_URL: first.secondBaseUrl,
        E2E_SSO_BASE_URL: first.ssoBaseUrl,
        E2E_BASE_URLS: urls('baseUrl'),
        E2E_SECOND_BASE_URLS: urls('secondBaseUrl'),
        E2E_SSO_BASE_URLS: urls('ssoBaseUrl'),
        E2E_WORKERS: String(stackCount),
      },
    });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  if (!existsSync(mainJs)) {
    console.error(
      `${path.relative(root, mainJs)} is missing: build first (nx run-many -t build -p api web).`,
    );
    return 1;
  }
  for (const stack of stacks) rmSync(stack.dataDir, { recursive: true, force: true });
  const results = [];

  const starts = await Promise.allSettled(stacks.map((stack) => startStack(stack)));
  const running = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
  if (running.length < stacks.length) {
    for (const start of starts)
      if (start.status === 'rejected') console.error(start.reason?.message);
    await Promise.all(running.map((started) => stopStack(started)));
    return 1;
  }
  const [primary, ...others] = running;

  // What `npm start` prints: where to go and how to sign in.
  results.push({
    name: 'start-up banner: URL and demo logins',
    ok: await printedBanner(primary.app),
  });

  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    results.push({ name: step.name, ok: (await run(step.command, step.args)) === 0 });
  }
  await Promise.all(others.map((started) => stopStack(started)));
  // A candidate of its own on the first stack, to find after the restart (the specs that create
  // candidates may have run on another stack).
  const kept = `kept.${Date.now()}@example.com`;
  let created = false;
  try {
    const admin = await signInAdmin(first.baseUrl);
    const response = await fetch(`${first.baseUrl}/api/v1/candidates`, {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Kept Across Restarts', email: kept }),
    });
    created = response.status === 201;
    if (!created) console.error(`creating the restart check's candidate: ${response.status}`);
  } catch (error) {
    console.error(error.message);
  }
  await stopOthers(primary);

  // Ctrl-C: the app exits cleanly and takes PostgreSQL with it (its lock file goes away).
  const exitCode = await stopApp(primary.app);
  const pidFile = path.join(first.dataDir, 'postgres', 'postmaster.pid');
  const stoppedCleanly = exitCode === 0 && !existsSync(pidFile);
  if (!stoppedCleanly)
    console.error(
      `exit code ${exitCode}, lock file left: ${existsSync(pidFile)}\n${primary.app.output()}`,
    );
  results.push({ name: 'Ctrl-C stops the app and PostgreSQL', ok: stoppedCleanly });

  // A second start reuses the data: no new seed, the candidate created above is still there.
  const app = startApp(first);
  let keptData = false;
  try {
    await waitUntilReady(app, first.baseUrl);
    const admin = await signInAdmin(first.baseUrl);
    const response = await fetch(
      `${first.baseUrl}/api/v1/candidates?q=${encodeURIComponent(kept)}&limit=10`,
      { headers: admin.headers },
    );
    const page = await response.json();
    keptData =
      created &&
      response.ok &&
      page.items.some((candidate) => candidate.email === kept) &&
      !app.output().includes('Demo data seeded');
    if (!keptData) console.error(`second start did not keep the data:\n${app.output()}`);
  } catch (error) {
    console.error(error.message);
  }
  await stopApp(app);
  results.push({ name: 'a second start keeps the data', ok: keptData });

  console.log('\nEnd-to-end summary');
  for (const result of results) console.log(`  ${result.ok ? 'PASS' : 'FAIL'}  ${result.name}`);
  return results.every((result) => result.ok) ? 0 : 1;
}

process.exitCode = await main();
