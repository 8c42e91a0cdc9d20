import { NotFoundException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import { z } from 'zod';

import { AppException } from './app-exception';
import { toErrorBody } from './to-error-body';

describe('toErrorBody', () => {
  it('keeps the code, message and details of a domain error', () => {
    const result = toErrorBody(
      new AppException('CANDIDATE_EMAIL_TAKEN', { email: 'a@b.co' }),
      'req-1',
    );
    expect(result).toEqual({
      body: {
        statusCode: 409,
        code: 'CANDIDATE_EMAIL_TAKEN',
        message: 'A candidate with this email already exists.',
        details: { email: 'a@b.co' },
        requestId: 'req-1',
      },
      unexpected: false,
    });
  });

  it('turns zod failures into VALIDATION_FAILED with one issue per field', () => {
    const parsed = z.object({ name: z.string().min(1) }).safeParse({ name: '' });
    if (parsed.success) throw new Error('expected a failure');
    const { body } = toErrorBody(new ZodValidationException(parsed.error), 'req-2');
    expect(body.statusCode).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details).toEqual([
      { path: ['name'], code: 'too_small', message: expect.any(String) as string },
    ]);
  });

  it('maps Fastify parse errors and Nest HTTP errors to their codes', () => {
    expect(toErrorBody({ code: 'FST_ERR_CTP_INVALID_JSON_BODY' }, 'r').body.code).toBe(
      'MALFORMED_REQUEST',
    );
    expect(toErrorBody({ code: 'FST_ERR_CTP_BODY_TOO_LARGE' }, 'r').body.statusCode).toBe(413);
    expect(toErrorBody(new NotFoundException(), 'r').body.code).toBe('NOT_FOUND');
  });

  it('hides anything unknown behind a generic 500 and flags it for logging', () => {
    const result = toErrorBody(new Error('connection string has password=hunter2'), 'req-3');
    expect(result.unexpected).toBe(true);
    expect(result.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side.',
      requestId: 'req-3',
    });
  });
  it('answers a database outage with 503 DATABASE_UNAVAILABLE, not as a bug', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shuttingDown = Object.assign(new Error('terminating connection'), { code: '57P01' });
    const startingUp = new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('starting'), {
        code: '57P03',
      }),
    );
    for (const outage of [
      refused,
      shuttingDown,
      startingUp,
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Query read timeout'),
    ]) {
      expect(toErrorBody(outage, 'r')).toMatchObject({
        body: { statusCode: 503, code: 'DATABASE_UNAVAILABLE' },
        unexpected: false,
      });
    }
    // A query the database refused for what it says is a bug, still a 500 with its stack logged.
    const syntax = new QueryFailedError(
      'SELEC 1',
      [],
      Object.assign(new Error('syntax'), {
        code: '42601',
      }),
    );
    expect(toErrorBody(syntax, 'r')).toMatchObject({
      body: { statusCode: 500, code: 'INTERNAL_ERROR' },
      unexpected: true,
    });
  });
});
