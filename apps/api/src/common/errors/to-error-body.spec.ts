import { NotFoundException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
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
});
