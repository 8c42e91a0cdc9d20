import 'reflect-metadata';

import { timingSafeEqual } from 'node:crypto';

import { IdempotencyRepository } from '@calibrate/api/common/idempotency/idempotency.repository';
import {
  IdempotencyService,
  storedScope,
} from '@calibrate/api/common/idempotency/idempotency.service';
import { type AppConfig, parseEnv } from '@calibrate/api/config/env';
import { Sql } from '@calibrate/api/database/sql';
import { AccessRepository } from '@calibrate/api/modules/access/access.repository';
import { AccessService } from '@calibrate/api/modules/access/access.service';
import { SESSION_COOKIE } from '@calibrate/api/modules/auth/session-cookies';
import { hashSessionId, SessionsRepository } from '@calibrate/api/modules/auth/sessions.repository';
import { CalibrationRepository } from '@calibrate/api/modules/calibration/calibration.repository';
import { CalibrationService } from '@calibrate/api/modules/calibration/calibration.service';
import { CorrectedScoresRepository } from '@calibrate/api/modules/calibration/corrected-scores.repository';
import { toCandidate } from '@calibrate/api/modules/candidates/candidates.mapper';
import { CandidatesRepository } from '@calibrate/api/modules/candidates/candidates.repository';
import { ComparisonRepository } from '@calibrate/api/modules/comparison/comparison.repository';
import { ComparisonService } from '@calibrate/api/modules/comparison/comparison.service';
import { JobSummary } from '@calibrate/api/modules/comparison/score-roll-ups';
import { LiveEventsPublisher } from '@calibrate/api/modules/live/live-events.publisher';
import { LiveEventsRepository } from '@calibrate/api/modules/live/live-events.repository';
import { QuestionAnalysisRepository } from '@calibrate/api/modules/question-analysis/question-analysis.repository';
import { QuestionAnalysisService } from '@calibrate/api/modules/question-analysis/question-analysis.service';
import { ScorecardsRepository } from '@calibrate/api/modules/scorecards/scorecards.repository';
import { ScoringRepository } from '@calibrate/api/modules/scorecards/scoring.repository';
import { ValidityRepository } from '@calibrate/api/modules/validity/validity.repository';
import { ValidityService } from '@calibrate/api/modules/validity/validity.service';
import { WebhookEventsPublisher } from '@calibrate/api/modules/webhooks/webhook-events.publisher';
import {
  calibrationFiltersSchema,
  can,
  candidateSorts,
  CandidateStage,
  CSRF_HEADER,
  DEFAULT_PAGE_SIZE,
  questionAnalysisParamsSchema,
  questionAnalysisQuerySchema,
  validityFiltersSchema,
} from '@calibrate/contracts';
import fastifyCookie from '@fastify/cookie';
import Fastify, { FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * The benchmark's baseline: each benchmarked route as a bare Fastify + pg handler, with no NestJS,
 * TypeORM, validation pipes, guards, exception filters or response schemas. It sends the very same
 * SQL as the API (it calls the same repository and service code on a plain pg pool) and answers
 * the same JSON (the bench checks that before it measures): for a save, the session lookup, then
 * the one-statement save (ownership, idempotency key, scorecard lock, versioned upsert, audit row)
 * and its share of the live panel progress (one statement a second for the scorecards saved in
 * it, as the API's `LiveEventsPublisher` sends it); for the reads, the session lookup, then the
 * pipeline page, the summary, the comparison with its access check, the calibration report, a
 * rubric's question analysis or the validity report.
 * The API's figures against these, measured in the same run, are what the framework costs,
 * whatever the machine's speed that day.
 */
const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 3100);
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const idleMinutes = 12 * 60;
if (!url) throw new Error('DATABASE_URL is required');

const pool = new Pool({ connectionString: url, max: poolSize });
const poolSql: Sql = {
  query: (async (sql: string, params?: unknown[]) =>
    (await pool.query(sql, params)).rows) as Sql['query'],
};
// The repositories use `query`, `manager.query` and, for named statements, `driver.master`.
const dataSource = {
  query: poolSql.query,
  manager: poolSql,
  driver: { master: pool },
} as unknown as DataSource;
const sessions = new SessionsRepository(dataSource);
const scorecards = new ScorecardsRepository(dataSource);
const idempotency = new IdempotencyService(new IdempotencyRepository());
const candidates = new CandidatesRepository(dataSource);
const access = new AccessService(new AccessRepository(dataSource));
const comparisons = new ComparisonService(
  dataSource,
  new ComparisonRepository(dataSource),
  new ScoringRepository(dataSource),
  access,
);
// A save's panel progress event: once a second, one statement for the scorecards saved in it.
const live = new LiveEventsPublisher(dataSource, new LiveEventsRepository(dataSource));
// The report reads no configuration and publishes no webhook event (only fits do); the
// baseline never starts a fit.
const calibration = new CalibrationService(
  new CalibrationRepository(dataSource),
  new CorrectedScoresRepository(dataSource),
  {} as AppConfig,
  null as unknown as WebhookEventsPublisher,
);

// The question analysis reads one setting, its exposure threshold: from the same environment as
// the API (the bench starts both with its own), through the API's parser and default.
const questionAnalysis = new QuestionAnalysisService(
  new QuestionAnalysisRepository(dataSource),
  parseEnv({ QUESTION_EXPOSURE_WARN_PER_WEEK: process.env.QUESTION_EXPOSURE_WARN_PER_WEEK }),
);
const validity = new ValidityService(new ValidityRepository(dataSource), access);

/** The session lookup, as the API's guard does it. */
function signedInUser(request: FastifyRequest) {
  const sessionId = request.cookies[SESSION_COOKIE];
  return sessionId ? sessions.findUser(hashSessionId(sessionId), idleMinutes) : undefined;
}

const app = Fastify({ logger: false });
void app.register(fastifyCookie);

app.put<{
  Params: { scorecardId: string; questionId: string };
  Body: { rating: number | null; notAsked?: boolean; note?: string };
}>('/api/v1/scorecards/:scorecardId/scores/:questionId', async (request, reply) => {
  const user = await signedInUser(request);
  if (!user) return reply.code(401).send({ error: 'unauthenticated' });
  const csrf = request.headers[CSRF_HEADER];
  if (
    typeof csrf !== 'string' ||
    csrf.length !== user.csrfToken.length ||
    !timingSafeEqual(Buffer.from(csrf), Buffer.from(user.csrfToken))
  ) {
    return reply.code(403).send({ error: 'csrf' });
  }
  const { scorecardId, questionId } = request.params;
  const expected = Number(/\d+/.exec(String(request.headers['if-match']))?.[0] ?? NaN);
  if (!Number.isInteger(expected)) return reply.code(428).send({ error: 'if-match' });
  const answer = {
    rating: request.body.rating,
    notAsked: request.body.notAsked ?? false,
    note: request.body.note ?? '',
  };
  const key = request.headers['idempotency-key'];
  const saved = await scorecards.saveAnswerInOneStatement(pool, {
    scorecardId,
    questionId,
    interviewerId: user.id,
    answer,
    expected,
    idempotency:
      typeof key === 'string'
        ? {
            // Keys belong to their user, as the API stores them.
            scope: storedScope({
              scope: 'PUT /scorecards/:scorecardId/scores/:questionId',
              userId: user.id,
            }),
            key,
            requestHash: idempotency.requestHash({
              params: request.params,
              body: answer,
              expected,
            }),
          }
        : null,
  });
  // The API falls back to its step-by-step path here; the baseline only serves the common case.
  if (!saved) return reply.code(409).send({ error: 'not saved' });
  live.answerSaved(scorecardId);
  return reply.header('etag', `"${saved.version}"`).send(saved);
});

/**
 * The floor of this machine, for reference only: a session lookup and a plain one-row upsert,
 * with no ownership check, idempotency key, lock or audit row. Not what the API does.
 */
app.put<{
  Params: { scorecardId: string; questionId: string };
  Body: { rating: number | null; notAsked?: boolean; note?: string };
}>('/reference/scorecards/:scorecardId/scores/:questionId', async (request, reply) => {
  const user = await signedInUser(request);
  if (!user) return reply.code(401).send({ error: 'unauthenticated' });
  const { rows } = await pool.query<{ version: number }>(
    `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (scorecard_id, question_id) DO UPDATE
        SET rating = excluded.rating, not_asked = excluded.not_asked, note = excluded.note,
            version = scorecard_answers.version + 1, updated_at = now()
     RETURNING version`,
    [
      request.params.scorecardId,
      request.params.questionId,
      request.body.rating,
      request.body.notAsked ?? false,
      request.body.note ?? '',
    ],
  );
  return reply.send({ version: rows[0]?.version });
});

/**
 * The pipeline: a page of candidates, as the API's list sends it (`CandidatesService.list`). The
 * query string is read as is: the bench sends only valid ones.
 */
app.get<{
  Querystring: {
    q?: string;
    jobId?: string;
    stage?: CandidateStage;
    limit?: string;
    cursor?: string;
    sort?: (typeof candidateSorts)[number];
  };
}>('/api/v1/candidates', async (request, reply) => {
  const user = await signedInUser(request);
  if (!user) return reply.code(401).send({ error: 'unauthenticated' });
  const { q, jobId, stage, limit, cursor, sort } = request.query;
  const page = await candidates.findPage(
    {
      q: q?.trim() || undefined,
      jobId,
      stage,
      limit: limit ? Number(limit) : DEFAULT_PAGE_SIZE,
      cursor,
      sort: sort ?? 'createdAt',
    },
    user,
    'as-viewer-may',
  );
  return reply.send({ items: page.rows.map(toCandidate), nextCursor: page.nextCursor });
});

/** A candidate's summary, with the API controller's access check for those who see only some. */
app.get<{ Params: { candidateId: string } }>(
  '/api/v1/candidates/:candidateId/summary',
  async (request, reply) => {
    const user = await signedInUser(request);
    if (!user) return reply.code(401).send({ error: 'unauthenticated' });
    const { candidateId } = request.params;
    if (!can(user.role, 'everything.see')) await access.candidate(user, candidateId);
    // The service's summary carries the candidate's job too, which the API's response schema strips.
    const summary = await comparisons.candidateSummary(candidateId, user);
    const { jobId: _jobId, ...shown } = summary as JobSummary;
    return reply.send(shown);
  },
);

/** 2–8 candidates of a job side by side, for a caller who manages the job. */
app.get<{ Params: { jobId: string }; Querystring: { candidateIds?: string } }>(
  '/api/v1/jobs/:jobId/comparison',
  async (request, reply) => {
    const user = await signedInUser(request);
    if (!user) return reply.code(401).send({ error: 'unauthenticated' });
    if (!can(user.role, 'candidates.compare')) return reply.code(403).send({ error: 'forbidden' });
    const { jobId } = request.params;
    const job = await access.managedJob(user, jobId);
    const ids = (request.query.candidateIds ?? '').split(',');
    return reply.send(await comparisons.comparison({ id: jobId, ...job }, ids, user));
  },
);

/**
 * The calibration report as the viewer may see it. Its filters go through the contract's schema,
 * as in the API: the months bound the trend and the service reads them parsed.
 */
app.get<{ Querystring: Record<string, string> }>('/api/v1/calibration', async (request, reply) => {
  const user = await signedInUser(request);
  if (!user) return reply.code(401).send({ error: 'unauthenticated' });
  if (!can(user.role, 'calibration.view')) return reply.code(403).send({ error: 'forbidden' });
  const filters = calibrationFiltersSchema.parse(request.query);
  return reply.send(await calibration.report(user, filters));
});

/** A rubric's question analysis (admins), for the whole rubric or a job's or a site's rounds. */
app.get<{ Params: Record<string, string>; Querystring: Record<string, string> }>(
  '/api/v1/rubrics/:rubricId/question-analysis',
  async (request, reply) => {
    const user = await signedInUser(request);
    if (!user) return reply.code(401).send({ error: 'unauthenticated' });
    if (!can(user.role, 'rubrics.edit')) return reply.code(403).send({ error: 'forbidden' });
    const { rubricId } = questionAnalysisParamsSchema.parse(request.params);
    const query = questionAnalysisQuerySchema.parse(request.query);
    return reply.send(await questionAnalysis.analyse(rubricId, query));
  },
);

/**
 * The validity report as the viewer may see it (hiring managers: their jobs, and the service's
 * access check on a job they name).
 */
app.get<{ Querystring: Record<string, string> }>('/api/v1/validity', async (request, reply) => {
  const user = await signedInUser(request);
  if (!user) return reply.code(401).send({ error: 'unauthenticated' });
  if (!can(user.role, 'validity.view')) return reply.code(403).send({ error: 'forbidden' });
  const filters = validityFiltersSchema.parse(request.query);
  return reply.send(await validity.report(user, filters));
});

app.get('/ready', async () => ({ status: 'ok' }));

app.listen({ port, host: '127.0.0.1' }).then(
  () => process.stdout.write(`baseline listening on ${port}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end().then(() => process.exit(0)));
});
