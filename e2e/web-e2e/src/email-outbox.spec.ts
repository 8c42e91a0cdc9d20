import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

// Screens load their chunk on first visit, with other work on the same two cores: 15 s, not 5.
const expect = baseExpect.configure({ timeout: 15_000 });

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Serious or critical axe violations in the page (or the part `include` selects). */
async function axeProblems(page: Page, include?: string) {
  await page.waitForTimeout(300); // transitions: contrast is judged at rest
  let builder = new AxeBuilder({ page }).setLegacyMode().withTags(WCAG_21_AA);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

/** As the signed-in admin: a new candidate of a demo job, and a round tomorrow with Ivy. */
async function scheduleRoundTomorrow(page: Page) {
  const admin = await api(page);
  const users = (await (await admin.get('/api/v1/users')).json()) as {
    items: { id: string; email: string }[];
  };
  const jobs = (await (await admin.get('/api/v1/jobs')).json()) as {
    items: { id: string; interviewPlan: { name: string }[] }[];
  };
  const job = jobs.items.find((j) => j.interviewPlan.some((r) => r.name === 'Manager interview'));
  const candidateName = `Outbox Candidate ${unique()}`;
  const candidate = await admin.post('/api/v1/candidates', {
    name: candidateName,
    email: `${unique()}@example.com`,
    jobId: job?.id,
  });
  expect(candidate.status()).toBe(201);
  const round = await admin.post('/api/v1/interview-rounds', {
    candidateId: ((await candidate.json()) as { id: string }).id,
    jobId: job?.id,
    name: 'Manager interview',
    scheduledAt: new Date(Math.ceil(Date.now() / 900_000) * 900_000 + 86_400_000).toISOString(),
    interviewerIds: [users.items.find((u) => u.email === 'interviewer@example.com')?.id],
  });
  expect(round.status()).toBe(201);
  return { candidateName, roundId: ((await round.json()) as { id: string }).id };
}

test('an admin reads a round invitation in the e-mail outbox and downloads its .ics', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'admin@example.com');
  const { candidateName, roundId } = await scheduleRoundTomorrow(page);

  await page.getByRole('link', { name: 'E-mail outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-mail outbox' })).toBeVisible();
  // `npm start` has no SMTP settings: mail stays here, and the screen says so.
  await expect(page.getByText('E-mail is not sent')).toBeVisible();
  const table = page.getByRole('table', { name: 'E-mails' });
  // The demo's own reminders are e-mailed too (e-mail is on by default).
  await expect(table.getByRole('row')).not.toHaveCount(1);
  const invitation = table.getByRole('button', {
    name: new RegExp(`^Interview: Manager interview with ${candidateName}, `),
  });
  await expect(invitation).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: candidateName });
  await expect(row.getByRole('cell', { name: 'interviewer@example.com' })).toBeVisible();
  await expect(row.getByText('Queued')).toBeVisible();

  // Opened from the keyboard.
  await invitation.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByText(`You are on the panel of Manager interview with ${candidateName}`),
  ).toBeVisible();
  await expect(
    dialog.getByText(/Your scorecard: http:\/\/\S+\/interviews\/[0-9a-f-]{36}/),
  ).toBeVisible();
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download invite.ics' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('invite.ics');
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('\r\nMETHOD:REQUEST\r\n');
  expect(ics).toContain(`\r\nUID:round-${roundId}@calibrate\r\n`);

  // The open e-mail is in the URL: a reload shows it again; Escape closes it.
  await page.reload();
  await expect(
    page
      .getByRole('dialog')
      .getByText(`You are on the panel of Manager interview with ${candidateName}`),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0);
  expect(await axeProblems(page)).toEqual([]);
});

test('notification settings open from the bell, and a switch persists', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'interviewer2@example.com');
  const openSettings = async () => {
    await page.getByRole('button', { name: /^Notifications, / }).click();
    await page.getByRole('button', { name: 'Notification settings' }).click();
    return page.getByRole('dialog', { name: 'Notification settings' });
  };

  let dialog = await openSettings();
  const digest = dialog.getByRole('switch', { name: /Daily digest/ });
  await expect(digest).not.toBeChecked();
  await expect(dialog.getByRole('switch', { name: /By e-mail/ })).toBeChecked();
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);
  // Mantine's switch input is visually hidden under its track: the keyboard turns it.
  await digest.focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('status')).toHaveText('Saved.');
  await expect(digest).toBeChecked();

  await page.reload();
  dialog = await openSettings();
  await expect(dialog.getByRole('switch', { name: /Daily digest/ })).toBeChecked();
  // Back as it was, so the demo (and a second run) starts from the default.
  await dialog.getByRole('switch', { name: /Daily digest/ }).focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('status')).toHaveText('Saved.');
  await expect(dialog.getByRole('switch', { name: /Daily digest/ })).not.toBeChecked();
});
