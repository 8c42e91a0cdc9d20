import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, Page, test } from '@playwright/test';

import { saveStatus, scheduleInterview, storedScorecard } from './interviews';
import { signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

const IVY = 'interviewer@example.com';

// Each test scores a real interview in Chromium against the built app. On a busy 2-core machine
// the keyboard test took 25–112 s, and a screen's first content (My interviews after sign-in, the
// interview after Start, the panel's scores after submit) more than the default 5 s: its list
// renders in a transition, which React may hold back for up to 5 s once the data is there.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** Serious and critical accessibility violations on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

test('a full interview with the keyboard only, from My interviews to submitted', async ({
  page,
  browser,
}) => {
  const interview = await scheduleInterview(browser);
  await signIn(page, IVY);
  await expect(page).toHaveURL(/\/interviews$/);
  const start = page.getByRole('link', {
    name: `Start interview: ${interview.candidateName}, Manager interview`,
  });
  await expect(start).toBeVisible();

  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes += 1;
    await page.keyboard.press(key);
  };
  // Tab to the interview's button as a keyboard user does, then open it.
  for (let tabs = 0; tabs < 80; tabs += 1) {
    if (await start.evaluate((el) => el === document.activeElement)) break;
    await press('Tab');
  }
  await expect(start).toBeFocused();
  await press('Enter');
  await expect(page.getByText('Question 1 of 38')).toBeVisible();
  keystrokes = 0; // what counts is scoring: from the first question to submitted

  // Ratings 2–4 move on by themselves; Q5 gets a 5 with its evidence; Q7 was not asked.
  const typed = new Map<number, { rating: number | null; note?: string }>();
  for (let index = 0; index < 38; index += 1) {
    if (index === 4) {
      await press('5');
      await expect(page.getByText('A 1 or a 5 needs a note as evidence.')).toBeVisible();
      await press('Enter');
      await expect(page.locator('textarea:focus')).toBeVisible();
      await page.keyboard.type('Calmed an angry caller and fixed the bill');
      await press('Escape');
      await press('j');
      typed.set(index, { rating: 5, note: 'Calmed an angry caller and fixed the bill' });
    } else if (index === 6) {
      await press('n');
      typed.set(index, { rating: null });
    } else {
      const rating = 2 + (index % 3);
      await press(String(rating));
      typed.set(index, { rating });
    }
    await expect(
      index === 37
        ? page.getByRole('heading', { name: 'Your recommendation' })
        : page.getByText(`Question ${index + 2} of 38`),
    ).toBeVisible();
  }
  await press('3'); // recommendation: yes
  await expect(page.getByRole('radio', { name: /^Yes/ })).toHaveAttribute('aria-checked', 'true');
  await press('Control+Enter');
  await expect(page.getByRole('dialog', { name: 'Submit your scorecard?' })).toBeVisible();
  await press('Enter');
  await expect(page.getByText('Scorecard submitted')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Panel scores by category' })).toBeVisible();
  await shoot(page, 'interview-submitted-1366x768');

  // About one keystroke per question: 38 ratings, 4 more for the evidence note, 3 to finish.
  expect(keystrokes).toBeLessThanOrEqual(45);

  const stored = await storedScorecard(page, interview.scorecards[IVY] ?? '');
  expect(stored.status).toBe('submitted');
  expect(stored.recommendation).toBe('yes');
  interview.questionIds.forEach((questionId, index) => {
    const answer = stored.answers.find((a) => a.questionId === questionId);
    const expected = typed.get(index);
    expect({
      index,
      rating: answer?.rating,
      notAsked: answer?.notAsked,
      note: answer?.note,
    }).toEqual({
      index,
      rating: expected?.rating ?? null,
      notAsked: expected?.rating === null,
      note: expected?.note ?? '',
    });
  });
});

test('answers typed offline survive a reload and reach the database exactly once', async ({
  page,
  browser,
  context,
}) => {
  const interview = await scheduleInterview(browser);
  const scorecardId = interview.scorecards[IVY] ?? '';
  await signIn(page, IVY);
  await page.goto(`/interviews/${scorecardId}`);
  await expect(page.getByText('Question 1 of 38')).toBeVisible();

  await context.setOffline(true);
  for (let index = 0; index < 5; index += 1) {
    await page.keyboard.press('Enter');
    // The note has the focus before a word is typed: on a starved runner, a note's digits typed
    // into the page rated the question instead (7 answers, not 5).
    await expect(page.locator('textarea:focus')).toBeVisible();
    // Slow typing: the autosave debounce runs out mid-note, as it does for a real interviewer.
    await page.keyboard.type(`Offline note ${index + 1}`, { delay: 60 });
    await page.keyboard.press('Escape');
    await page.keyboard.press(String(2 + (index % 3)));
    await expect(page.getByText(`Question ${index + 2} of 38`)).toBeVisible();
  }
  await expect(saveStatus(page)).toHaveText('Offline · 5 changes waiting');
  await shoot(page, 'interview-offline-1366x768');

  // Reload while still offline: the page cannot load, but what was typed is in IndexedDB.
  await page.reload().catch(() => undefined);
  await context.setOffline(false);
  await page.goto(`/interviews/${scorecardId}`);
  await expect(saveStatus(page)).toHaveText('All changes saved', { timeout: 15_000 });

  const stored = await storedScorecard(page, scorecardId);
  for (let index = 0; index < 5; index += 1) {
    const answer = stored.answers.find((a) => a.questionId === interview.questionIds[index]);
    expect(answer).toMatchObject({
      rating: 2 + (index % 3),
      note: `Offline note ${index + 1}`,
      version: 1, // written once: no retry applied twice
    });
  }
  expect(stored.answers).toHaveLength(5);
  // The page shows them too, after the reload.
  await expect(page.getByText('5 of 38')).toBeVisible();
});

test('two tabs of one browser show each other’s saves; another device’s save is a conflict', async ({
  page,
  context,
  browser,
}) => {
  const interview = await scheduleInterview(browser);
  const scorecardId = interview.scorecards[IVY] ?? '';
  await signIn(page, IVY);
  const tab = await context.newPage();
  await page.goto(`/interviews/${scorecardId}`);
  await tab.goto(`/interviews/${scorecardId}`);
  await expect(page.getByText('Question 1 of 38')).toBeVisible();
  await expect(tab.getByText('Question 1 of 38')).toBeVisible();

  // Another tab of the same browser: the save shows there without a reload, no conflict.
  await page.getByRole('switch', { name: 'Stay on the question after rating' }).check();
  await page.keyboard.press('3');
  await expect(saveStatus(page)).toHaveText('All changes saved');
  await expect(
    tab.getByRole('radiogroup', { name: 'Rating for question 1' }).getByRole('radio').nth(2),
  ).toHaveAttribute('aria-checked', 'true');

  // Another device (its own browser storage), still showing the answer unrated: its save meets
  // the newer one as a conflict, with both versions.
  const device = await browser.newContext();
  const other = await device.newPage();
  await signIn(other, IVY);
  await other.route('**/api/v1/scorecards/*', async (route) => {
    // It opened the scorecard before the save above: serve it as it was then.
    const response = await route.fetch();
    const body = (await response.json()) as { answers: unknown[] };
    await route.fulfill({ response, json: { ...body, answers: [] } });
  });
  await other.goto(`/interviews/${scorecardId}`);
  await expect(other.getByText('Question 1 of 38')).toBeVisible();
  await other.unroute('**/api/v1/scorecards/*');
  await other.getByRole('switch', { name: 'Stay on the question after rating' }).check();
  await other.keyboard.press('4');
  const dialog = other.getByRole('dialog', { name: 'This answer was changed elsewhere' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('conflict-mine')).toHaveText('Rated 4');
  await expect(dialog.getByTestId('conflict-theirs')).toHaveText('Rated 3');
  await shoot(other, 'interview-conflict-1366x768');
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(saveStatus(other)).toHaveText('All changes saved');
  await device.close();

  const stored = await storedScorecard(page, scorecardId);
  expect(stored.answers.find((a) => a.questionId === interview.questionIds[0])).toMatchObject({
    rating: 4,
    version: 2,
  });
});

test('a declined interview leaves the owed list with its reason', async ({ page, browser }) => {
  const interview = await scheduleInterview(browser);
  await signIn(page, IVY);
  const row = page.getByRole('row', { name: new RegExp(interview.candidateName) });
  await row.getByRole('button', { name: `More for ${interview.candidateName}` }).click();
  await page.getByRole('menuitem', { name: 'Decline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decline this interview' });
  await dialog.getByRole('button', { name: 'Decline interview' }).click();
  await expect(dialog.getByText('Say why you are declining.')).toBeVisible();
  await dialog.getByLabel('Reason').fill('I referred this candidate');
  await dialog.getByRole('button', { name: 'Decline interview' }).click();
  const finished = page.getByRole('region', { name: 'Recently finished' });
  await expect(
    finished.getByRole('row', { name: new RegExp(interview.candidateName) }),
  ).toContainText('Declined');
  expect((await storedScorecard(page, interview.scorecards[IVY] ?? '')).status).toBe('declined');
});

test('My interviews and interview mode have no serious accessibility violations', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // four full axe scans
  const interview = await scheduleInterview(browser);
  await signIn(page, IVY);
  await expect(page.getByRole('heading', { name: 'My interviews', level: 1 })).toBeVisible();
  await expect(page.getByText(interview.candidateName)).toBeVisible();
  await shoot(page, 'my-interviews-1366x768');
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/interviews/${interview.scorecards[IVY]}`);
  await expect(page.getByText('Question 1 of 38')).toBeVisible();
  await shoot(page, 'interview-mode-1366x768');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByText('All questions').click();
  await expect(page.getByRole('radiogroup', { name: 'Rating for question 38' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByText('One at a time').click();
  await shoot(page, 'interview-mode-1024x640');
});
