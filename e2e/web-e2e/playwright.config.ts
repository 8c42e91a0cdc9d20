import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './src',
  outputDir: '../../test-results/web-e2e',
  fullyParallel: false,
  workers: 1,
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
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100',
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
