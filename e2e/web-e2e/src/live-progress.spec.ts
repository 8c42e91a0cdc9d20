import { Browser, expect, test } from '@playwright/test';

import { scheduleInterview } from './interviews';
import { signIn } from './session';

const IVY = 'interviewer@example.com';
const IAN = 'interviewer2@example.com';

test.describe.configure({ timeout: 180_000 });

/**
 * Ian, in a browser of his own, as his autosave would: answers, then the wrap-up and submit. His
 * browser talks to the second API instance (scripts/with-stack.mjs starts one on the same
 * database): what he does reaches Ivy's page, served by the first, through PostgreSQL.
 */
async function asIan(browser: Browser, scorecardId: string, baseURL: string | undefined) {
  const context = await browser.newContext({
    baseURL: process.env.E2E_SECOND_BASE_URL ?? baseURL,
  });
  const page = await context.newPage();
  await signIn(page, IAN);
  const csrf = (await context.cookies()).find((c) => c.name === 'csrf_token')?.value ?? '';
  const headers = (version: number) => ({ 'x-csrf-token': csrf, 'if-match': `"${version}"` });
  return {
    answer: async (questionIds: string[]) => {
      for (const questionId of questionIds) {
        const saved = await page.request.put(
          `/api/v1/scorecards/${scorecardId}/scores/${questionId}`,
          { headers: headers(0), data: { rating: 4, note: 'Ian heard a clear answer' } },
        );
        expect(saved.status()).toBe(200);
      }
    },
    submit: async () => {
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
    },
    close: () => context.close(),
  };
}

test('a panel member sees the other interviewer’s progress and submission live, never a rating, across API instances', async ({
  page,
  browser,
  baseURL,
}) => {
  const interview = await scheduleInterview(browser, [IVY, IAN]);
  await signIn(page, IVY);
  await page.goto('/interviews');
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });

  const row = page.getByRole('row').filter({ hasText: interview.candidateName });
  const panel = row.getByRole('list', { name: 'Panel progress' });
  await expect(panel).toContainText('Ian Interviewer');
  await expect(panel).toContainText('Not started');

  const ian = await asIan(browser, interview.scorecards[IAN] ?? '', baseURL);
  await ian.answer(interview.questionIds.slice(0, 3));
  await expect(panel).toContainText(`3 of ${interview.questionIds.length} answered`);

  await ian.answer(interview.questionIds.slice(3));
  await ian.submit();
  await expect(panel).toContainText('Submitted');
  // Ivy's own scorecard is still a draft: the row shows how far Ian got, not what he gave.
  await expect(row).not.toContainText(/strong yes|strong_yes|Ian heard/i);
  expect(navigations).toBe(0);
  await ian.close();
});
