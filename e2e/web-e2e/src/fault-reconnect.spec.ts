import { expect, test } from '@playwright/test';

import { saveStatus, scheduleInterview, storedScorecard } from './interviews';
import { signIn } from './session';

const IVY = 'interviewer@example.com';

// The save queue backs off 1 s, 2 s, 4 s … between retries: the way back takes a while.
test.describe.configure({ timeout: 120_000 });

const answerPath = /\/api\/v1\/scorecards\/[^/]+\/scores\/([^/]+)$/;

type Phase = 'answers lost' | 'server unreachable';

interface SentSave {
  questionId: string;
  key: string | undefined;
  ifMatch: string | undefined;
  phase: Phase;
  /** What the server answered, when the request reached it (the browser never saw it). */
  serverStatus?: number;
}

test('ratings given while the API cannot be reached arrive exactly once when it is back', async ({
  page,
  browser,
}) => {
  const interview = await scheduleInterview(browser);
  const scorecardId = interview.scorecards[IVY] ?? '';
  await signIn(page, IVY);
  await page.goto(`/interviews/${scorecardId}`);
  await expect(page.getByText('Question 1 of 38')).toBeVisible();

  const sent: SentSave[] = [];
  let phase: Phase = 'answers lost';
  let refusals = 0;
  await page.route('**/api/**', async (route) => {
    const request = route.request();
    const answer = request.method() === 'PUT' ? answerPath.exec(request.url()) : null;
    const save: SentSave | undefined = answer
      ? {
          questionId: answer[1] ?? '',
          key: request.headers()['idempotency-key'],
          ifMatch: request.headers()['if-match'],
          phase,
        }
      : undefined;
    if (save) sent.push(save);
    if (phase === 'answers lost') {
      if (!save) return route.continue();
      // The save reaches the server and is applied; the answer is lost on the way back.
      const response = await route.fetch();
      save.serverStatus = response.status();
      return route.abort('connectionreset');
    }
    // The API is gone: some requests find nothing listening, others a proxy's 503.
    refusals += 1;
    if (refusals % 2) return route.abort('connectionrefused');
    return route.fulfill({
      status: 503,
      json: {
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database cannot be reached.',
        requestId: 'fault-reconnect',
      },
    });
  });

  // Questions 1 and 2: the server applies each save, the browser never learns it.
  const ratings = [3, 2, 4, 3];
  await page.keyboard.press(String(ratings[0]));
  await expect(page.getByText('Question 2 of 38')).toBeVisible();
  await page.keyboard.press(String(ratings[1]));
  await expect(page.getByText('Question 3 of 38')).toBeVisible();
  const appliedQuestions = () =>
    new Set(sent.filter((s) => s.serverStatus === 200).map((s) => s.questionId)).size;
  await expect.poll(appliedQuestions, { timeout: 20_000 }).toBe(2);
  await expect(saveStatus(page)).toHaveText(/Not reaching the server · \d changes? waiting/);

  // Questions 3 and 4 while no request of the app reaches the API.
  phase = 'server unreachable';
  await page.keyboard.press(String(ratings[2]));
  await expect(page.getByText('Question 4 of 38')).toBeVisible();
  await page.keyboard.press(String(ratings[3]));
  await expect(page.getByText('Question 5 of 38')).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Not reaching the server · 4 changes waiting');
  await expect.poll(() => refusals, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);

  // The API is back.
  await page.unroute('**/api/**');
  await expect(saveStatus(page)).toHaveText('All changes saved', { timeout: 60_000 });

  const questions = interview.questionIds.slice(0, 4);
  // Each answer was resent unchanged: one key and the same If-Match for all of its attempts.
  for (const questionId of questions.slice(0, 2)) {
    const attempts = sent.filter((s) => s.questionId === questionId);
    expect(attempts.some((s) => s.serverStatus === 200)).toBe(true);
    expect(new Set(attempts.map((s) => s.key)).size).toBe(1);
    expect(new Set(attempts.map((s) => s.ifMatch))).toEqual(new Set(['"0"']));
  }

  // Exactly once: every answer at version 1, and one "answer saved" audit event per question,
  // however many times its save was sent.
  const stored = await storedScorecard(page, scorecardId);
  expect(stored.answers).toHaveLength(4);
  questions.forEach((questionId, index) => {
    expect(stored.answers.find((a) => a.questionId === questionId)).toMatchObject({
      rating: ratings[index],
      version: 1,
    });
  });
  const audit = await page.request.get('/api/v1/audit-events', {
    params: { entityType: 'scorecard', entityId: scorecardId, limit: '100' },
  });
  expect(audit.status()).toBe(200);
  const events = ((await audit.json()) as { items: { action: string; after: unknown }[] }).items;
  const saved = events
    .filter((e) => e.action === 'scorecard.answer_saved')
    .map((e) => (e.after as { questionId: string }).questionId)
    .sort();
  expect(saved).toEqual([...questions].sort());
});
