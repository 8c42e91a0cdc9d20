import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

/**
 * scripts/with-stack.mjs starts one stack (app, second instance, SSO instance, each stack on its
 * own embedded PostgreSQL and demo) per worker and lists their URLs; a worker uses the stack of
 * its parallel index, so two workers never see each other's writes. This file is loaded again in
 * every worker process, where TEST_PARALLEL_INDEX is set: the specs that read
 * E2E_SECOND_BASE_URL and E2E_SSO_BASE_URL get their stack's.
 */
const workers = Math.max(1, Number(process.env.E2E_WORKERS ?? 1));
const stackIndex = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const stackUrl = (list: string | undefined, fallback: string | undefined) =>
  list?.split(',')[stackIndex] ?? fallback;
const baseURL =
  stackUrl(process.env.E2E_BASE_URLS, process.env.E2E_BASE_URL) ?? 'http://127.0.0.1:3100';
for (const name of ['E2E_SECOND_BASE_URL', 'E2E_SSO_BASE_URL'] as const) {
  const url = stackUrl(process.env[`${name}S`], process.env[name]);
  if (url) process.env[name] = url;
}

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './src',
  outputDir: '../../test-results/web-e2e',
  // Spec files spread over the workers; a file's tests run in order, in one worker.
  fullyParallel: false,
  workers,
  forbidOnly: true,
  retries: 0,
  // A screen's first content (a lazy route, its data, then a render React may hold in a
  // transition) took up to 8 s on a loaded 2-core runner: CI failed on 5 s waits, and a run here
  // at a load average of 10 failed three tests that way. Waits of 15 s and tests of 120 s cost
  // nothing when the app is quick.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    // scripts/with-stack.mjs starts the app the way `npm start` does and sets this.
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The app's offline service worker would answer requests that tests route or count; only the
    // spec that tests it (offline-reload.spec.ts) lets it register.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
