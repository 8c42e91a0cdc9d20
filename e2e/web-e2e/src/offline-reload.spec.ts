import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, expect as baseExpect, Page, test } from '@playwright/test';

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about one.
// A first visit installs the worker, which downloads the whole built app: minutes on a busy machine.
// Each wait below has its own bound; the test's covers them in a row on a loaded 2-core runner.
test.describe.configure({ timeout: 360_000 });
test.use({ serviceWorkers: 'allow', actionTimeout: 20_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const IVY = 'interviewer@example.com';
const PASSWORD = 'calibrate-demo';
const shots = process.env.C_SHOTS_DIR;

// Copied from session.ts / interviews.ts (shared helpers are not this spec's to change).
async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** As the demo admin: a candidate with a "Manager interview" for Ivy that began ten minutes ago. */
async function scheduleTodaysInterview(browser: Browser) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await signIn(page, 'admin@example.com');
  const csrf = (await context.cookies()).find((c) => c.name === 'csrf_token')?.value ?? '';
  const post = (path: string, data: unknown) =>
    page.request.post(path, { data, headers: { 'x-csrf-token': csrf } });
  const users = (await (await page.request.get('/api/v1/users')).json()) as {
    items: { id: string; email: string }[];
  };
  const jobs = (await (await page.request.get('/api/v1/jobs')).json()) as {
    items: { id: string; interviewPlan: { name: string }[] }[];
  };
  const job = jobs.items.find((j) => j.interviewPlan.some((r) => r.name === 'Manager interview'));
  const candidateName = `Offline Candidate ${unique()}`;
  const candidate = await post('/api/v1/candidates', {
    name: candidateName,
    email: `${unique()}@example.com`,
    jobId: job?.id,
    languages: [{ language: 'English', level: 'C1' }],
    typingWpm: 52,
  });
  expect(candidate.status()).toBe(201);
  const round = await post('/api/v1/interview-rounds', {
    candidateId: ((await candidate.json()) as { id: string }).id,
    jobId: job?.id,
    name: 'Manager interview',
    scheduledAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    interviewerIds: [users.items.find((u) => u.email === IVY)?.id],
  });
  expect(round.status()).toBe(201);
  const body = (await round.json()) as {
    rubricVersionId: string;
    scorecards: { id: string }[];
  };
  const version = (await (
    await page.request.get(`/api/v1/rubric-versions/${body.rubricVersionId}`)
  ).json()) as { categories: { questions: { id: string; text: string }[] }[] };
  await context.close();
  return {
    candidateName,
    scorecardId: body.scorecards[0]?.id ?? '',
    firstQuestion: version.categories[0]?.questions[0] ?? { id: '', text: '' },
  };
}

/** Until a service worker answers this page's requests. */
async function waitForServiceWorker(page: Page) {
  await test.step('a service worker controls the page', () =>
    page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
      timeout: 120_000,
    }));
}

/**
 * The network is gone. Chromium's offline emulation covers the service worker's own requests too
 * (checked: a GET the worker passes to the network fails while offline and succeeds after), so no
 * request of the app reaches the server, and navigator.onLine is false as on a dropped line.
 */
const goOffline = (context: BrowserContext) => context.setOffline(true);
const goOnline = (context: BrowserContext) => context.setOffline(false);

const saveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /saved|Saving|Offline|Conflict|Not/ });

