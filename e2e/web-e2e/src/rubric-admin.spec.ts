import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { expect, Locator, Page, test } from '@playwright/test';

import { api, signIn } from './session';

/** The editor's save state (the page also has the update prompt's empty live region). */
const saveState = (page: Page) => page.locator('[role="status"][data-save-state]');

const screenshotDir = path.resolve(__dirname, '../../../test-results/screenshots');
mkdirSync(screenshotDir, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** Picks an option of a Mantine select or multi-select by its label. */
async function choose(
  page: Page,
  label: string,
  option: string | RegExp,
  scope: Page | Locator = page,
) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

test.describe.configure({ timeout: 180_000 });

test('a new rubric, published, planned and scheduled; a later version leaves the round on the old questions', async ({
  page,
}) => {
  const id = unique();
  await signIn(page, 'admin@example.com');

  // Write a rubric: two categories, three questions.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Rubrics' })
    .click();
  await page.getByRole('button', { name: 'New rubric' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill(`Chat support ${id}`);
  await page.getByRole('button', { name: 'Create and edit' }).click();
  await expect(page.getByRole('heading', { name: `Chat support ${id}, version 1` })).toBeVisible();

  await page.getByRole('button', { name: 'Add category' }).click();
  const first = page.getByTestId('category').nth(0);
  await first.getByRole('textbox', { name: 'Category 1 name' }).fill('Greeting');
  await first
    .getByRole('textbox', { name: 'Question 1 of Greeting', exact: true })
    .fill(`Old opening question ${id}`);
  await first.getByRole('button', { name: 'Add question to Greeting' }).click();
  await first
    .getByRole('textbox', { name: 'Question 2 of Greeting', exact: true })
    .fill(`Old tone question ${id}`);
  await page.getByRole('button', { name: 'Add category' }).click();
  const second = page.getByTestId('category').nth(1);
  await second.getByRole('textbox', { name: 'Category 2 name' }).fill('Resolution');
  await second.getByRole('textbox', { name: 'Weight of Resolution' }).fill('3');
  await second
    .getByRole('textbox', { name: 'Question 1 of Resolution', exact: true })
    .fill(`Old fix question ${id}`);
  await expect(second.getByText('75%')).toBeVisible(); // weights 1 and 3, normalised live
  await expect(saveState(page)).toHaveText('All changes saved');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'rubric-editor-1366x768');

  await page.getByRole('button', { name: 'Publish version 1' }).click();
  const publish = page.getByRole('dialog', { name: 'Publish version 1?' });
  await expect(
    publish.getByText('First version: 2 categories added, 3 questions added'),
  ).toBeVisible();
  await publish.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published · current')).toBeVisible();

  // Put it in a new job's plan, with the admin as default interviewer.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Jobs' })
    .click();
  await page.getByRole('link', { name: 'New job' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(`Chat agent ${id}`);
  await page.getByRole('textbox', { name: 'Client program' }).fill('Acme Chat');
  await page.getByRole('textbox', { name: 'Site' }).fill('Cebu');
  await page.getByRole('button', { name: 'Add round' }).click();
  const round = page.getByTestId('plan-round').first();
  await round.getByRole('textbox', { name: 'Round', exact: true }).fill('Chat screen');
  await choose(page, 'Rubric', `Chat support ${id}`, round);
  await choose(page, 'Default interviewers', 'Alex Admin', round);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect(page.getByRole('heading', { name: `Chat agent ${id}` })).toBeVisible();
  const jobId = page.url().split('/').pop() ?? '';

  // A candidate of the job, then a round scheduled from the plan.
  const candidateName = `Casey Chat ${id}`;
  const created = await (
    await api(page)
  ).post('/api/v1/candidates', {
    name: candidateName,
    email: `casey.${id}@example.com`,
    jobId,
  });
  expect(created.status()).toBe(201);
  await page.reload();
  await page.getByRole('combobox', { name: 'Candidate' }).fill('Casey');
  await page.getByRole('option', { name: new RegExp(candidateName) }).click();
  // Three hours from now, on the hour: starting it below is starting early, which asks first.
  const later = new Date(Date.now() + 3 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await page
    .getByLabel(/^When \(/)
    .fill(
      `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:00`,
    );
  // No interviewer is picked here: the plan's default (the admin) is on the panel already,
  // which the interview opened below proves.
  await page.getByRole('button', { name: 'Schedule round' }).click();
  await expect(page.getByText(`Scheduled Chat screen for ${candidateName}`)).toBeVisible();
  await shoot(page, 'job-plan-1366x768');

  // Version 2 rewords a question and is published.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Rubrics' })
    .click();
  await page.getByRole('link', { name: `Chat support ${id}` }).click();
  await page.getByRole('button', { name: 'New version' }).click();
  await expect(page.getByRole('heading', { name: `Chat support ${id}, version 2` })).toBeVisible();
  await page
    .getByTestId('category')
    .nth(0)
    .getByRole('textbox', { name: 'Question 1 of Greeting', exact: true })
    .fill(`New opening question ${id}`);
  // Copy a question of another rubric from the question bank, then move it to the top.
  const resolution = page.getByTestId('category').nth(1);
  await resolution
    .getByRole('button', { name: 'Copy from question bank into Resolution…' })
    .click();
  const bank = page.getByRole('dialog', { name: 'Question bank' });
  await bank.getByLabel('Search questions of every rubric').fill('difficult customers');
  await bank.getByRole('button', { name: 'Copy “How do you handle difficult customers?”' }).click();
  await expect(bank).toBeHidden();
  await expect(
    resolution.getByRole('textbox', { name: 'Question 2 of Resolution', exact: true }),
  ).toHaveValue('How do you handle difficult customers?');
  await resolution.getByRole('button', { name: 'Move question 2 of Resolution up' }).click();
  await expect(
    resolution.getByRole('textbox', { name: 'Question 1 of Resolution', exact: true }),
  ).toHaveValue('How do you handle difficult customers?');
  await expect(saveState(page)).toHaveText('All changes saved');

  // Preview: the draft as interviewers see it, with the copied question's anchors.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview: what interviewers see' });
  await expect(preview.getByRole('heading', { name: `New opening question ${id}` })).toBeVisible();
  await preview.getByRole('button', { name: 'Resolution' }).click();
  await expect(
    preview.getByRole('heading', { name: 'How do you handle difficult customers?' }),
  ).toBeVisible();
  await expect(
    preview.getByRole('radiogroup', { name: 'Rating for question 3' }).getByRole('radio'),
  ).toHaveCount(5);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Publish version 2' }).click();
  const publish2 = page.getByRole('dialog', { name: 'Publish version 2?' });
  await expect(
    publish2.getByText('Changes since version 1: 1 question added, 1 question changed'),
  ).toBeVisible();
  await expect(publish2.getByText(`Old opening question ${id}`)).toBeVisible();
  await page.waitForTimeout(300); // let the dialog finish fading in for the screenshot
  await shoot(page, 'rubric-publish-diff-1366x768');
  await publish2.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published · current')).toBeVisible();

  // The round scheduled before still asks version 1's questions.
  await page.goto('/interviews');
  // Scheduled three hours ahead: starting it now asks first ("scheduled for …: start now?").
  await page
    .getByRole('button', { name: `Start interview: ${candidateName}, Chat screen` })
    .click();
  await page
    .getByRole('dialog', { name: 'Start this interview now?' })
    .getByRole('button', { name: 'Start now' })
    .click();
  await expect(page.getByRole('heading', { name: `Old opening question ${id}` })).toBeVisible();
  await expect(page.getByText(`Chat support ${id}, version 1`)).toBeVisible();
});
