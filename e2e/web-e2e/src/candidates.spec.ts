import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { expect, Page, test } from '@playwright/test';

import { CandidatesPage } from './candidates-page';
import { api, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('opens on the seeded candidate list', async ({ page }) => {
  const candidates = new CandidatesPage(page);
  await candidates.open('/');

  await expect(page).toHaveURL(/\/candidates$/);
  await expect(candidates.rows()).toHaveCount(25);
  await expect(page.getByRole('button', { name: 'Load more' })).toBeVisible();
  await shoot(page, 'candidates-1366x768');

  await page.setViewportSize({ width: 1024, height: 640 });
  await shoot(page, 'candidates-1024x640');
});

test('creates a candidate and sees it listed and stored', async ({ page }) => {
  const candidates = new CandidatesPage(page);
  const id = unique();
  const candidate = {
    name: `Lea Villanueva ${id}`,
    email: `lea.${id}@example.com`,
    phone: '+63 917 555 0199',
  };
  await candidates.open('/candidates');

  await candidates.openAddDialog();
  await candidates.fillCandidate(candidate);
  await shoot(page, 'add-candidate-dialog');
  await candidates.submitDialog();

  await expect(page.getByText('Candidate added')).toBeVisible();
  await expect(candidates.dialog).toBeHidden();
  // Newest first: the new candidate heads the list.
  await expect(candidates.rows().first()).toContainText(candidate.name);
  await expect(candidates.rows().first()).toContainText(candidate.email);

  const stored = await (await api(page)).get('/api/v1/candidates', { q: id });
  expect(await stored.json()).toMatchObject({
    items: [{ name: candidate.name, email: candidate.email, phone: candidate.phone }],
    nextCursor: null,
  });
});

test('searches through the URL and shows an empty state when nothing matches', async ({ page }) => {
  const candidates = new CandidatesPage(page);
  const id = unique();
  const created = await (
    await api(page)
  ).post('/api/v1/candidates', {
    name: `Searchable ${id}`,
    email: `searchable.${id}@example.com`,
  });
  expect(created.status()).toBe(201);

  await candidates.open('/candidates');
  await candidates.search.fill(id);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${id}`));
  await expect(candidates.rows()).toHaveCount(1);
  await expect(candidates.row(`Searchable ${id}`)).toBeVisible();

  // The search survives a reload because it lives in the URL.
  await page.reload();
  await expect(candidates.search).toHaveValue(id);
  await expect(candidates.rows()).toHaveCount(1);

  await candidates.search.fill(`nobody-${id}`);
  await expect(page.getByText(`No candidates match “nobody-${id}”`)).toBeVisible();
  await shoot(page, 'candidates-no-match');
  await page.getByRole('button', { name: 'Clear search' }).last().click();
  await expect(candidates.rows()).toHaveCount(25);
});

test('shows field errors and a taken email without losing what was typed', async ({ page }) => {
  const candidates = new CandidatesPage(page);
  const email = `taken.${unique()}@example.com`;
  await (await api(page)).post('/api/v1/candidates', { name: 'Already Here', email });

  await candidates.open('/candidates');
  await candidates.openAddDialog();
  await candidates.submitDialog();
  await expect(candidates.dialog.getByText('Enter the candidate’s name.')).toBeVisible();
  await shoot(page, 'add-candidate-errors');

  await candidates.fillCandidate({ name: 'Second Person', email: email.toUpperCase() });
  await candidates.submitDialog();
  await expect(
    candidates.dialog.getByText('A candidate with this email already exists.'),
  ).toBeVisible();
  await expect(candidates.dialog.getByLabel('Full name')).toHaveValue('Second Person');
});
