import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import {
  QuestionAnalysis,
  QuestionAnalysisCategory,
  QuestionAnalysisQuestion,
} from '@calibrate/contracts';
import { expect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

test.describe.configure({ timeout: 120_000 });

/**
 * For the first content of a screen just opened: a lazy route, then the report rendered through
 * a transition, which a starved 2-core runner can hold for ~5 s (the default expect timeout).
 */
const slow = { timeout: 15_000 };

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function seriousViolations(page: Page) {
  await page.mouse.move(0, 0);
  // Legacy mode: axe in the page itself, without the blank page it otherwise opens to combine
  // frames' results (this page has no frames); a few seconds less on a 2-core runner.
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

// The page's formats (features/question-analysis/model/format.ts), to read the API's figures as
// the table prints them.
const count = (value: number) => new Intl.NumberFormat('en').format(value);
const share = (value: number | null) =>
  value === null ? '—' : value > 0 && value < 0.005 ? '<1%' : `${Math.round(value * 100)}%`;
const mean = (value: number | null) => (value === null ? '—' : value.toFixed(1));
function r(value: number | null) {
  if (value === null) return '—';
  const rounded = Number(value.toFixed(2));
  if (rounded === 0) return '0.00';
  return rounded < 0 ? `\u2212${Math.abs(rounded).toFixed(2)}` : rounded.toFixed(2);
}

/** A screen of the main navigation, as a user opens it (no reload of the app). */
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

/** The rubric the demo job's "Mock call" round scores with: the earlier class's 90 applicants. */
async function mockCallRubricId(page: Page) {
  const rubrics = (await (await (await api(page)).get('/api/v1/rubrics')).json()) as {
    items: { id: string; name: string }[];
  };
  const rubric = rubrics.items.find((r) => r.name === 'Mock call');
  if (!rubric) throw new Error('the demo has no Mock call rubric');
  return rubric.id;
}

/** A question's row as the page prints it, against the API's figures for it. */
async function expectRow(
  page: Page,
  category: QuestionAnalysisCategory,
  question: QuestionAnalysisQuestion,
) {
  const size = category.questions.length;
  const table = page.getByRole('table', {
    name: `${category.name}: ${size} ${size === 1 ? 'question' : 'questions'}`,
  });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: question.text }) });
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toContainText(count(question.asked));
  await expect(cells.nth(0)).toContainText(`${share(question.notAskedShare)} not asked`);
  await expect(
    cells.nth(1).getByRole('img', {
      name: `Ratings: ${question.distribution.map((n, i) => `${i + 1}: ${count(n)}`).join(', ')}`,
    }),
  ).toBeVisible();
  await expect(cells.nth(2)).toHaveText(mean(question.mean));
  await expect(cells.nth(3)).toContainText(r(question.itemRest.r));
  if (question.itemRest.r === null && size === 1)
    await expect(cells.nth(3)).toContainText('only question in its category');
  await expect(cells.nth(4)).toContainText(r(question.candidateShare.icc));
}

