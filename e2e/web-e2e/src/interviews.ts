import { Browser, expect, Page } from '@playwright/test';

import { api, signIn } from './session';

export interface ScheduledInterview {
  candidateName: string;
  roundId: string;
  /** The scorecard of each interviewer, by email. */
  scorecards: Record<string, string>;
  questionIds: string[];
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * As the demo admin, in a context of its own: a new candidate of a demo job with a "Manager
 * interview" (the 38-question call-center rubric) that started ten minutes ago.
 */
export async function scheduleInterview(
  browser: Browser,
  interviewers: string[] = ['interviewer@example.com'],
): Promise<ScheduledInterview> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'admin@example.com');
  const admin = await api(page);
  const users = (await (await admin.get('/api/v1/users')).json()) as {
    items: { id: string; email: string }[];
  };
  const jobs = (await (await admin.get('/api/v1/jobs')).json()) as {
    items: { id: string; interviewPlan: { name: string }[] }[];
  };
  const job = jobs.items.find((j) => j.interviewPlan.some((r) => r.name === 'Manager interview'));
  const candidateName = `Test Candidate ${unique()}`;
  const candidate = await admin.post('/api/v1/candidates', {
    name: candidateName,
    email: `${unique()}@example.com`,
    jobId: job?.id,
    languages: [{ language: 'English', level: 'C1' }],
    typingWpm: 48,
  });
  expect(candidate.status()).toBe(201);
  const round = await admin.post('/api/v1/interview-rounds', {
    candidateId: ((await candidate.json()) as { id: string }).id,
    jobId: job?.id,
    name: 'Manager interview',
    scheduledAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    interviewerIds: interviewers.map((email) => users.items.find((u) => u.email === email)?.id),
  });
  expect(round.status()).toBe(201);
  const body = (await round.json()) as {
    id: string;
    rubricVersionId: string;
    scorecards: { id: string; interviewerId: string }[];
  };
  const version = (await (
    await admin.get(`/api/v1/rubric-versions/${body.rubricVersionId}`)
  ).json()) as {
    categories: { questions: { id: string }[] }[];
  };
  await context.close();
  const emailOf = (id: string) => users.items.find((u) => u.id === id)?.email ?? id;
  return {
    candidateName,
    roundId: body.id,
    scorecards: Object.fromEntries(body.scorecards.map((s) => [emailOf(s.interviewerId), s.id])),
    questionIds: version.categories.flatMap((c) => c.questions.map((q) => q.id)),
  };
}

export interface StoredScorecard {
  status: string;
  recommendation: string | null;
  summary: string;
  answers: {
    questionId: string;
    rating: number | null;
    notAsked: boolean;
    note: string;
    version: number;
  }[];
}

/** The scorecard as the API holds it, read by the signed-in interviewer. */
export async function storedScorecard(page: Page, scorecardId: string): Promise<StoredScorecard> {
  const response = await page.request.get(`/api/v1/scorecards/${scorecardId}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as StoredScorecard;
}

/** The interview mode's save status, in words. */
export const saveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /saved|Saving|Offline|Conflict|Not/ });
