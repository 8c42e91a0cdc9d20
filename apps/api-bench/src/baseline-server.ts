import 'reflect-metadata';

import { timingSafeEqual } from 'node:crypto';

import { IdempotencyRepository } from '@calibrate/api/common/idempotency/idempotency.repository';
import { IdempotencyService } from '@calibrate/api/common/idempotency/idempotency.service';
import { Sql } from '@calibrate/api/database/sql';
import { SESSION_COOKIE } from '@calibrate/api/modules/auth/session-cookies';
import { hashSessionId, SessionsRepository } from '@calibrate/api/modules/auth/sessions.repository';
import { ScorecardsRepository } from '@calibrate/api/modules/scorecards/scorecards.repository';
import { CSRF_HEADER } from '@calibrate/contracts';
import fastifyCookie from '@fastify/cookie';
import Fastify, { FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * The benchmark's baseline: "save one answer" as a bare Fastify + pg handler, with no NestJS,
 * TypeORM, validation pipes, guards or exception filters. It sends the very same SQL as the API
 * (it calls the same repository methods on a plain pg pool): the session lookup, then the
 * one-statement save (ownership, idempotency key, scorecard lock, versioned upsert, audit row).
 * The ratio of the API's throughput to this one is what the framework costs.
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
            scope: 'PUT /scorecards/:scorecardId/scores/:questionId',
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
