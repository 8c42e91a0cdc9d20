import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { CandidatePage, Comparison, roundGroupLabel } from '@calibrate/contracts';
import { expect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });

/** Up to four scored candidates of the job with the most of them, best raw score first. */
async function scoredCandidates(page: Page): Promise<{ jobId: string; ids: string[] }> {
  const list = (await (
    await (await api(page)).get('/api/v1/candidates', { sort: 'score', limit: '100' })
  ).json()) as CandidatePage;
  const byJob = new Map<string, string[]>();
  for (const candidate of list.items) {
    if (candidate.score === null || !candidate.jobId) continue;
    byJob.set(candidate.jobId, [...(byJob.get(candidate.jobId) ?? []), candidate.id]);
  }
  const [jobId, ids] = [...byJob].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!jobId || !ids || ids.length < 2) throw new Error('demo data has no scored job');
  return { jobId, ids: ids.slice(0, 4) };
}

/** The API's candidates best first by corrected total: ties keep the URL order, unscored last. */
function correctedOrder(comparison: Comparison) {
  return comparison.candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => {
      const [x, y] = [a.candidate.overall.correctedScore100, b.candidate.overall.correctedScore100];
      if (x === y) return a.index - b.index;
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x || a.index - b.index;
    })
    .map(({ candidate }) => candidate);
}

const signed = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? '0.0' : `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded).toFixed(1)}`;
};

test('a hiring manager switches the comparison to corrected totals: order and figures follow the API', async ({
  page,
}) => {
  // The demo's first calibration fit may still run on a busy machine: allow for it.
  test.setTimeout(180_000);
  await signIn(page, 'manager@example.com');
  const { jobId, ids } = await scoredCandidates(page);
  await page.goto(`/jobs/${jobId}/compare?candidates=${ids.join(',')}&scale=100`);
  const heat = page.getByRole('table', { name: 'Scores by category' });
  await expect(heat).toBeVisible({ timeout: 20_000 });

  // By keyboard, as the toggle is a radio group: focus Raw, arrow to Corrected.
  await page.getByRole('radio', { name: 'Raw' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Corrected for leniency' })).toBeChecked();
  await expect(page).toHaveURL(/scoreBasis=corrected/);
  await expect(page.getByText('totals corrected for interviewer leniency')).toBeVisible();

  const client = await api(page);
  const comparison = (await (
    await client.get(`/api/v1/jobs/${jobId}/comparison`, { candidateIds: ids.join(',') })
  ).json()) as Comparison;
  const best = correctedOrder(comparison);
  const figure = (score: number | null) => (score === null ? '—' : score.toFixed(0));

  // The ranking lists the candidates in the API's corrected order, each with both figures.
  const ranking = page
    .getByRole('list', { name: 'Candidates by weighted total, corrected' })
    .getByRole('listitem');
  await expect(ranking).toHaveCount(best.length);
  for (const [place, candidate] of best.entries()) {
    const item = ranking.nth(place);
    await expect(item).toContainText(candidate.name);
    const { weightedScore100: raw, correctedScore100: corrected } = candidate.overall;
    if (corrected !== null)
      await expect(item).toContainText(`${figure(corrected)} corrected · ${figure(raw)} raw`);
  }

  // The heat map keeps the picked columns; each total is the API's corrected one, raw beside it.
  for (const candidate of comparison.candidates) {
    const { weightedScore100: raw, correctedScore100: corrected } = candidate.overall;
    const cell = heat.getByRole('cell', { name: `${candidate.name}, weighted total:` });
    if (corrected === null) {
      await expect(cell).toHaveText('—');
      continue;
    }
    await expect(cell).toHaveAttribute('data-score100', corrected.toFixed(2));
    await expect(cell).toContainText(`${figure(corrected)}corrected · ${figure(raw)} raw`);
  }
  await expect(heat.getByRole('rowheader', { name: 'Rank, corrected' })).toBeVisible();
  // Categories follow the basis too: each cell is the API's corrected category score.
  await expect(page.getByText(/^Corrected categories/)).toBeVisible();
  // (Per round group: the cell names its round, as two rubrics may share a category name.)
  for (const candidate of comparison.candidates) {
    for (const [index, group] of comparison.roundGroups.entries()) {
      const label = roundGroupLabel(group, comparison.roundGroups);
      for (const category of candidate.roundGroups[index]?.categories ?? []) {
        if (category.correctedScore100 === null) continue;
        await expect(
          heat.getByRole('cell', { name: `${candidate.name}, ${label}, ${category.name}:` }),
        ).toHaveAttribute('data-score100', category.correctedScore100.toFixed(2));
      }
    }
  }

  // Each warning of the API shows in words.
  for (const warning of comparison.warnings)
    await expect(page.getByRole('alert').filter({ hasText: warning.message })).toBeVisible();

  // Who scored the first candidate, with the leniency the API reports for them.
  const interviewers = page.getByRole('table', { name: 'Interviewers and leniency' });
  await expect(interviewers).toBeVisible();
  const scorers = comparison.candidates[0]?.rounds.flatMap((round) => round.interviewers) ?? [];
  expect(scorers.length).toBeGreaterThan(0);
  for (const scorer of scorers) {
    const chip = interviewers.locator('[title]', { hasText: scorer.interviewerName }).first();
    if (scorer.leniency !== null) await expect(chip).toContainText(signed(scorer.leniency));
    if (scorer.calibrated !== true) await expect(chip).toContainText('not yet calibrated');
  }

  await page.screenshot({ path: path.join(screenshotDir, 'comparison-corrected.png') });

  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
  expect(serious).toEqual([]);
});
