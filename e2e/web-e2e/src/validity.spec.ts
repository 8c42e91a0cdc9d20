import { mkdirSync, readFileSync } from 'node:fs';
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

/** Axe's findings on the page (or on `within`, a CSS selector), of the given impacts or all. */
async function violations(
  page: Page,
  { impacts, within }: { impacts?: string[]; within?: string } = {},
) {
  await page.mouse.move(0, 0);
  const builder = new AxeBuilder({ page }).setLegacyMode();
  // The dialog alone, in the page itself (legacy mode: no blank page to combine frames' results;
  // there are no frames), for a shorter run.
  const results = await (within ? builder.include(within).setLegacyMode() : builder).analyze();
  return results.violations
    .filter((v) => !impacts || impacts.includes(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
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

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

interface StoredOutcomes {
  nestingQaScore: number | null;
  averageHandleTimeSeconds: number | null;
  firstContactResolutionPercent: number | null;
  csatPercent: number | null;
  employedAt30Days: boolean | null;
  employedAt90Days: boolean | null;
  recordedAt: string | null;
}

/** Fresh candidates of a demo job, moved straight to Hired: the import's own hires, every run. */
async function hireFresh(page: Page, count: number) {
  const client = await api(page);
  const jobs = (await (await client.get('/api/v1/jobs')).json()) as {
    items: { id: string; title: string }[];
  };
  const job = jobs.items.find((j) => j.title === 'Inbound customer service agent');
  const id = unique();
  const hires: { id: string; name: string; email: string }[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = `Outcome Import ${id} ${String.fromCharCode(65 + index)}`;
    const email = `outcome-${id}-${index}@example.com`;
    const created = await client.post('/api/v1/candidates', { name, email, jobId: job?.id });
    expect(created.status()).toBe(201);
    const candidate = (await created.json()) as { id: string };
    const moved = await client.post(`/api/v1/candidates/${candidate.id}/stage`, {
      stage: 'hired',
    });
    expect(moved.status()).toBe(200);
    hires.push({ id: candidate.id, name, email });
  }
  return { id, hires };
}

test('outcomes imported from a CSV', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'admin@example.com');
  const client = await api(page);
  const { id, hires } = await hireFresh(page, 4);
  const [ana, ben, cy, dee] = hires as [(typeof hires)[number], ...(typeof hires)[number][]];
  if (!ben || !cy || !dee) throw new Error('four hires expected');
  // Cy already has a QA score and a CSAT on record: the file's empty QA cell must keep them.
  const csrf =
    (await page.context().cookies()).find((cookie) => cookie.name === 'csrf_token')?.value ?? '';
  const stored = await page.request.put(`/api/v1/candidates/${cy.id}/outcomes`, {
    data: { nestingQaScore: 70, csatPercent: 77 },
    headers: { 'x-csrf-token': csrf },
  });
  expect(stored.status()).toBe(200);
  const outcomesOf = async (candidateId: string) =>
    (await (
      await client.get(`/api/v1/candidates/${candidateId}/outcomes`)
    ).json()) as StoredOutcomes;

  // The workforce team's sheet: its own headers, a column the import does not read, a row for
  // someone who never applied and a QA score off the scale.
  const nobody = `nobody-${id}@example.com`;
  const csv = [
    'Email,QA Score,AHT (sec),Still employed 90 days,Team leader',
    `${ana.email},82,6:35,yes,Lee`,
    `${ben.email},75,410,no,Lee`,
    `${cy.email},,380,Active,Lee`,
    `${nobody},70,,,Lee`,
    `${dee.email},120,400,yes,Lee`,
  ].join('\r\n');

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Validity' })
    .click();
  await expect(page.getByRole('heading', { name: 'Validity', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Import outcomes' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import outcomes from CSV' });
  await expect(dialog.getByRole('button', { name: 'Check file' })).toBeDisabled();
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'floor-outcomes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await dialog.getByRole('button', { name: 'Check file' }).click();

  // The check: what would change, the columns as read, the rows left out and why.
  await expect(dialog.getByText('hires to update')).toBeVisible();
  await expect(dialog).toContainText('3 hires to update');
  await expect(dialog).toContainText('0 unchanged (skipped)');
  await expect(dialog).toContainText('2 with errors (left out)');
  await expect(dialog.getByLabel('Columns recognised')).toHaveText(
    'Columns recognised: “Email”, “QA Score” as Nesting QA score, “AHT (sec)” as Average handle time, “Still employed 90 days” as Still employed at 90 days.',
  );
  await expect(dialog).toContainText('Columns not imported: Team leader.');
  await expect(dialog).toContainText(
    'Changes: Nesting QA score for 2 hires, Average handle time for 3 hires, Still employed at 90 days for 3 hires.',
  );
  const problems = dialog.getByRole('table', { name: 'Rows with problems' }).locator('tbody tr');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0).getByRole('cell')).toHaveText([
    '5',
    nobody,
    '',
    'No candidate with this email.',
  ]);
  await expect(problems.nth(1).getByRole('cell')).toHaveText([
    '6',
    dee.email,
    dee.name,
    'Nesting QA score must be from 0 to 100; this row has 120.',
  ]);
  // The check step, the dialog only (the report behind it is the first test's).
  expect(
    await violations(page, { impacts: ['serious', 'critical'], within: '[role="dialog"]' }),
  ).toEqual([]);
  await shoot(page, 'outcome-import-1366x768');

  // The rejected rows, to fix and import again: the file's cells under the import's own headers.
  const rejectedCsv = [
    'Row,Email,Nesting QA score,Average handle time,First-contact resolution,CSAT,Still employed at 30 days,Still employed at 90 days,Problem',
    `5,${nobody},70,,,,,,No candidate with this email.`,
    `6,${dee.email},120,400,,,,yes,Nesting QA score must be from 0 to 100; this row has 120.`,
  ].join('\r\n');
  const download = async (button: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: button }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^rejected-outcome-rows-\d{4}-\d{2}-\d{2}\.csv$/);
    return readFileSync(await file.path(), 'utf8');
  };
  expect(await download('Download 2 rejected rows')).toBe(`\uFEFF${rejectedCsv}\r\n`);

  // Import, held on the way so the progress shows; then what was written and what left out.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/v1/outcome-imports', async (route) => {
    await held;
    await route.continue();
  });
  await dialog.getByRole('button', { name: 'Update 3 hires' }).click();
  await expect(dialog).toContainText('Importing 0 of 3 rows…');
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
  release();
  await expect(dialog.getByText('Import finished')).toBeVisible();
  await expect(dialog).toContainText('Outcomes recorded for 3 hires, 2 rows with errors left out.');
  await page.unroute('**/api/v1/outcome-imports');
  expect(await download('Download 2 rejected rows')).toBe(`\uFEFF${rejectedCsv}\r\n`);
  // The done step's Close (the header's × is named Close too).
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();

  // As stored: the file's figures; Cy's QA score and CSAT as they were; Dee's row wrote nothing.
  expect(await outcomesOf(ana.id)).toMatchObject({
    nestingQaScore: 82,
    averageHandleTimeSeconds: 395,
    employedAt90Days: true,
    csatPercent: null,
    employedAt30Days: null,
  });
  expect(await outcomesOf(ben.id)).toMatchObject({
    nestingQaScore: 75,
    averageHandleTimeSeconds: 410,
    employedAt90Days: false,
  });
  expect(await outcomesOf(cy.id)).toMatchObject({
    nestingQaScore: 70,
    csatPercent: 77,
    averageHandleTimeSeconds: 380,
    employedAt90Days: true,
  });
  expect(await outcomesOf(dee.id)).toMatchObject({ nestingQaScore: null, recordedAt: null });

  // The report was asked again: its count is the API's now.
  const report = (await (await client.get('/api/v1/validity')).json()) as ValidityReport;
  await expect(
    page.getByText(`${report.hiredWithOutcomes} hired with outcomes recorded`),
  ).toBeVisible({ timeout: 15_000 });
});
