import {
  Candidate,
  InterviewRound,
  Job,
  Rubric,
  RubricContentInput,
  RubricVersion,
  Scorecard,
} from '@calibrate/contracts';

import { draftIfMatch, insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { Client, TestApp } from './test-app';

export interface ScoringWorld {
  rubric: Rubric;
  version: RubricVersion;
  /** Question ids of the published version: q1, q2 (Empathy, weight 2), q3 (Problem solving, weight 1). */
  q: { q1: string; q2: string; q3: string };
  job: Job;
  candidate: Candidate;
  interviewers: [string, string];
}

/** A published two-category rubric, a job whose plan has a "Mock call" round, a candidate, two interviewers. */
export async function buildScoringWorld(
  t: TestApp,
  content: RubricContentInput = twoCategoryRubric(),
): Promise<ScoringWorld> {
  const rubric = (await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content }))
    .body as Rubric;
  const versionId = rubric.versions[0]?.id ?? '';
  const version = (await t.http.post(`/api/v1/rubric-versions/${versionId}/publish`))
    .body as RubricVersion;
  const [empathy, solving] = version.categories;
  const q = {
    q1: empathy?.questions[0]?.id ?? '',
    q2: empathy?.questions[1]?.id ?? '',
    q3: solving?.questions[0]?.id ?? '',
  };
  const job = (
    await t.http
      .post('/api/v1/jobs')
      .send({ ...jobFields, interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }] })
  ).body as Job;
  const candidate = (
    await t.http
      .post('/api/v1/candidates')
      .send({ name: 'Ana Cruz', email: `ana.${Date.now()}@example.com` })
  ).body as Candidate;
  const interviewers: [string, string] = [
    await insertUser(t.dataSource, 'interviewer', 'Ivy Interviewer'),
    await insertUser(t.dataSource, 'hiring_manager', 'Hugo Manager'),
  ];
  return { rubric, version, q, job, candidate, interviewers };
}

export async function scheduleRound(
  t: TestApp,
  world: ScoringWorld,
  overrides: Record<string, unknown> = {},
): Promise<InterviewRound> {
  const response = await t.http.post('/api/v1/interview-rounds').send({
    candidateId: world.candidate.id,
    jobId: world.job.id,
    name: 'Mock call',
    scheduledAt: '2026-12-01T09:00:00.000Z',
    interviewerIds: world.interviewers,
    ...overrides,
  });
  if (response.status !== 201)
    throw new Error(`schedule failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as InterviewRound;
}

/** A client signed in as the interviewer a scorecard belongs to: only they may write it. */
export async function asOwner(t: TestApp, scorecardId: string): Promise<Client> {
  const [row] = (await t.dataSource.query(`SELECT interviewer_id FROM scorecards WHERE id = $1`, [
    scorecardId,
  ])) as {
    interviewer_id: string;
  }[];
  return t.signInAs(row?.interviewer_id ?? '');
}

async function ownerAndScorecard(t: TestApp, scorecardId: string): Promise<[Client, Scorecard]> {
  const owner = await asOwner(t, scorecardId);
  return [owner, (await owner.get(`/api/v1/scorecards/${scorecardId}`)).body as Scorecard];
}

/** Saves an answer, as the scorecard's owner, at the version the scorecard has for it now. */
export async function answer(
  t: TestApp,
  scorecardId: string,
  questionId: string,
  body: { rating: number | null; notAsked?: boolean; note?: string },
) {
  const [owner, scorecard] = await ownerAndScorecard(t, scorecardId);
  const version = scorecard.answers.find((a) => a.questionId === questionId)?.version ?? 0;
  return owner
    .put(`/api/v1/scorecards/${scorecardId}/scores/${questionId}`)
    .set('if-match', `"${version}"`)
    .send(body);
}

export async function setRecommendation(t: TestApp, scorecardId: string, recommendation: string) {
  const [owner, scorecard] = await ownerAndScorecard(t, scorecardId);
  const response = await owner
    .patch(`/api/v1/scorecards/${scorecardId}`)
    .set('if-match', `"${scorecard.version}"`)
    .send({ recommendation });
  if (response.status !== 200)
    throw new Error(`recommendation: ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

export async function submit(t: TestApp, scorecardId: string) {
  const [owner, scorecard] = await ownerAndScorecard(t, scorecardId);
  return owner
    .post(`/api/v1/scorecards/${scorecardId}/submit`)
    .set('if-match', `"${scorecard.version}"`);
}

/** The two-category rubric with "How do you calm an upset caller?" as a knock-out at `min`. */
export function rubricWithKnockOut(min: number): RubricContentInput {
  const content = twoCategoryRubric();
  const first = content.categories[0]?.questions[0];
  if (first) first.knockOutMinRating = min;
  return content;
}

/** Saves `rubricWithKnockOut(min)` into a draft version, on the draft's own category and question ids. */
export async function saveDraftKnockOut(t: TestApp, draft: RubricVersion, min: number) {
  const content = rubricWithKnockOut(min);
  content.categories.forEach((category, c) => {
    category.id = draft.categories[c]?.id;
    category.questions.forEach((question, q) => {
      question.id = draft.categories[c]?.questions[q]?.id;
    });
  });
  const response = await t.http
    .put(`/api/v1/rubric-versions/${draft.id}`)
    .set('if-match', await draftIfMatch(t.dataSource, draft.id))
    .send(content);
  if (response.status !== 200)
    throw new Error(`draft save: ${response.status} ${JSON.stringify(response.body)}`);
}
