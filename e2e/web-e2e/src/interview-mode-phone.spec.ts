import { mkdirSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';

import { saveStatus, scheduleInterview, storedScorecard } from './interviews';
import { signIn } from './session';

// Written into the docs: the README shows these screens.
const screenshotDir = path.resolve(__dirname, '../../../docs/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

const IVY = 'interviewer@example.com';
const PHONE = { width: 390, height: 844 };

// A phone held upright, tapped with a thumb.
test.use({ viewport: PHONE, hasTouch: true });
// Two full axe scans and a scored question in Chromium on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** Serious and critical accessibility violations on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

/** How wide the page is: more than the screen means it scrolls sideways. */
const pageWidth = (page: Page) =>
  page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);

test('on a phone: My interviews as cards, the question first, a tapped rating, a jump by Progress', async ({
  page,
  browser,
}) => {
  const interview = await scheduleInterview(browser);
  const scorecardId = interview.scorecards[IVY] ?? '';
  await signIn(page, IVY);
  await expect(page.getByRole('heading', { name: 'My interviews', level: 1 })).toBeVisible();

  // Each round is a card in its section's list; the table is gone and nothing scrolls sideways.
  const toScore = page.getByRole('list', { name: 'To score' });
  const card = toScore.getByRole('listitem', {
    name: `${interview.candidateName}, Manager interview`,
  });
  await expect(card).toBeVisible();
  await expect(card).toContainText('0 of 38 answered');
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await shoot(page, 'my-interviews-phone-390x844');
  expect(await seriousViolations(page)).toEqual([]);

  await card
    .getByRole('link', { name: `Start interview: ${interview.candidateName}, Manager interview` })
    .tap();
  await expect(page.getByText('Question 1 of 38')).toBeVisible();

  // The question starts on the first screen, not below the category list.
  const question = page.locator(`[id="question-${interview.questionIds[0]}"]`);
  const box = await question.boundingBox();
  expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(PHONE.height);
  await expect(page.getByRole('navigation', { name: 'Categories' })).toHaveCount(0);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await shoot(page, 'interview-phone-390x844');
  expect(await seriousViolations(page)).toEqual([]);

  // A tap on the "3" anchor rates the question and moves on.
  const anchors = page.getByRole('radiogroup', { name: 'Rating for question 1' });
  const three = anchors.getByRole('radio', { name: /^3:/ });
  const threeBox = await three.boundingBox();
  expect(threeBox?.height ?? 0).toBeGreaterThanOrEqual(44); // a thumb-sized target
  await three.tap();
  await expect(page.getByText('Question 2 of 38')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Progress/ })).toContainText('1/38');
  // Below the anchors: the note, and Previous and Next within a thumb's reach.
  await page.getByRole('button', { name: 'Next' }).scrollIntoViewIfNeeded();
  await shoot(page, 'interview-phone-note-390x844');

  // Progress opens the categories; a tap on the third jumps to its first question.
  await page.getByRole('button', { name: /^Progress/ }).tap();
  const drawer = page.getByRole('dialog', { name: 'Progress' });
  const categories = drawer.getByRole('navigation', { name: 'Categories' });
  await expect(categories).toBeVisible();
  await expect(categories.getByRole('button').first()).toContainText('1/');
  await page.waitForTimeout(400); // the drawer's slide-in, for the picture only
  await shoot(page, 'interview-phone-progress-390x844');
  const third = categories.getByRole('button').nth(2);
  const thirdName = (await third.locator('.mantine-NavLink-label').textContent()) ?? '';
  expect(thirdName).not.toBe('');
  await third.tap();
  await expect(drawer).toBeHidden();
  await expect(page.getByText(`${thirdName} · Question`)).toBeVisible();

  // The tapped rating reached the database.
  await expect(saveStatus(page)).toHaveText('All changes saved', { timeout: 15_000 });
  const stored = await storedScorecard(page, scorecardId);
  const first = stored.answers.find((a) => a.questionId === interview.questionIds[0]);
  expect(first?.rating).toBe(3);

  // All questions on a phone: each question over its ratings, nothing sideways.
  await page.getByText('All questions').tap();
  await expect(page.getByRole('radiogroup', { name: 'Rating for question 38' })).toBeAttached();
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await page.evaluate(() => window.scrollTo({ top: 0 }));
  await shoot(page, 'interview-phone-all-390x844');
  await page.getByText('One at a time').tap();

  // The same screens on a desktop keep their three columns and table.
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Candidate' })).toBeVisible();
  await shoot(page, 'interview-phone-1366x768');
  await page.goto('/interviews');
  await expect(page.getByRole('table', { name: 'To score' })).toBeVisible();
  await shoot(page, 'my-interviews-phone-1366x768');
});