test('an admin reads a rubric’s question analysis, narrows it to a site, and starts a new version from it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'admin@example.com');
  const client = await api(page);
  const rubricId = await mockCallRubricId(page);
  const analysisOf = async (params?: Record<string, string>) =>
    (await (
      await client.get(`/api/v1/rubrics/${rubricId}/question-analysis`, params)
    ).json()) as QuestionAnalysis;
  const whole = await analysisOf();
  // A rubric of its own (published, never used) for "New version" at the end, so the demo's
  // rubrics get no draft from a test that runs again and again. Made before the rubric list is
  // first shown (the app keeps the list for 30 s).
  const name = `Question analysis ${unique()}`;
  const created = await client.post('/api/v1/rubrics', {
    name,
    content: {
      categories: [
        {
          name: 'Greeting',
          weight: 1,
          questions: [{ text: 'How do you open a call?', anchors: ['1', '2', '3', '4', '5'] }],
        },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const rubric = (await created.json()) as { id: string; versions: { id: string }[] };
  const published = await client.post(
    `/api/v1/rubric-versions/${rubric.versions[0]?.id}/publish`,
    {},
  );
  expect(published.status()).toBe(200);

  await nav(page, 'Rubrics');
  await page.getByRole('link', { name: 'Mock call', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mock call', level: 1 })).toBeVisible(slow);
  await page.getByRole('link', { name: 'Question analysis' }).click();
  await expect(page).toHaveURL(new RegExp(`/rubrics/${rubricId}/analysis$`));
  await expect(page.getByRole('heading', { name: 'Question analysis', level: 1 })).toBeVisible();
  await expect(
    page.getByText(
      `${count(whole.scorecards)} submitted scorecards · ${count(whole.panels)} panels`,
    ),
  ).toBeVisible(slow);
  // A question of a two-question category (an item–rest r), and one alone in its category.
  const pair = whole.categories.find(
    (c) => c.questions.length > 1 && c.questions[0]?.itemRest.r !== null,
  );
  const single = whole.categories.find((c) => c.questions.length === 1);
  if (!pair?.questions[0] || !single?.questions[0])
    throw new Error('the demo’s Mock call rubric has no scored two-question category');
  await expectRow(page, pair, pair.questions[0]);
  await expectRow(page, single, single.questions[0]);
  // The header's action is the rubric's: its open draft, or a new version.
  await expect(
    whole.rubric.draftVersionId
      ? page.getByRole('link', { name: `Edit draft (version ${whole.rubric.draftVersion})` })
      : page.getByRole('button', { name: 'New version' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'question-analysis-1366x768');

  // One site: the URL says so, and the figures are asked again for it.
  const site = whole.options.sites.includes('Manila – Ortigas')
    ? 'Manila – Ortigas'
    : whole.options.sites[0];
  if (!site) throw new Error('the Mock call rubric was used at no site');
  const narrowed = await analysisOf({ site });
  const refetched = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/v1/rubrics/${rubricId}/question-analysis?`) &&
      new URL(response.url()).searchParams.get('site') === site,
  );
  await page.getByRole('combobox', { name: 'Site' }).click();
  await page.getByRole('option', { name: site, exact: true }).click();
  expect((await refetched).status()).toBe(200);
  await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe(site);
  await expect(
    page.getByText(
      `${count(narrowed.scorecards)} submitted scorecards · ${count(narrowed.panels)} panels`,
    ),
  ).toBeVisible();
  const narrowedPair = narrowed.categories.find((c) => c.lineageId === pair.lineageId);
  if (narrowedPair?.questions[0]) await expectRow(page, narrowedPair, narrowedPair.questions[0]);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();

  // On a phone: each table scrolls in its own container.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { name: 'Question analysis', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'question-analysis-390x844');

  // "New version" opens the draft editor.
  await page.setViewportSize({ width: 1366, height: 768 });
  await nav(page, 'Rubrics');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('link', { name: 'Question analysis' }).click();
  await expect(page.getByText('No submitted scorecard on this rubric yet')).toBeVisible(slow);
  await page.getByRole('button', { name: 'New version' }).click();
  await expect(page).toHaveURL(/\/rubric-versions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `${name}, version 2` })).toBeVisible(slow);
  await expect(
    page.getByRole('textbox', { name: 'Question 1 of Greeting', exact: true }),
  ).toHaveValue('How do you open a call?');
});

test('a recruiter gets no question analysis: no button on the rubric, the locked screen at its address', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'recruiter@example.com');
  const rubricId = await mockCallRubricId(page);
  expect(
    (await (await api(page)).get(`/api/v1/rubrics/${rubricId}/question-analysis`)).status(),
  ).toBe(403);

  await page.goto(`/rubrics/${rubricId}`);
  await expect(page.getByRole('heading', { name: 'Mock call', level: 1 })).toBeVisible(slow);
  await expect(page.getByRole('link', { name: 'Question analysis' })).toHaveCount(0);

  await page.goto(`/rubrics/${rubricId}/analysis`);
  await expect(page.getByText('For admins')).toBeVisible(slow);
  await expect(
    page.getByText(
      'The question analysis is a rubric-design tool for the admins who edit rubrics.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
