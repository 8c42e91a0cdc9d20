import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });

test('sends a signed-out visitor to sign in, then back to the page they asked for', async ({
  page,
}) => {
  await page.goto('/candidates?q=maria');
  await expect(page).toHaveURL(/\/login\?next=%2Fcandidates%3Fq%3Dmaria/);
  await expect(page.getByRole('heading', { name: 'Sign in to Calibrate' })).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'sign-in.png') });

  await signIn(page, 'recruiter@example.com');
  await expect(page).toHaveURL(/\/candidates\?q=maria$/);
  await expect(page.getByRole('textbox', { name: 'Search candidates' })).toHaveValue('maria');
  await expect(page.getByRole('button', { name: /Account: Rosa Recruiter/ })).toBeVisible();
});

test('says when the password is wrong, without saying which part', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('manager@example.com');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(`${DEMO_PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email or password is wrong.');
  await expect(page).toHaveURL(/\/login/);
});

test('signs out from the account menu', async ({ page }) => {
  await signIn(page, 'interviewer@example.com');
  await page.getByRole('button', { name: /Account: Ivy Interviewer/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/candidates');
  await expect(page).toHaveURL(/\/login\?next=/);
});

test('when a session ends mid-use, sends the user to sign in and back to where they were', async ({
  page,
}) => {
  await signIn(page, 'recruiter@example.com');
  await page.goto('/candidates?q=santos');
  await expect(page.getByRole('table', { name: 'Candidates' })).toBeVisible();

  // The session ends on the server (idle limit, or signed out elsewhere)…
  const csrf =
    (await page.context().cookies()).find((cookie) => cookie.name === 'csrf_token')?.value ?? '';
  expect(
    (await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': csrf } })).status(),
  ).toBe(204);

  // …and the next request the screen makes brings the user to sign in, then back. On a loaded
  // runner the live stream may notice first and the search box is gone before it is typed in
  // (a fill then waited out the test on a detached box): the sign-in page is what counts.
  await page
    .getByRole('textbox', { name: 'Search candidates' })
    .fill('reyes', { timeout: 10_000 })
    .catch(() => undefined);
  await expect(page).toHaveURL(/\/login\?expired=1&next=/);
  await expect(
    page.getByText('Your session ended. Sign in again to pick up where you were.'),
  ).toBeVisible();
  await signIn(page, 'recruiter@example.com');
  await expect(page).toHaveURL(/\/candidates\?q=/);
});
