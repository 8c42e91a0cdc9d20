import { mkdirSync } from 'node:fs';
import path from 'node:path';

import {
  Candidate,
  CandidateDetail,
  CandidatePage,
  Comparison,
  roundGroupLabel,
} from '@calibrate/contracts';
import { expect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The job with the most scored candidates, and those candidates best first. */
async function scoredJob(page: Page): Promise<{ jobId: string; candidates: Candidate[] }> {
  const client = await api(page);
  const page1 = (await (
    await client.get('/api/v1/candidates', { sort: 'score', limit: '100' })
  ).json()) as CandidatePage;
  const byJob = new Map<string, Candidate[]>();
  for (const candidate of page1.items) {
    if (candidate.score === null || !candidate.jobId) continue;
    byJob.set(candidate.jobId, [...(byJob.get(candidate.jobId) ?? []), candidate]);
  }
  const [jobId, candidates] = [...byJob].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!jobId || !candidates || candidates.length < 3)
    throw new Error('demo data has no scored job');
  return { jobId, candidates };
}

test('moves a candidate on the board by drag and drop and by its menu, and the moves persist', async ({
  page,
}) => {
  await signIn(page, 'recruiter@example.com');
  const { jobId } = await scoredJob(page);
  const id = unique();
  const created = await (
    await api(page)
  ).post('/api/v1/candidates', {
    name: `Board Mover ${id}`,
    email: `board.${id}@example.com`,
    jobId,
  });
  const candidate = (await created.json()) as Candidate;

  await page.goto(`/candidates?view=board&jobId=${jobId}`);
  const column = (stage: string) => page.getByRole('listitem', { name: stage, exact: true });
  const card = page.getByRole('link', { name: `Board Mover ${id}` });
  await expect(column('Applied').getByRole('link', { name: `Board Mover ${id}` })).toBeVisible();
  await shoot(page, 'pipeline-board');

  // Drag from Applied to Screening.
  await page.locator('[data-testid="board-card"]', { has: card }).dragTo(column('Screening'));
  await expect(page.getByText(`Moved Board Mover ${id} from Applied to Screening.`)).toBeVisible();
  await expect(column('Screening').getByRole('link', { name: `Board Mover ${id}` })).toBeVisible();

  // The keyboard way: the card's menu, then a reason for rejecting.
  await page.getByRole('button', { name: `Move Board Mover ${id}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Rejected' }).click();
  const dialog = page.getByRole('dialog', { name: `Reject Board Mover ${id}` });
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByText('Give a reason for rejecting.')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Typing speed under 25 WPM');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByText(`Moved Board Mover ${id} from Screening to Rejected.`)).toBeVisible();

  // Loaded afresh, narrowed to this candidate: the job's Rejected column holds the demo's past
  // class (50 and more), and a column shows its first cards only.
  await page.goto(`/candidates?view=board&jobId=${jobId}&q=${id}`);
  await expect(column('Rejected').getByRole('link', { name: `Board Mover ${id}` })).toBeVisible();
  const stored = (await (
    await (await api(page)).get(`/api/v1/candidates/${candidate.id}`)
  ).json()) as CandidateDetail;
  expect(stored.stage).toBe('rejected');
  expect(stored.stageHistory.map((e) => [e.toStage, e.reason])).toEqual([
    ['applied', null],
    ['screening', null],
    ['rejected', 'Typing speed under 25 WPM'],
  ]);

  // A move can be undone from its notification.
  await page.getByRole('button', { name: `Move Board Mover ${id}` }).click();
  await page.getByRole('menuitem', { name: 'Offer' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Board Mover ${id} is back in Rejected.`)).toBeVisible();
  await expect(column('Rejected').getByRole('link', { name: `Board Mover ${id}` })).toBeVisible();
});

