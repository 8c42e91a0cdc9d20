import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, Page, test } from '@playwright/test';

import { api, DEMO_PASSWORD } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

// Several axe scans, argon2 hashing and two browsers on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 45_000 });

/** Serious and critical accessibility violations axe finds on the page (or one part of it) now. */
async function seriousViolations(page: Page, include?: string) {
  // A hovered navigation link is drawn lighter: scan the page as it rests.
  await page.mouse.move(0, 0);
  const builder = new AxeBuilder({ page }).setLegacyMode();
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

/**
 * A user of their own for each test (the demo users keep their password for the other specs),
 * made by the admin signed in on `page`. A recruiter: no interview panel lists them.
 */
async function newUser(page: Page, name: string, password: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.com`;
  const created = await (
    await api(page)
  ).post('/api/v1/users', {
    email,
    name,
    role: 'recruiter',
    password,
  });
  expect(created.status()).toBe(201);
  return { email, name, id: ((await created.json()) as { id: string }).id };
}

/** Signs in through the login page (session.ts's helper, with this spec's patience for a busy machine). */
async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

async function signOut(page: Page, name: string) {
  await page.getByRole('button', { name: new RegExp(`Account: ${name}`) }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

test('an admin resets a password with a one-time link, which works once', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'admin@example.com');
  const rosa = await newUser(page, 'Reset Rosa', 'first password 123');

  await page.goto('/users');
  const row = page.getByRole('row').filter({ hasText: rosa.email });
  await expect(row).toContainText('Active');
  expect(await seriousViolations(page)).toEqual([]);
  // The current page's navigation item under the pointer (its hover tint once failed AA).
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Users' })
    .hover();
  const hovered = await new AxeBuilder({ page })
    .setLegacyMode()
    .include('nav')
    .withRules(['color-contrast'])
    .analyze();
  expect(hovered.violations.map((v) => v.nodes.map((n) => n.html))).toEqual([]);
  await shoot(page, 'users-1366x768');

  await row.getByRole('button', { name: `Reset password of ${rosa.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Reset password: ${rosa.name}` });
  await expect(dialog).toContainText('works for 24 hours');
  await dialog.getByRole('button', { name: 'Create reset link' }).click();
  const linkField = dialog.getByRole('textbox', { name: 'Reset link' });
  await expect(linkField).toHaveValue(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await expect(dialog).toContainText(/Works once, until/);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  // ("Copied" shows for a second only: the clipboard is what counts.)
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await shoot(page, 'users-reset-link-1366x768');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await signOut(page, 'Alex Admin');

  // Rosa opens the link the admin sent her.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(rosa.email);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'reset-password-1366x768');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'reset-password-390x844');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page
    .getByRole('textbox', { name: 'New password', exact: true })
    .fill('rosa new password 456');
  await page.getByRole('textbox', { name: 'Confirm new password' }).fill('rosa new password 45');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('The two passwords are not the same.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Confirm new password' }).fill('rosa new password 456');
  await page.getByRole('button', { name: 'Set new password' }).click();

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('Your new password is set')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(rosa.email);
  await shoot(page, 'sign-in-after-reset-1366x768');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('first password 123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email or password is wrong.');
  await signIn(page, rosa.email, 'rosa new password 456');
  await expect(page.getByRole('button', { name: /Account: Reset Rosa/ })).toBeVisible();
  await signOut(page, rosa.name);

  // The link was used up.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'This link was already used. If that was not you, ask an administrator for a new one.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'reset-password-used-1366x768');
  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText(/Ask an administrator for a reset link/)).toBeVisible();
});

test('a user changes their password from the account menu; other sessions end', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin@example.com');
  const ivan = await newUser(page, 'Change Ivan', 'ivan first password');
  await signOut(page, 'Alex Admin');

  const elsewhere = await browser.newPage();
  await signIn(elsewhere, ivan.email, 'ivan first password');
  await signIn(page, ivan.email, 'ivan first password');

  await page.getByRole('button', { name: /Account: Change Ivan/ }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change password' });
  await dialog.getByRole('textbox', { name: 'Current password' }).fill('not my password');
  await dialog
    .getByRole('textbox', { name: 'New password', exact: true })
    .fill('ivan second password');
  await dialog.getByRole('textbox', { name: 'Confirm new password' }).fill('ivan second password');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText('This is not your current password.')).toBeVisible();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await shoot(page, 'change-password-1366x768');

  await dialog.getByRole('textbox', { name: 'Current password' }).fill('ivan first password');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Password changed')).toBeVisible();
  // This session stays…
  await page.reload();
  await expect(page.getByRole('button', { name: /Account: Change Ivan/ })).toBeVisible();
  // …the other one ended.
  expect((await elsewhere.request.get('/api/auth/me')).status()).toBe(401);
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/login/);
  await elsewhere.close();

  await signOut(page, ivan.name);
  await page.getByLabel('Email').fill(ivan.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('ivan first password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email or password is wrong.');
  await signIn(page, ivan.email, 'ivan second password');

  // A phone-sized look at the dialog.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Open navigation' }).waitFor({ state: 'visible' });
  await page.getByRole('button', { name: /Account: Change Ivan/ }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await expect(page.getByRole('dialog', { name: 'Change password' })).toBeVisible();
  await shoot(page, 'change-password-390x844');
});
