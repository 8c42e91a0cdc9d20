import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { CandidatePage, FeedbackOwed, JobPage, StageCounts } from '@calibrate/contracts';
import { expect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

const docsDir = path.resolve(__dirname, '../../../docs/screenshots');

/** The manager's job with the most scored candidates, and its top two by raw score. */
async function managersScoredJob(page: Page) {
  const client = await api(page);
  const jobs = (await (await client.get('/api/v1/jobs', { limit: '50' })).json()) as JobPage;
  let best: { jobId: string; title: string; top: CandidatePage['items'] } | undefined;
  for (const job of jobs.items) {
    const page1 = (await (
      await client.get('/api/v1/candidates', { jobId: job.id, sort: 'score', limit: '8' })
    ).json()) as CandidatePage;
    const scored = page1.items.filter((candidate) => candidate.score !== null);
    if (scored.length >= 2 && scored.length > (best?.top.length ?? 0))
      best = { jobId: job.id, title: job.title, top: page1.items };
  }
  if (!best) throw new Error('the demo gives the manager no job with two scored candidates');
  return best;
}

test('a hiring manager reads their job, picks two of its best candidates and compares them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'manager@example.com');
  const { jobId, title, top } = await managersScoredJob(page);
  const client = await api(page);
  const counts = (await (
    await client.get('/api/v1/candidates/stage-counts', { jobId })
  ).json()) as StageCounts;
  const owed = (await (
    await client.get('/api/v1/feedback-owed', { jobId, days: '7' })
  ).json()) as FeedbackOwed;

  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The job's facts read as text: a hiring manager gets no inputs that look editable.
  await expect(page.getByText('Client program', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Edit job' })).toHaveCount(0);

  // Counts by stage, as the API counts them, each opening the pipeline on that stage.
  const interviewing = page.getByRole('link', {
    name: `${counts.interviewing} Interviewing`,
  });
  await expect(interviewing).toHaveAttribute(
    'href',
    `/candidates?jobId=${jobId}&stage=interviewing`,
  );

  // Scorecards owed on this job, the count as the API gives it.
  const owedPanel = page.getByRole('region', { name: 'Scorecards owed' });
  if (owed.owedTotal === 0)
    await expect(owedPanel.getByText('Every scorecard of this job is in.')).toBeVisible();
  else {
    await expect(owedPanel.getByText(String(owed.owedTotal), { exact: true })).toBeVisible();
    await expect(owedPanel.getByText(owed.owed[0]?.interviewerName ?? '').first()).toBeVisible();
  }

  // The best-scored candidates in the API's order.
  const table = page.getByRole('table', { name: 'Best-scored candidates' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(top.length + 1);
  for (const [index, candidate] of top.entries())
    await expect(rows.nth(index + 1)).toContainText(candidate.name);

  await expect(page.getByRole('region', { name: 'Rounds of the last 7 days' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upcoming rounds' })).toBeVisible();

  const axe = await new AxeBuilder({ page }).setLegacyMode().analyze();
  expect(
    axe.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`,
    ),
  ).toEqual([]);

  await page.screenshot({ path: path.join(docsDir, 'job-overview-1366x768.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeVisible();
  await page.screenshot({ path: path.join(docsDir, 'job-overview-390x844.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  const [first, second] = top;
  await page.getByRole('checkbox', { name: `Compare ${first?.name}` }).check();
  await page.getByRole('checkbox', { name: `Compare ${second?.name}` }).check();
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/jobs/${jobId}/compare\\?candidates=${first?.id},${second?.id}$`),
  );
  await expect(page.getByRole('table', { name: 'Scores by category' })).toBeVisible({
    timeout: 20_000,
  });
});
