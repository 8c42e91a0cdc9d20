import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Page, test } from '@playwright/test';

import { scheduleInterview, storedScorecard } from './interviews';
import { signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

const IVY = 'interviewer@example.com';
const IAN = 'interviewer2@example.com';

// Scores a whole interview in Chromium against the built app, then amends it.
test.describe.configure({ timeout: 180_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

/** Ian scores every question 4 with a note, recommends "strong yes" and submits, through the API. */
async function submitAsIan(browser: Browser, scorecardId: string, questionIds: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, IAN);
  const csrf = (await context.cookies()).find((c) => c.name === 'csrf_token')?.value ?? '';
  const headers = (version: number) => ({ 'x-csrf-token': csrf, 'if-match': `"${version}"` });
  for (const [index, questionId] of questionIds.entries()) {
    const saved = await page.request.put(`/api/v1/scorecards/${scorecardId}/scores/${questionId}`, {
      headers: headers(0),
      data: { rating: 4, note: `Ian heard answer ${index + 1}` },
    });
    expect(saved.status()).toBe(200);
  }
  const { version } = (await (
    await page.request.get(`/api/v1/scorecards/${scorecardId}`)
  ).json()) as { version: number };
  const patched = await page.request.patch(`/api/v1/scorecards/${scorecardId}`, {
    headers: headers(version),
    data: { recommendation: 'strong_yes', summary: 'Ian: warm and quick on the CRM.' },
  });
  expect(patched.status()).toBe(200);
  const submitted = await page.request.post(`/api/v1/scorecards/${scorecardId}/submit`, {
    headers: headers(version + 1),
  });
  expect(submitted.status()).toBe(200);
  await context.close();
}

test('after submitting: my scorecard read back, the panel’s answers, and an amendment with a reason', async ({
  page,
  browser,
}) => {
  const interview = await scheduleInterview(browser, [IVY, IAN]);
  const scorecardId = interview.scorecards[IVY] ?? '';
  await submitAsIan(browser, interview.scorecards[IAN] ?? '', interview.questionIds);

  // Ivy scores with the keyboard: 2, 3, 4, 2, … and "yes", then submits.
  await signIn(page, IVY);
  await page.goto(`/interviews/${scorecardId}`);
  await expect(page.getByText('Question 1 of 38')).toBeVisible();
  for (let index = 0; index < 38; index += 1) {
    await page.keyboard.press(String(2 + (index % 3)));
    await expect(
      index === 37
        ? page.getByRole('heading', { name: 'Your recommendation' })
        : page.getByText(`Question ${index + 2} of 38`),
    ).toBeVisible();
  }
  await page.keyboard.press('3');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog', { name: 'Submit your scorecard?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Scorecard submitted')).toBeVisible();

  // Her own scorecard, read-only: every question with its rating and the anchor it stands for.
  await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeVisible();
  const first = page.getByTestId('own-question-1');
  await expect(first).toContainText('2 of 5');
  await expect(page.getByTestId('own-question-38')).toContainText('3 of 5');
  await expect(page.getByRole('region', { name: 'Recommendation and summary' })).toContainText(
    'Recommendation: Yes',
  );
  await expect(page.locator('main').getByRole('textbox')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'scorecard-submitted-1366x768');

  // The panel's answers, question by question: Ian's ratings and notes beside hers.
  await page.getByRole('tab', { name: 'Panel answers' }).click();
  await expect(page).toHaveURL(/view=panel/);
  const firstQuestion = page.getByRole('group').filter({ hasText: /Ian heard answer 1(?!\d)/ });
  await expect(firstQuestion).toContainText('You');
  await expect(firstQuestion).toContainText('Ian Interviewer');
  await expect(firstQuestion).toContainText('Split'); // 2 against 4
  await expect(page.getByRole('region', { name: 'Recommendations and summaries' })).toContainText(
    'Ian: warm and quick on the CRM.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'scorecard-submitted-panel-1366x768');

  // Amend question 1: 2 → 4, with a reason; the dialog shows before → after first.
  await page.getByRole('tab', { name: 'Your scorecard' }).click();
  await page.getByRole('button', { name: 'Amend question 1', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Amend question 1', exact: true });
  await dialog.getByRole('radio', { name: /^4:/ }).click();
  await dialog.getByRole('button', { name: 'Confirm amendment' }).click();
  await expect(dialog.getByText(/Say why the submitted scorecard changes/)).toBeVisible();
  await dialog
    .getByRole('textbox', { name: /Reason for the amendment/ })
    .fill('Re-listened to the recording: she did acknowledge the caller');
  await expect(dialog.getByLabel('Before and after')).toContainText(
    'Rating: was 2 of 5 → now 4 of 5',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'scorecard-submitted-amend-1366x768');
  await dialog.getByRole('button', { name: 'Confirm amendment' }).click();
  await expect(dialog).toBeHidden();

  await expect(first).toContainText('4 of 5');
  await expect(first).toContainText('Amended');
  const history = page.getByRole('region', { name: 'Amendments' });
  await expect(history).toContainText(
    'Reason: Re-listened to the recording: she did acknowledge the caller',
  );
  await expect(history).toContainText('2 of 5 → now 4 of 5');
  const stored = await storedScorecard(page, scorecardId);
  expect(stored.answers.find((a) => a.questionId === interview.questionIds[0])?.rating).toBe(4);

  // A reload keeps it (the server has it) and the phone layout reads the same.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId('own-question-1')).toContainText('4 of 5');
  expect(await seriousViolations(page)).toEqual([]);
  // The read-only copy from its top: the recommendation, then question 1 with its amendment.
  await page.evaluate(() => {
    const top = document.getElementById('own-wrap-up')?.getBoundingClientRect().top ?? 0;
    window.scrollTo(0, window.scrollY + top - 80); // below the sticky header
  });
  await shoot(page, 'scorecard-submitted-390x844');
});
