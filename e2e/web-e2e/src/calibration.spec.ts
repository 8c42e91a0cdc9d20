import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { CalibrationReport } from '@calibrate/contracts';
import { expect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

// A fit runs at boot on the demo data; one test scans twice with axe and refits: on a busy 2-core
// machine that is more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

/** Every accessibility violation axe finds on the page as it is now (the pointer out of the way). */
async function violations(page: Page) {
  // A hovered navigation link is drawn lighter: scan the page as it rests.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`,
  );
}

/** The report once a fit is in and none is running (the demo fits at first start). */
async function settledReport(page: Page): Promise<CalibrationReport> {
  const client = await api(page);
  let report: CalibrationReport | undefined;
  await expect
    .poll(
      async () => {
        report = (await (await client.get('/api/v1/calibration')).json()) as CalibrationReport;
        return report.fit !== null && report.running === null;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(true);
  if (!report) throw new Error('no calibration report');
  return report;
}

/** Leniency as the page prints it: "+0.42", "−0.15", "0.00". */
function leniency(value: number): string {
  const rounded = Number(value.toFixed(2));
  if (rounded === 0) return '0.00';
  return `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded).toFixed(2)}`;
}

const comparable = (report: CalibrationReport) =>
  report.interviewers
    .filter((i) => i.comparable && i.leniency !== null)
    .sort((a, b) => (b.leniency ?? 0) - (a.leniency ?? 0));

test('an admin opens Calibration, reads leniency per interviewer and reliability, and refits', async ({
  page,
}) => {
  await signIn(page, 'admin@example.com');
  const report = await settledReport(page);
  const ranked = comparable(report);
  expect(ranked.length).toBeGreaterThan(0);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Calibration' })
    .click();
  await expect(page).toHaveURL(/\/calibration$/);
  await expect(page.getByRole('heading', { name: 'Calibration', level: 1 })).toBeVisible();
  await expect(page.getByText('Figures from the latest fit:')).toBeVisible();

  // The caterpillar chart: a row per comparable interviewer, most lenient first, values printed.
  const chart = page.getByRole('figure', { name: /Leniency per interviewer/ });
  const rows = chart.getByRole('listitem');
  await expect(rows.first()).toContainText(ranked[0]?.interviewerName ?? '');
  await expect(rows.first()).toContainText(leniency(ranked[0]?.leniency ?? 0));
  if (ranked.length <= 40) await expect(rows).toHaveCount(ranked.length);
  const flagged = ranked.find((i) => !i.calibrated);
  if (flagged)
    await expect(rows.filter({ hasText: flagged.interviewerName })).toContainText(
      'Not yet calibrated',
    );
  await expect(page.getByRole('region', { name: 'Reliability' })).toContainText('One interviewer');
  await expect(
    page.getByRole('table', { name: 'Reliability by category' }).getByRole('rowheader', {
      name: 'All categories',
    }),
  ).toBeVisible();
  await shoot(page, 'calibration-admin-1366x768');
  expect(await violations(page)).toEqual([]);

  // The same figures as a table.
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Leniency per interviewer' });
  await expect(table.getByRole('row')).toHaveCount(report.interviewers.length + 1);
  await expect(
    table.getByRole('row', { name: new RegExp(ranked[0]?.interviewerName ?? '') }),
  ).toContainText(leniency(ranked[0]?.leniency ?? 0));
  expect(await violations(page)).toEqual([]);

  // A refit: the button says so while the fit runs, and the page follows it to its end.
  await page.getByRole('button', { name: 'Refit now' }).click();
  await expect(page.getByRole('button', { name: /Refitting…|Refit now/ })).toBeVisible();
  await expect(page.getByText('Refit finished')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Refit now' })).toBeEnabled();
  const after = await settledReport(page);
  expect(Number(after.fit?.id)).toBeGreaterThan(Number(report.fit?.id));
});

test('a hiring manager sees the interviewers on their jobs, without the refit', async ({
  page,
}) => {
  await signIn(page, 'manager@example.com');
  const report = await settledReport(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Calibration' })
    .click();
  await expect(page.getByRole('heading', { name: 'Leniency per interviewer' })).toBeVisible();
  await expect(
    page.getByText('Interviewers who scored candidates on the jobs you manage.'),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(
    page.getByRole('table', { name: 'Leniency per interviewer' }).getByRole('row'),
  ).toHaveCount(report.interviewers.length + 1);
  await expect(page.getByRole('button', { name: 'Refit now' })).toHaveCount(0);
});

test('an interviewer has no Calibration entry and is told the page is not for them', async ({
  page,
}) => {
  await signIn(page, 'interviewer@example.com');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'My interviews' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Calibration' })).toHaveCount(0);
  await page.goto('/calibration');
  await expect(page.getByText('For admins and hiring managers')).toBeVisible();
  // Their own row only, from the endpoint meant for them.
  const mine = (await (
    await (await api(page)).get('/api/v1/calibration/me')
  ).json()) as CalibrationReport;
  expect(mine.interviewers.every((i) => i.interviewerName === 'Ivy Interviewer')).toBe(true);
});

/**
 * The docs' screenshots: the whole page at a laptop's size; at a phone's, the screen as it shows
 * once `focus` (a locator) is scrolled into view. With `focus` the laptop shot is a screen too.
 */
async function shootBoth(page: Page, name: string, focus?: string) {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (focus)
      await page
        .locator(focus)
        .first()
        .evaluate((el) => el.scrollIntoView());
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({
      path: path.join(screenshotDir, `${name}-${width}x${height}.png`),
      fullPage: !focus && width > 400,
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('an admin filters Calibration by a job: the list narrows, with counts in view and the monthly trend', async ({
  page,
}) => {
  await signIn(page, 'admin@example.com');
  const whole = await settledReport(page);
  const client = await api(page);
  // A job whose interviewers are fewer than everyone's, if the demo has one.
  const narrowed: { id: string; title: string; report: CalibrationReport }[] = [];
  for (const job of whole.filters.options.jobs) {
    const report = (await (
      await client.get('/api/v1/calibration', { jobId: job.id })
    ).json()) as CalibrationReport;
    if (report.interviewers.length > 0) narrowed.push({ ...job, report });
  }
  narrowed.sort((a, b) => a.report.interviewers.length - b.report.interviewers.length);
  const chosen = narrowed[0];
  if (!chosen) throw new Error('no job with interviewers in the demo');
  expect(whole.filters.options.months.length).toBeGreaterThanOrEqual(3);

  await page.goto('/calibration');
  await expect(page.getByRole('heading', { name: 'Leniency by month' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Job' }).click();
  await page.getByRole('option', { name: chosen.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`jobId=${chosen.id}`));
  await expect(
    page.getByText('Interviewers with submitted scorecards in this view', { exact: false }),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Leniency per interviewer' });
  await expect(table.getByRole('row')).toHaveCount(chosen.report.interviewers.length + 1);
  const first = chosen.report.interviewers[0];
  await expect(table.getByRole('columnheader', { name: 'Scorecards in this view' })).toBeVisible();
  await expect(
    table.getByRole('row', { name: new RegExp(first?.interviewerName ?? '') }),
  ).toContainText(String(first?.scorecardsInScope ?? ''));

  // The trend: a row per interviewer with months, each month's figure printed.
  const trend = page.getByRole('table', { name: 'Leniency by month' });
  const withTrend = chosen.report.interviewers.filter((i) => i.comparable && i.trend.length > 0);
  await expect(trend.getByRole('row')).toHaveCount(withTrend.length + 1);
  const someone = withTrend[0];
  const lastMonth = someone?.trend[someone.trend.length - 1];
  if (someone && lastMonth && lastMonth.leniency !== null)
    await expect(
      trend.getByRole('row', { name: new RegExp(someone.interviewerName) }),
    ).toContainText(leniency(lastMonth.leniency));
  expect(await violations(page)).toEqual([]);
  await shootBoth(page, 'calibration-filtered');
  await shootBoth(page, 'calibration-trend', 'section[aria-labelledby="trend-title"]');

  // A shared link opens the same view; a period ending before any interview has no one in it.
  await page.goto(`/calibration?jobId=${chosen.id}&to=2000-01`);
  await expect(page.getByText('No interviewer in this view')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/calibration$/);
  await expect(page.getByRole('heading', { name: 'Leniency per interviewer' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reliability' })).toContainText(
    'Panel agreement (Krippendorff’s alpha, ordinal)',
  );
  expect(await violations(page)).toEqual([]);
  await shootBoth(page, 'calibration');
});

test('an interviewer sees their own calibration card on My interviews, and only their own', async ({
  page,
}) => {
  await signIn(page, 'admin@example.com');
  await settledReport(page);
  await page.context().clearCookies();
  await signIn(page, 'interviewer@example.com');
  const mine = (await (
    await (await api(page)).get('/api/v1/calibration/me')
  ).json()) as CalibrationReport;
  const own = mine.interviewers[0];
  expect(mine.interviewers).toHaveLength(1);
  expect(own?.interviewerName).toBe('Ivy Interviewer');

  await page.goto('/interviews');
  const card = page.getByRole('region', { name: 'Your calibration' });
  await expect(card).toBeVisible();
  if (own?.calibrated) {
    await expect(card).toContainText(`Calibrated · ${own.linkedScorecards} linked scorecards`);
    await expect(card).toContainText(
      /Overall you rate (about the same as|[\d.]+ (higher|lower) than) your peers/,
    );
  } else {
    await expect(card).toContainText('Not yet calibrated');
    await expect(card).toContainText(`${own?.linkedScorecards ?? 0} of the 30 linked scorecards`);
  }
  // Never a colleague's name or figure.
  for (const colleague of ['Ian Interviewer', 'Priya Nair', 'Marco Manager'])
    await expect(card).not.toContainText(colleague);
  expect(await violations(page)).toEqual([]);
  await shootBoth(page, 'calibration-own-card', 'section[aria-labelledby="my-calibration-title"]');
});
