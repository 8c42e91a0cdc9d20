import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { CandidatePage, Comparison, Me, roundGroupLabel } from '@calibrate/contracts';
import { expect, Page, test } from '@playwright/test';
import Papa from 'papaparse';

/*
 * The comparison grouped by round: the demo's jobs plan a mock call then a manager interview, each
 * with its own rubric. The heat map, the CSV and the printout keep each round's categories apart,
 * with a subtotal per round and the overall last.
 */

const DEMO_PASSWORD = 'calibrate-demo';

/** Screenshots for review: SCREENSHOT_DIR, else beside the other specs' screenshots. */
const shots =
  process.env.SCREENSHOT_DIR ?? path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(shots, { recursive: true });
const shot = (name: string) => path.join(shots, name);

/** Signs in through the login page, as a user does (a copy: shared helpers stay untouched). */
async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Password hashing is slow on purpose, slower still on a busy machine.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

async function getJson<T>(page: Page, path: string, params?: Record<string, string>): Promise<T> {
  const response = await page.request.get(path, { params });
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

/**
 * Four scored candidates of one job, at least one of them with both a mock call and a manager
 * interview scored, and the API's comparison of them.
 */
async function twoRoundComparison(page: Page): Promise<{ url: string; comparison: Comparison }> {
  const list = await getJson<CandidatePage>(page, '/api/v1/candidates', {
    sort: 'score',
    limit: '100',
  });
  const byJob = new Map<string, string[]>();
  for (const candidate of list.items) {
    if (candidate.score === null || !candidate.jobId) continue;
    byJob.set(candidate.jobId, [...(byJob.get(candidate.jobId) ?? []), candidate.id]);
  }
  for (const [jobId, ids] of [...byJob].sort((a, b) => b[1].length - a[1].length)) {
    if (ids.length < 2) continue;
    const picked = ids.slice(0, 4);
    const comparison = await getJson<Comparison>(page, `/api/v1/jobs/${jobId}/comparison`, {
      candidateIds: picked.join(','),
    });
    const bothScored = comparison.candidates.some(
      (c) => c.roundGroups.filter((g) => g.scoredRounds > 0).length >= 2,
    );
    if (bothScored)
      return { url: `/jobs/${jobId}/compare?candidates=${picked.join(',')}`, comparison };
  }
  throw new Error('the demo has no job with candidates scored on two rounds');
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
  expect(serious).toEqual([]);
}

test('the comparison groups categories by round: plan order, subtotals, overall, CSV, print, axe', async ({
  page,
}) => {
  // Three axe runs and a download on a machine that may be busy.
  test.setTimeout(300_000);
  await signIn(page, 'manager@example.com');
  const me = await getJson<Me>(page, '/api/auth/me');
  const { url, comparison } = await twoRoundComparison(page);
  const groups = comparison.roundGroups;

  // The API: the demo plan's order (recruiter screen when scored, mock call, manager interview),
  // the mock call with its own rubric.
  const plan = ['Recruiter screen', 'Mock call', 'Manager interview'];
  expect(groups.map((g) => g.name)).toEqual(plan.filter((n) => groups.some((g) => g.name === n)));
  const mockCall = groups.find((g) => g.name === 'Mock call');
  const managerInterview = groups.find((g) => g.name === 'Manager interview');
  if (!mockCall || !managerInterview) throw new Error('expected a mock call and an interview');
  expect(mockCall.rubricId).not.toBe(managerInterview.rubricId);
  expect(mockCall.categories).toContain('Greeting and opening');
  expect(managerInterview.categories).toContain('General');
  expect(managerInterview.categories).not.toContain('Greeting and opening');

  await page.goto(`${url}&scale=100`);
  const heat = page.getByRole('table', { name: 'Scores by category' });
  // The machine may be busy: the first comparison can take a while.
  await expect(heat).toBeVisible({ timeout: 45_000 });

  // A row group header per round (name and rubric), then Overall, in that order.
  const groupHeaders = heat.locator('th[scope="rowgroup"]');
  await expect(groupHeaders).toHaveText([
    ...groups.map((g) => `${g.name} · ${g.rubricName}`),
    'Overall · every round',
  ]);
  // Under each header: its categories, then its subtotal, each cell the API's figure.
  for (const [index, group] of groups.entries()) {
    const body = heat.locator('tbody').nth(index);
    const rowHeaders = await body.getByRole('rowheader').allTextContents();
    const label = roundGroupLabel(group, groups);
    expect(rowHeaders.at(-1)).toBe(`${label} subtotal`);
    expect(rowHeaders.slice(1, -1).map((h) => h.replace(/\s*\d+ split$/, ''))).toEqual(
      group.categories,
    );
    for (const candidate of comparison.candidates) {
      const scores = candidate.roundGroups.find((g) => g.key === group.key);
      const cell = body.getByRole('cell', { name: `${candidate.name}, ${label} subtotal:` });
      if (scores?.weightedScore100 == null) await expect(cell).toHaveText('—');
      else await expect(cell).toHaveAttribute('data-score100', scores.weightedScore100.toFixed(2));
    }
  }
  const overall = heat.locator('tbody').last();
  for (const candidate of comparison.candidates) {
    const cell = overall.getByRole('cell', { name: `${candidate.name}, weighted total:` });
    if (candidate.overall.weightedScore100 !== null)
      await expect(cell).toHaveAttribute(
        'data-score100',
        candidate.overall.weightedScore100.toFixed(2),
      );
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: shot('comparison-rounds-1366x768.png') });
  await heat.screenshot({ path: shot('comparison-rounds-heat-map.png') });
  await expectNoSeriousAxeViolations(page);

  // The CSV: per round its categories and subtotal, round names in the labels, then the overall.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const rows = Papa.parse<string[]>(
    readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim(),
  ).data;
  const labels = rows.map((row) => row[0] ?? '');
  expect(rows[0]?.slice(1)).toEqual(comparison.candidates.map((c) => c.name));
  const [first, second] = [mockCall, managerInterview].map((g) => roundGroupLabel(g, groups));
  const at = (label: string) => labels.indexOf(label);
  expect(at(`${first}: Greeting and opening (1-5)`)).toBeGreaterThan(0);
  expect(at(`${first} subtotal (0-100)`)).toBeGreaterThan(
    at(`${first}: Greeting and opening (1-5)`),
  );
  expect(at(`${second}: General (1-5)`)).toBeGreaterThan(at(`${first} subtotal corrected (0-100)`));
  expect(at('Overall weighted score (0-100)')).toBeGreaterThan(
    at(`${second} subtotal corrected (0-100)`),
  );
  for (const [index, group] of groups.entries()) {
    const label = roundGroupLabel(group, groups);
    expect(rows[at(`${label} subtotal (0-100)`)]?.slice(1)).toEqual(
      comparison.candidates.map((c) => {
        const score = c.roundGroups[index]?.weightedScore100;
        return score == null ? '' : score.toFixed(1);
      }),
    );
  }
  expect(rows[at('Overall weighted score (0-100)')]?.slice(1)).toEqual(
    comparison.candidates.map((c) => c.overall.weightedScore100?.toFixed(1) ?? ''),
  );

  // Print: open a category with a note, and the printout carries the note, the date and who.
  const noted = comparison.questions.find((q) =>
    q.candidates.some((c) => c.ratings.some((r) => r.note.length > 0)),
  );
  if (!noted) throw new Error('the demo has no note on these candidates');
  const note = noted.candidates.flatMap((c) => c.ratings).find((r) => r.note)?.note ?? '';
  const notedGroup = groups.findIndex((g) => g.key === noted.roundGroup);
  const toggle = heat
    .locator('tbody')
    .nth(notedGroup)
    .getByRole('button', { name: new RegExp(`^${noted.category}`) });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const printHeader = page.getByText(/^Printed .+ by /);
  await expect(printHeader).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(printHeader).toBeVisible();
  await expect(printHeader).toContainText(`by ${me.user.name}`);
  await expect(printHeader).toContainText(String(new Date().getFullYear()));
  await expect(heat.getByText(note).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await page.screenshot({ path: shot('comparison-rounds-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Corrected and blind: the same grouping, still no serious accessibility violation.
  await page.goto(`${url}&scoreBasis=corrected`);
  await expect(heat).toBeVisible({ timeout: 45_000 });
  await expect(heat.locator('th[scope="rowgroup"]')).toHaveCount(groups.length + 1);
  for (const [index, group] of groups.entries()) {
    const label = roundGroupLabel(group, groups);
    for (const candidate of comparison.candidates) {
      const corrected = candidate.roundGroups[index]?.correctedScore100;
      if (corrected == null) continue;
      await expect(
        heat.getByRole('cell', { name: `${candidate.name}, ${label} subtotal:` }),
      ).toHaveAttribute('data-score100', corrected.toFixed(2));
    }
  }
  await expectNoSeriousAxeViolations(page);
  await page.goto(`${url}&blind=1`);
  await expect(heat).toBeVisible({ timeout: 45_000 });
  await expect(heat.getByRole('columnheader', { name: 'Candidate A' })).toBeVisible();
  await expect(heat.locator('th[scope="rowgroup"]')).toHaveCount(groups.length + 1);
  await expectNoSeriousAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: shot('comparison-rounds-390x844.png') });
});
