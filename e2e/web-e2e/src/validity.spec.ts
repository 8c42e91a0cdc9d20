import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { ValidityReport, ValidityVerdict } from '@calibrate/contracts';
import { expect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

test.describe.configure({ timeout: 120_000 });

const verdictLabels: Record<ValidityVerdict, string> = {
  predicts: 'Predicts',
  predicts_nothing: 'Predicts nothing',
  backwards: 'Backwards',
  too_few: 'Too few',
};

async function violations(page: Page) {
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`,
  );
}

test('a recruiter records a hire’s outcomes on the profile, and Validity counts them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'recruiter@example.com');
  const client = await api(page);
  const hired = (await (
    await client.get('/api/v1/candidates', { stage: 'hired', limit: '1' })
  ).json()) as { items: { id: string; name: string }[] };
  const candidate = hired.items[0];
  if (!candidate) throw new Error('the demo has no hired candidate');

  await page.goto(`/candidates/${candidate.id}`);
  const form = page.getByRole('form', { name: 'Outcomes' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save outcomes' })).toBeDisabled();
  // Out of range first: refused on the field, nothing sent.
  await form.getByLabel('Nesting QA score').fill('120');
  await form.getByRole('button', { name: 'Save outcomes' }).click();
  await expect(form.getByText('At most 100')).toBeVisible();
  await form.getByLabel('Nesting QA score').fill('88');
  await form.getByLabel('Average handle time').fill('395');
  await form.getByLabel('CSAT').fill('91');
  await form.getByText('Yes').first().click();
  await form.getByRole('button', { name: 'Save outcomes' }).click();
  await expect(form.getByText(/^Recorded by Rosa/)).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await shoot(page, 'validity-outcomes-1366x768');

  const saved = (await (
    await client.get(`/api/v1/candidates/${candidate.id}/outcomes`)
  ).json()) as Record<string, unknown>;
  expect(saved).toMatchObject({
    nestingQaScore: 88,
    averageHandleTimeSeconds: 395,
    csatPercent: 91,
    employedAt30Days: true,
    firstContactResolutionPercent: null,
  });

  // After a reload the figures are there, as saved.
  await page.reload();
  await expect(
    page.getByRole('form', { name: 'Outcomes' }).getByLabel('Nesting QA score'),
  ).toHaveValue('88');

  await page.getByRole('link', { name: 'Validity' }).click();
  await expect(page.getByRole('heading', { name: 'Validity', level: 1 })).toBeVisible();
  const report = (await (await client.get('/api/v1/validity')).json()) as ValidityReport;
  // The demo's earlier class (36 hires) and the hire just recorded.
  expect(report.hiredWithOutcomes).toBeGreaterThanOrEqual(37);
  await expect(
    page.getByText(`${report.hiredWithOutcomes} hired with outcomes recorded`),
  ).toBeVisible();
  // The first outcome with figures is shown: each row's verdict as the API gave it.
  const outcome = report.outcomes.find((o) => o.recorded > 0)?.key;
  const table = page.getByRole('table');
  for (const [label, key] of [
    ['Overall score', 'overall'],
    [
      'Greeting and opening',
      report.predictors.find((p) => p.label === 'Greeting and opening')?.key,
    ],
  ] as const) {
    const cell = report.cells.find((c) => c.predictor === key && c.outcome === outcome);
    await expect(table.getByRole('row', { name: new RegExp(`^${label}`) }).first()).toContainText(
      verdictLabels[cell?.verdict ?? 'too_few'],
    );
  }
  expect(await violations(page)).toEqual([]);
  await shoot(page, 'validity-1366x768');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByText(/hired with outcomes recorded/)).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await shoot(page, 'validity-390x844');
});
