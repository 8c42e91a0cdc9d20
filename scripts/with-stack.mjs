#!/usr/bin/env node
/**
 * End-to-end runs against the app started the way `npm start` starts it: the built API serving
 * the built web app, on an embedded PostgreSQL in a fresh data folder (DATABASE_URL is removed
 * on purpose, so every run proves the zero-configuration path). Then it checks the lifecycle
 * `npm start` promises: Ctrl-C stops PostgreSQL too, and a second start keeps the data.
 *
 * Usage: node scripts/with-stack.mjs   (after `nx run-many -t build -p api web`)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.E2E_PORT ?? 3100);
// The app listens on loopback IPv4 (HOST defaults to 127.0.0.1); `localhost` may resolve to ::1.
const baseUrl = `http://127.0.0.1:${port}`;
// A second instance on the same database: live events must cross instances (LISTEN/NOTIFY).
const secondPort = port + 1;
const secondBaseUrl = `http://127.0.0.1:${secondPort}`;
// A third instance, on the same database, signs people in through an OpenID Connect provider
// (scripts/oidc-provider.mjs) started for the run: the sso spec uses it, the others never see
// the extra button.
const ssoPort = port + 2;
const ssoBaseUrl = `http://127.0.0.1:${ssoPort}`;
const oidcPort = port + 3;
const oidc = {
  OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
  OIDC_CLIENT_ID: 'calibrate-e2e',
  OIDC_CLIENT_SECRET: 'calibrate-e2e-secret',
  OIDC_REDIRECT_URI: `${ssoBaseUrl}/api/auth/oidc/callback`,
  OIDC_BUTTON_LABEL: 'Sign in with Test IdP',
};
const dataDir = path.join(root, '.data', 'e2e');
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

function startApp(instance = { port, databaseUrl: undefined, env: {} }) {
  const env = {
    ...process.env,
    ...instance.env,
    PORT: String(instance.port),
    DATA_DIR: dataDir,
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
function startOidcProvider() {
  const env = {
    ...process.env,
    OIDC_PROVIDER_PORT: String(oidcPort),
    OIDC_PROVIDER_CLIENT: JSON.stringify({
      client_id: oidc.OIDC_CLIENT_ID,
      client_secret: oidc.OIDC_CLIENT_SECRET,
      redirect_uris: [oidc.OIDC_REDIRECT_URI],
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

/** The embedded PostgreSQL the first instance started: its port (lock file) and password. */
function embeddedDatabaseUrl() {
  const cluster = path.join(dataDir, 'postgres');
  const pgPort = readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
  const password = readFileSync(`${cluster}.password`, 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/calibrate`;
}

async function waitUntilReady(app, timeoutMs = 90_000, url = baseUrl) {
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
    `Calibrate is running at ${baseUrl}`,
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
    if (app.child.exitCode !== null) return resolve(app.child.exitCode);
    const timer = setTimeout(() => app.child.kill('SIGKILL'), 30_000);
    app.child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 128 : 1));
    });
    app.child.kill('SIGINT');
  });
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_SECOND_BASE_URL: secondBaseUrl,
        E2E_SSO_BASE_URL: ssoBaseUrl,
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
  rmSync(dataDir, { recursive: true, force: true });
  const results = [];

  console.log(
    `\n▶ starting the app on ${baseUrl} (embedded PostgreSQL in ${path.relative(root, dataDir)})`,
  );
  let app = startApp();
  try {
    await waitUntilReady(app);
  } catch (error) {
    console.error(error.message);
    await stopApp(app);
    return 1;
  }

  // What `npm start` prints: where to go and how to sign in.
  results.push({ name: 'start-up banner: URL and demo logins', ok: await printedBanner(app) });

  console.log(`\n▶ starting a second instance on ${secondBaseUrl}, on the same database`);
  const second = startApp({ port: secondPort, databaseUrl: embeddedDatabaseUrl() });
  try {
    await waitUntilReady(second, 90_000, secondBaseUrl);
  } catch (error) {
    console.error(error.message);
    await stopApp(second);
    await stopApp(app);
    return 1;
  }

  console.log(
    `\n▶ starting an OIDC provider on ${oidc.OIDC_ISSUER} and an SSO instance on ${ssoBaseUrl}`,
  );
  const provider = startOidcProvider();
  const sso = startApp({
    port: ssoPort,
    databaseUrl: embeddedDatabaseUrl(),
    env: oidc,
  });
  try {
    await waitForProvider(provider);
    await waitUntilReady(sso, 90_000, ssoBaseUrl);
  } catch (error) {
    console.error(error.message);
    await Promise.all([stopApp(sso), stopApp(provider), stopApp(second)]);
    await stopApp(app);
    return 1;
  }

  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    results.push({ name: step.name, ok: (await run(step.command, step.args)) === 0 });
  }
  // The other instances go first: the first one's Ctrl-C stops the database under them.
  await Promise.all([stopApp(second), stopApp(sso), stopApp(provider)]);

  // Ctrl-C: the app exits cleanly and takes PostgreSQL with it (its lock file goes away).
  const exitCode = await stopApp(app);
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const stoppedCleanly = exitCode === 0 && !existsSync(pidFile);
  if (!stoppedCleanly)
    console.error(`exit code ${exitCode}, lock file left: ${existsSync(pidFile)}\n${app.output()}`);
  results.push({ name: 'Ctrl-C stops the app and PostgreSQL', ok: stoppedCleanly });

  // A second start reuses the data: no new seed, the candidates created above are still there.
  app = startApp();
  let kept = false;
  try {
    await waitUntilReady(app);
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'calibrate-demo' }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const response = await fetch(`${baseUrl}/api/v1/candidates?q=lea.&limit=100`, {
      headers: { cookie },
    });
    const page = await response.json();
    kept = response.ok && page.items.length > 0 && !app.output().includes('Demo data seeded');
    if (!kept) console.error(`second start did not keep the data:\n${app.output()}`);
  } catch (error) {
    console.error(error.message);
  }
  await stopApp(app);
  results.push({ name: 'a second start keeps the data', ok: kept });

  console.log('\nEnd-to-end summary');
  for (const result of results) console.log(`  ${result.ok ? 'PASS' : 'FAIL'}  ${result.name}`);
  return results.every((result) => result.ok) ? 0 : 1;
}

process.exitCode = await main();
