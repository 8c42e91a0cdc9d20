import AxeBuilder from '@axe-core/playwright';
import { Candidate, CandidatePage, Job, Rubric, RubricVersion } from '@calibrate/contracts';
import { expect as baseExpect, Page, test } from '@playwright/test';

import { api, signIn } from './session';

/**
 * Knock-out rules as an admin sets them and a recruiter reads them: a job's minimum facts with
 * their live count, the pipeline's filter and badge, the profile's alert; a rubric question's
 * minimum rating with its what-if. Each test makes its own job or rubric, so the demo's stay as
 * other specs expect them and a second run on the same database passes too.
 */

// A screen's first content can take more than 5 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PHONE = { width: 390, height: 844 };

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Serious and critical axe violations (WCAG 2.1 A and AA) on the page as it is now. */
async function seriousViolations(page: Page) {
  // Legacy mode: axe in the page itself, without the blank page it opens to combine frames'
  // results (these pages have no frames); seconds less on a 2-core runner.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    .setLegacyMode()
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

/** What sticks out past the right edge when the page scrolls sideways (a phone layout must not). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if ((document.scrollingElement?.scrollWidth ?? 0) <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${String(e.className).slice(0, 60)}`);
  });

/** The focusable "Knocked out" badge in a scope (its reasons are its accessible description). */
const badgeIn = (scope: ReturnType<Page['locator']>) =>
  scope.locator('[tabindex="0"][aria-describedby]', { hasText: 'Knocked out' });

test('an admin sets a job’s minimum facts, sees the live count, and the pipeline flags who misses them', async ({
  page,
}) => {
  const id = unique();
  await signIn(page, 'admin@example.com');
  const client = await api(page);
  const job = (await (
    await client.post('/api/v1/jobs', {
      title: `Knock-out agent ${id}`,
      clientProgram: 'Acme Telco',
      site: 'Manila',
      language: 'English',
      shift: 'night',
      headcount: 5,
    })
  ).json()) as Job;
  const names = {
    meets: `Mae Meets ${id}`,
    level: `Lou Level ${id}`,
    typing: `Ty Typing ${id}`,
  };
  const facts = {
    meets: { languages: [{ language: 'English', level: 'B2' }], typingWpm: 40 },
    level: { languages: [{ language: 'English', level: 'B1' }], typingWpm: 50 },
    typing: { languages: [{ language: 'English', level: 'C1' }] },
  };
  const created: Record<string, Candidate> = {};
  for (const key of ['meets', 'level', 'typing'] as const) {
    const response = await client.post('/api/v1/candidates', {
      name: names[key],
      email: `ko.${key}.${id}@example.com`,
      jobId: job.id,
      ...facts[key],
    });
    expect(response.status()).toBe(201);
    created[key] = (await response.json()) as Candidate;
  }

  // The job's Edit tab: the rules, with the count of this job's candidates as they are typed.
  await page.goto(`/jobs/${job.id}`);
  await page.getByRole('tab', { name: 'Edit job' }).click();
  const rules = page.getByRole('region', { name: 'Minimum requirements (knock-out)' });
  await expect(rules.getByText('No minimum set: nobody is knocked out.')).toBeVisible();
  await rules.getByRole('combobox', { name: 'Minimum level in English' }).click();
  await page.getByRole('option', { name: 'B2 or better' }).click();
  await expect(rules.getByText('Would knock out 1 of 3 candidates of this job.')).toBeVisible();
  await rules.getByRole('textbox', { name: 'Minimum typing speed (WPM)' }).fill('35');
  await expect(
    rules.getByText('Would knock out 2 of 3 candidates of this job: 1 language, 1 typing.'),
  ).toBeVisible();
  expect(await seriousViolations(page), 'axe on the job form').toEqual([]);
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
  const saved = (await (await client.get(`/api/v1/jobs/${job.id}`)).json()) as Job;
  expect(saved.knockOutRules).toEqual({
    minLanguageLevel: 'B2',
    requireShift: false,
    minTypingWpm: 35,
  });

  // The pipeline, only the knocked out: the two who miss a rule, each with the reason.
  await page.goto(`/candidates?jobId=${job.id}`);
  const table = page.getByRole('table', { name: 'Candidates' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Knocked out' }).click();
  await page.getByRole('option', { name: 'Only knocked out' }).click();
  await expect(page).toHaveURL(/knockOut=only/);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: names.level })).toHaveCount(1);
  await expect(rows.filter({ hasText: names.typing })).toHaveCount(1);
  // The keyboard reaches the badge after the name: the reason shows and is its description.
  const levelBadge = badgeIn(rows.filter({ hasText: names.level }));
  await rows.filter({ hasText: names.level }).getByRole('link', { name: names.level }).focus();
  await page.keyboard.press('Tab');
  await expect(levelBadge).toBeFocused();
  await expect(levelBadge).toHaveAccessibleDescription('English B1, needs B2');
  await expect(page.getByRole('tooltip')).toHaveText('English B1, needs B2');
  await expect(badgeIn(rows.filter({ hasText: names.typing }))).toHaveAccessibleDescription(
    'Typing speed not recorded, needs 35 WPM',
  );
  // Escape dismisses the tooltip and leaves the focus where it was (WCAG 1.4.13).
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await expect(levelBadge).toBeFocused();
  expect(await seriousViolations(page), 'axe on the filtered pipeline').toEqual([]);

  // A phone: the same list, no sideways scroll, no serious axe finding.
  await page.setViewportSize(PHONE);
  await expect(badgeIn(rows.filter({ hasText: names.level }))).toBeVisible();
  // Polled: the layout settles a moment after the resize (media queries read in script).
  await expect
    .poll(() => sidewaysOverflow(page), { message: 'the pipeline scrolls sideways at 390 px' })
    .toEqual([]);
  expect(await seriousViolations(page), 'axe on the filtered pipeline at 390 px').toEqual([]);
  await page.setViewportSize({ width: 1366, height: 768 });

  // Hiding the knocked out leaves the one who meets every minimum, without a badge.
  await page.getByRole('combobox', { name: 'Knocked out' }).click();
  await page.getByRole('option', { name: 'Hide knocked out' }).click();
  await expect(page).toHaveURL(/knockOut=exclude/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(names.meets);
  await expect(badgeIn(rows.first())).toHaveCount(0);
  const api1 = (await (
    await client.get('/api/v1/candidates', { jobId: job.id, knockOut: 'only' })
  ).json()) as CandidatePage;
  expect(api1.items.map((c) => c.name).sort()).toEqual([names.level, names.typing].sort());

  // The profile: the alert with the reason, above the score.
  await page.goto(`/candidates/${created.typing?.id}`);
  const alert = page.getByRole('alert', { name: 'Knocked out' });
  await expect(alert).toContainText('This candidate misses a minimum requirement');
  await expect(alert.getByRole('listitem')).toHaveText(['Typing speed not recorded, needs 35 WPM']);
});

test('an admin makes a rubric question a knock-out: it autosaves, and the what-if counts it', async ({
  page,
}) => {
  const id = unique();
  await signIn(page, 'admin@example.com');
  const anchors = ['Poor', 'Weak', 'Fair', 'Good', 'Excellent'];
  const rubric = (await (
    await (
      await api(page)
    ).post('/api/v1/rubrics', {
      name: `Knock-out rubric ${id}`,
      content: {
        categories: [
          {
            name: 'Call control',
            weight: 1,
            questions: [
              { text: `Keeps a calm tone with an angry caller ${id}`, anchors },
              { text: `Confirms the fix before closing ${id}`, anchors },
            ],
          },
        ],
      },
    })
  ).json()) as Rubric;
  const draftId = rubric.versions[0]?.id;
  await page.goto(`/rubric-versions/${draftId}`);
  await expect(
    page.getByRole('heading', { name: `Knock-out rubric ${id}, version 1` }),
  ).toBeVisible();
  const whatIf = page.getByRole('region', { name: 'Knock-out rules: what if?' });

  // No rule yet: the publish dialog says how to add one; the editor shows no count.
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  const publish = page.getByRole('dialog', { name: 'Publish version 1?' });
  await expect(publish.getByText('No knock-out questions in this draft.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(publish).toBeHidden();
  await expect(whatIf).toHaveCount(0);

  // Question 1 becomes a knock-out below 3.
  await page.getByRole('button', { name: 'Show details of question 1 of Call control' }).click();
  const rule = page.getByRole('radiogroup', {
    name: 'Knock out below, question 1 of Call control',
  });
  await expect(rule.getByRole('radio', { name: 'No minimum' })).toBeChecked();
  await rule.getByText('3', { exact: true }).click();
  await expect(rule.getByRole('radio', { name: '3' })).toBeChecked();
  await expect(page.locator('[role="status"][data-save-state]')).toHaveText('All changes saved');
  await expect(page.getByText('Knock-out ≥ 3')).toHaveCount(2); // the question's, the what-if's
  await expect(
    whatIf.getByText(
      'No past candidate has a submitted rating of these questions yet: nothing to count.',
    ),
  ).toBeVisible();
  expect(await seriousViolations(page), 'axe on the rubric editor with the what-if').toEqual([]);
  // On a phone the rule's badge sits under the question: beside it, it squeezed the text to a
  // letter a line and the page scrolled sideways.
  await page.setViewportSize(PHONE);
  await expect.poll(() => sidewaysOverflow(page)).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 768 });

  // Saved: a reload keeps the rule, and the API holds it.
  await page.reload();
  await expect(whatIf).toBeVisible();
  await page.getByRole('button', { name: 'Show details of question 1 of Call control' }).click();
  await expect(
    page
      .getByRole('radiogroup', { name: 'Knock out below, question 1 of Call control' })
      .getByRole('radio', { name: '3' }),
  ).toBeChecked();
  const stored = (await (
    await (await api(page)).get(`/api/v1/rubric-versions/${draftId}`)
  ).json()) as RubricVersion;
  expect(stored.categories[0]?.questions.map((q) => q.knockOutMinRating)).toEqual([3, null]);
});