test('interview mode reloads offline, keeps what was typed, and sends it once back online', async ({
  page,
  context,
  browser,
}) => {
  const interview = await scheduleTodaysInterview(browser);
  // Reloading with unsent answers asks first (the save queue's guard): the interviewer says yes.
  page.on('dialog', (dialog) => void dialog.accept());

  await signIn(page, IVY);
  await expect(page).toHaveURL(/\/interviews$/);
  await waitForServiceWorker(page);
  const start = page.getByRole('link', {
    name: `Start interview: ${interview.candidateName}, Manager interview`,
  });
  await start.click();
  await expect(page.getByText('Question 1 of 38')).toBeVisible();

  await goOffline(context);
  await page.reload();
  // The shell, the screen's code, the scorecard, the rubric and the candidate: all from the worker.
  await expect(page.getByText('Question 1 of 38')).toBeVisible();
  await expect(page.getByText(interview.firstQuestion.text).first()).toBeVisible();
  await expect(page.getByText(interview.candidateName).first()).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/offline-reloaded-1366x768.png` });

  // Rate question 1 and write its note, offline.
  await page.getByRole('switch', { name: 'Stay on the question after rating' }).check();
  await page
    .getByRole('radiogroup', { name: 'Rating for question 1' })
    .getByRole('radio')
    .nth(3)
    .click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Calm with an angry caller (offline)');
  await expect(saveStatus(page)).toHaveText(/Offline · 1 change waiting/);

  await page.reload();
  // Interview mode opens at the first unanswered question, so question 1 counts as answered.
  await expect(page.getByText('Question 2 of 38')).toBeVisible();
  await expect(page.getByText('1 of 38').first()).toBeVisible();
  await expect(saveStatus(page)).toHaveText(/Offline · 1 change waiting/);
  await page.keyboard.press('k');
  await expect(page.getByText('Question 1 of 38')).toBeVisible();
  const rating = page.getByRole('radiogroup', { name: 'Rating for question 1' });
  await expect(rating.getByRole('radio').nth(3)).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Calm with an angry caller (offline)',
  );
  if (shots) await page.screenshot({ path: `${shots}/offline-second-reload-1366x768.png` });

  await goOnline(context);
  await expect(saveStatus(page)).toHaveText('All changes saved', { timeout: 20_000 });
  const stored = await page.request.get(`/api/v1/scorecards/${interview.scorecardId}`);
  expect(stored.status()).toBe(200);
  const { answers } = (await stored.json()) as {
    answers: { questionId: string; rating: number | null; note: string; version: number }[];
  };
  expect(answers).toEqual([
    expect.objectContaining({
      questionId: interview.firstQuestion.id,
      rating: 4,
      note: 'Calm with an angry caller (offline)',
      version: 1,
    }),
  ]);
});

/** The built web app the server under test serves (scripts/with-stack.mjs: the repo's dist). */
const webDist = process.env.E2E_WEB_DIST ?? path.resolve(__dirname, '../../../dist/apps/web');
const swFile = path.join(webDist, 'sw.js');
let restoreSw: (() => void) | undefined;
test.afterEach(() => {
  restoreSw?.();
  restoreSw = undefined;
});

test('a new build offers to reload, and the reload runs it', async ({ page }) => {
  await signIn(page, IVY);
  await expect(page).toHaveURL(/\/interviews$/);
  await waitForServiceWorker(page);
  await expect(page.getByRole('heading', { name: 'My interviews' })).toBeVisible();
  const prompt = page
    .getByRole('status')
    .filter({ hasText: 'A new version of Calibrate is ready' });
  await expect(prompt).toHaveCount(0);

  // A deploy: the server now serves a different /sw.js (this build's with a line added, as a new
  // build's file list would change it). The browser's update check fetches it; the new worker
  // installs and waits while this page keeps running the build it loaded. (Playwright's routing
  // does not see the browser's update check of a worker script, so the file itself changes.)
  const served = await (await page.request.get('/sw.js')).text();
  expect(served, `E2E_WEB_DIST (${webDist}) must be the build the server serves`).toBe(
    readFileSync(swFile, 'utf8'),
  );
  // A build writes its compressed copies too (apps/web/build/precompress.ts), which the server
  // sends to browsers that accept them: the deploy replaces them all.
  const deploy = (script: string) => {
    writeFileSync(swFile, script);
    writeFileSync(`${swFile}.br`, brotliCompressSync(script));
    writeFileSync(`${swFile}.gz`, gzipSync(script));
  };
  deploy(`${served}\n// next build\n`);
  restoreSw = () => deploy(served);
  // The browser's update check, as the app's hourly one or a navigation makes it. Asked again while
  // no worker waits: a check that found nothing new (the file served was still the old one, or
  // the check met the first worker still activating) is repeated as the browser would repeat it.
  await test.step('the update check finds the new worker, which waits', async () => {
    await expect(async () => {
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration?.waiting && !registration?.installing) await registration?.update();
        return registration?.waiting?.state ?? registration?.installing?.state ?? 'none';
      });
      expect(state, 'a new worker installing or waiting').not.toBe('none');
    }).toPass({ timeout: 120_000, intervals: [2_000, 5_000] });
  });
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/update-prompt-1366x768.png` });

  const axe = await new AxeBuilder({ page }).setLegacyMode().include('[role="status"]').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`),
  ).toEqual([]);

  // From the keyboard: the prompt's button is reached with Tab and pressed with Enter.
  await page.evaluate(() => {
    (window as unknown as { beforeUpdate?: boolean }).beforeUpdate = true;
  });
  const reload = prompt.getByRole('button', { name: 'Reload' });
  await reload.focus();
  await page.keyboard.press('Enter');
  // The page reloaded onto the new worker: this page's state is gone and nothing is waiting.
  await test.step('the page reloads onto the new worker', () =>
    page.waitForFunction(
      () => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate,
      undefined,
      { timeout: 60_000 },
    ));
  await expect(page.getByRole('heading', { name: 'My interviews' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
  const waiting = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
  );
  expect(waiting).toBeNull();
});
