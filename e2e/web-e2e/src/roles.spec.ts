import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, signIn } from './session';

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });

const roles = [
  {
    email: 'admin@example.com',
    name: 'Alex Admin',
    label: 'Admin',
    nav: [
      'My interviews',
      'Candidates',
      'Feedback owed',
      'Jobs',
      'Calibration',
      'Validity',
      'Rubrics',
      'Users',
      'Webhooks',
      'E-mail outbox',
    ],
    canAdd: true,
    description: 'Everyone who applied',
  },
  {
    email: 'recruiter@example.com',
    name: 'Rosa Recruiter',
    label: 'Recruiter',
    nav: ['My interviews', 'Candidates', 'Feedback owed', 'Jobs', 'Validity'],
    canAdd: true,
    description: 'Everyone who applied',
  },
  {
    email: 'manager@example.com',
    name: 'Marco Manager',
    label: 'Hiring manager',
    nav: ['My interviews', 'Candidates', 'Feedback owed', 'Jobs', 'Calibration', 'Validity'],
    canAdd: false,
    description: 'jobs you manage',
  },
  {
    email: 'interviewer@example.com',
    name: 'Ivy Interviewer',
    label: 'Interviewer',
    nav: ['My interviews', 'Candidates'],
    canAdd: false,
    description: 'interviews you are assigned to',
  },
];

for (const role of roles) {
  test(`${role.label} signs in and sees their home page`, async ({ page }) => {
    await signIn(page, role.email);
    if (role.email.startsWith('interviewer')) {
      // Interviewers land on the interviews they owe.
      await expect(page).toHaveURL(/\/interviews$/);
      await expect(page.getByRole('heading', { name: 'My interviews', level: 1 })).toBeVisible();
      await page.getByRole('link', { name: 'Candidates' }).click();
    }
    await expect(page).toHaveURL(/\/candidates$/);
    await expect(page.getByRole('heading', { name: 'Candidates', level: 1 })).toBeVisible();
    await expect(page.getByText(role.description)).toBeVisible();
    await expect(page.getByRole('button', { name: `Account: ${role.name}` })).toContainText(
      role.label,
    );
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link')).toHaveText(role.nav);
    await expect(page.getByRole('button', { name: 'Add candidate' })).toHaveCount(
      role.canAdd ? 1 : 0,
    );
    // Everyone sees only what they may: an interviewer's list holds only their interviews' candidates.
    await expect(
      page.getByRole('table', { name: 'Candidates' }).getByRole('row').nth(1),
    ).toBeVisible();
  });
}

test('an admin adds a user, who can then sign in, and deactivates them', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin@example.com');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Users' })
    .click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /interviewer2@example.com/ })).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'users-admin.png') });

  const email = `new.${Date.now()}@example.com`;
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByLabel('Full name').fill('Nadia New');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('textbox', { name: 'First password' }).fill(`${DEMO_PASSWORD}-nadia`);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('row', { name: new RegExp(email) })).toBeVisible();

  const other = await browser.newPage();
  await signIn(other, email, `${DEMO_PASSWORD}-nadia`);
  await expect(other.getByRole('button', { name: 'Account: Nadia New' })).toBeVisible();

  await page
    .getByRole('row', { name: new RegExp(email) })
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Deactivated');
  // Her open session ends at once: the next request sends her to sign in.
  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await other.close();
});

test('a non-admin who opens the users page is told it is for admins', async ({ page }) => {
  await signIn(page, 'recruiter@example.com');
  await page.goto('/users');
  await expect(page.getByText('Admins only')).toBeVisible();
});
