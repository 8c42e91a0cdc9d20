import { expect, test } from '@playwright/test';

import { signIn } from './session';

const IVY = 'interviewer@example.com';

test('a recruiter reminds the demo interviewer from Feedback owed, and she sees it in the bell', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'recruiter@example.com');
  await page.goto('/feedback');
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback owed' })).toBeVisible();

  // The demo interviewer's oldest owed scorecard: its "Remind" names whom and what.
  const owed = page.getByRole('region', { name: 'Owed scorecards' });
  const remind = owed.getByRole('button', { name: /^Remind Ivy Interviewer about / }).first();
  const name = (await remind.getAttribute('aria-label')) ?? '';
  const [, candidate = '', round = ''] = /about (.+), ([^,]+)$/.exec(name) ?? [];
  expect(candidate).not.toBe('');
  await remind.click();
  const row = owed.getByRole('row').filter({ has: page.getByRole('button', { name }) });
  await expect(row.getByText('Reminded just now')).toBeVisible();

  // Ivy, in a browser of her own, finds it in the bell and opens the scorecard from it.
  const context = await browser.newContext();
  const ivy = await context.newPage();
  await signIn(ivy, IVY);
  const bell = ivy.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const dialog = ivy.getByRole('dialog');
  const notification = dialog.getByRole('button', {
    name: `Unread: Rosa Recruiter reminds you: scorecard for ${candidate} (${round})`,
  });
  await expect(notification).toBeVisible();
  await notification.click();
  await expect(ivy).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  await context.close();
});