test('filters the table through the URL, and the filters can be changed and shared', async ({
  page,
}) => {
  await signIn(page, 'recruiter@example.com');
  await page.goto('/candidates?source=referral&minScore=60&sort=score');
  const table = page.getByRole('table', { name: 'Candidates' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('Referral');
  await expect(page.getByRole('textbox', { name: 'Min score' })).toHaveValue('60');
  await expect(page.getByRole('columnheader', { name: /Score/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  const expected = (await (
    await (
      await api(page)
    ).get('/api/v1/candidates', {
      source: 'referral',
      minScore: '60',
      sort: 'score',
    })
  ).json()) as CandidatePage;
  expect(expected.items.length).toBeGreaterThan(0);
  await expect(rows).toHaveCount(expected.items.length);
  await expect(rows.first()).toContainText(expected.items[0]?.name ?? '');
  for (const row of await rows.all()) await expect(row).toContainText('Referral');
  await shoot(page, 'pipeline-table-filtered');

  await page.getByRole('combobox', { name: 'Shift' }).click();
  await page.getByRole('option', { name: 'Night' }).click();
  await expect(page).toHaveURL(/shift=night/);
  await expect(page).toHaveURL(/source=referral/);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/candidates(\?sort=score)?$/);
});

test('compares three candidates, matching the API, and blind mode hides their names', async ({
  page,
}) => {
  await signIn(page, 'manager@example.com');
  const { jobId, candidates } = await scoredJob(page);
  const picked = candidates.slice(0, 3);

  await page.goto(`/candidates?jobId=${jobId}&sort=score`);
  for (const candidate of picked)
    await page.getByRole('checkbox', { name: `Select ${candidate.name}` }).check();
  await page.getByRole('button', { name: 'Compare (3)' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/jobs/${jobId}/compare\\?candidates=${picked.map((c) => c.id).join(',')}`),
  );

  const comparison = (await (
    await (
      await api(page)
    ).get(`/api/v1/jobs/${jobId}/comparison`, {
      candidateIds: picked.map((c) => c.id).join(','),
    })
  ).json()) as Comparison;
  const second = comparison.candidates[1];
  // Categories sit under their round (plan round and rubric): the cell names the round too.
  const groupIndex =
    second?.roundGroups.findIndex((g) => g.categories.some((c) => c.score !== null)) ?? -1;
  const group = comparison.roundGroups[groupIndex];
  const category = second?.roundGroups[groupIndex]?.categories.find((c) => c.score !== null);
  if (!second || !group || !category) throw new Error('no scored category');
  const heat = page.getByRole('table', { name: 'Scores by category' });
  await expect(
    heat.getByRole('cell', {
      name: `${second.name}, ${roundGroupLabel(group, comparison.roundGroups)}, ${category.name}:`,
      exact: false,
    }),
  ).toHaveText((category.score ?? 0).toFixed(1));
  await shoot(page, 'comparison');

  // The category opens to its questions and each interviewer's rating.
  await heat.getByRole('button', { name: category.name }).click();
  await expect(heat.getByRole('button', { name: category.name })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const question = comparison.questions.find(
    (q) => q.roundGroup === group.key && q.category === category.name,
  );
  await expect(heat.getByRole('rowheader', { name: question?.text ?? '' })).toBeVisible();

  await page.getByRole('switch', { name: 'Blind mode' }).click();
  await expect(page).toHaveURL(/blind=1/);
  await expect(heat.getByRole('columnheader', { name: 'Candidate A' })).toBeVisible();
  await expect(heat.getByRole('columnheader', { name: 'Candidate C' })).toBeVisible();
  for (const candidate of picked) await expect(page.getByText(candidate.name)).toHaveCount(0);
  await shoot(page, 'comparison-blind');
});

test('imports a CSV with one bad row: the check shows it, the good rows are imported', async ({
  page,
}) => {
  await signIn(page, 'recruiter@example.com');
  const id = unique();
  await page.goto('/candidates');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from CSV' });
  await dialog.getByRole('combobox', { name: 'Into job' }).click();
  await page.getByRole('option').first().click();
  const csv = [
    'Full name,Email,Languages,Shifts,Typing WPM',
    `Imported One ${id},one.${id}@example.com,Spanish C1; English B2,night,45`,
    `Imported Two ${id},two.${id}@example.com,,day,`,
    `Broken Row ${id},not-an-email,Tagalog,noon,fast`,
  ].join('\n');
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Check file' }).click();

  await expect(dialog.getByText('ready to import')).toContainText('2');
  const problems = dialog.getByRole('table', { name: 'Rows with problems' });
  await expect(problems.getByRole('row').filter({ hasText: `Broken Row ${id}` })).toContainText(
    'email: Enter a valid email address.',
  );
  await shoot(page, 'import-preview');
  await dialog.getByRole('button', { name: 'Import 2 candidates' }).click();
  await expect(dialog.getByText('2 candidates imported')).toBeVisible();

  const stored = (await (
    await (await api(page)).get('/api/v1/candidates', { q: id })
  ).json()) as CandidatePage;
  expect(stored.items.map((c) => c.name).sort()).toEqual([
    `Imported One ${id}`,
    `Imported Two ${id}`,
  ]);
  expect(stored.items.find((c) => c.name.startsWith('Imported One'))).toMatchObject({
    languages: [
      { language: 'Spanish', level: 'C1' },
      { language: 'English', level: 'B2' },
    ],
    shiftAvailability: ['night'],
    typingWpm: 45,
  });
});

test('shows who owes feedback, worst first, and each job’s figures', async ({ page }) => {
  await signIn(page, 'recruiter@example.com');
  await page.goto('/feedback');
  await expect(page.getByRole('heading', { name: 'Feedback owed', level: 1 })).toBeVisible();
  const report = (await (await (await api(page)).get('/api/v1/feedback-owed')).json()) as {
    owed: { candidateName: string; interviewerName: string }[];
    jobs: { jobTitle: string; received: number; expected: number }[];
  };
  const owed = page.getByRole('table', { name: 'Owed scorecards' });
  const first = report.owed[0];
  if (!first) throw new Error('the demo data owes no feedback');
  await expect(owed.getByRole('row').nth(1)).toContainText(first.candidateName);
  await expect(owed.getByRole('row').nth(1)).toContainText(first.interviewerName);
  const job = report.jobs[0];
  await expect(
    page.getByRole('table', { name: 'Feedback by job' }).getByRole('row', { name: job?.jobTitle }),
  ).toContainText(`${job?.received}/${job?.expected}`);
  await shoot(page, 'feedback-owed');
});

test('edits a candidate on their profile and sees the change in the audit trail', async ({
  page,
}) => {
  await signIn(page, 'recruiter@example.com');
  const id = unique();
  const candidate = (await (
    await (
      await api(page)
    ).post('/api/v1/candidates', {
      name: `Profile Person ${id}`,
      email: `profile.${id}@example.com`,
    })
  ).json()) as Candidate;
  await page.goto(`/candidates?q=${id}`);
  await page.getByRole('link', { name: `Profile Person ${id}` }).click();
  await expect(page).toHaveURL(`/candidates/${candidate.id}`);
  await expect(page.getByRole('heading', { name: `Profile Person ${id}` })).toBeVisible();
  await expect(page.getByText('No submitted scorecards yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit Profile Person ${id}` });
  await dialog.getByLabel('Typing speed (WPM)').fill('57');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('57 WPM');
  await expect(page.getByRole('table', { name: 'Audit trail' })).toContainText('typingWpm: — → 57');
});

test('picks candidates to compare from the board', async ({ page }) => {
  await signIn(page, 'manager@example.com');
  const { jobId } = await scoredJob(page);
  // Two of today's pipeline: the Hired and Rejected columns show their newest 20 cards, and the
  // demo's earlier class fills them with older ones.
  const inJob = (await (
    await (await api(page)).get('/api/v1/candidates', { jobId, sort: 'score', limit: '100' })
  ).json()) as CandidatePage;
  const [first, second] = inJob.items.filter(
    (c) => c.score !== null && (c.stage === 'interviewing' || c.stage === 'offer'),
  );
  await page.goto(`/candidates?view=board&jobId=${jobId}`);
  await page.getByRole('checkbox', { name: `Pick ${first?.name} to compare` }).check();
  await page.getByRole('checkbox', { name: `Pick ${second?.name} to compare` }).check();
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/jobs/${jobId}/compare\\?candidates=${first?.id},${second?.id}`),
  );
  await expect(
    page.getByRole('table', { name: 'Scores by category' }).getByRole('columnheader', {
      name: first?.name,
    }),
  ).toBeVisible();

  await page.goto(`/candidates/${first?.id}`);
  await expect(page.getByRole('region', { name: 'Rounds' })).toBeVisible();
  await shoot(page, 'candidate-profile');
});

test('a hiring manager ranks the pipeline by corrected score: rows, cards and Compare follow the API', async ({
  page,
}) => {
  await signIn(page, 'manager@example.com');
  const { jobId } = await scoredJob(page);
  await page.goto(`/candidates?jobId=${jobId}&sort=score`);
  const table = page.getByRole('table', { name: 'Candidates' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();

  // The switch is a radio group whose labels take the click.
  await page.getByText('Corrected', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Corrected' })).toBeChecked();
  await expect(page).toHaveURL(/scoreBasis=corrected/);
  await expect(page.getByRole('columnheader', { name: /Corrected score/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const expected = (await (
    await (
      await api(page)
    ).get('/api/v1/candidates', { jobId, sort: 'score', scoreBasis: 'corrected' })
  ).json()) as CandidatePage;
  const scored = expected.items.filter((c) => c.correctedScore !== null);
  expect(scored.length).toBeGreaterThan(2);
  // The rows come in the API's corrected order, each showing its corrected score (or Hidden).
  for (const [index, candidate] of expected.items.slice(0, 6).entries()) {
    await expect(rows.nth(index)).toContainText(candidate.name);
    await expect(rows.nth(index)).toContainText(
      candidate.scoreHidden ? 'Hidden' : (candidate.correctedScore ?? 0).toFixed(1),
    );
  }
  await shoot(page, 'pipeline-corrected');

  // The board's cards show the corrected score too; Compare opens ranked by it.
  await page.locator('label').filter({ hasText: 'Board' }).click();
  const [best, next] = scored;
  const card = page.getByTestId('board-card').filter({ hasText: best?.name ?? '' });
  await expect(card).toContainText(`${(best?.correctedScore ?? 0).toFixed(0)} corr.`);
  await page.getByRole('checkbox', { name: `Pick ${best?.name} to compare` }).check();
  await page.getByRole('checkbox', { name: `Pick ${next?.name} to compare` }).check();
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  await expect(page).toHaveURL(/scoreBasis=corrected/);
  await expect(page.getByRole('radio', { name: 'Corrected for leniency' })).toBeChecked();
});
