import { ApiErrorBody, errorCatalog, ErrorCode, ValidationIssue } from '@calibrate/contracts';
import { HttpException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';

import { isDatabaseUnavailable } from '../../database/postgres-errors';
import { AppException } from './app-exception';

export interface ErrorResponse {
  body: ApiErrorBody;
  /** True when the error is ours (a bug), so it must be logged with its stack. */
  unexpected: boolean;
}

/** Fastify's own errors (body parsing, content type, size) by their code. */
const fastifyErrorCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Nest's built-in HTTP exceptions by status, for the few that reach us (unknown route, etc.). */
const httpStatusCodes: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Maps anything thrown while handling a request to the one error body of the API. */
export function toErrorBody(exception: unknown, requestId: string): ErrorResponse {
  const known = (code: ErrorCode, details?: unknown, message?: string): ErrorResponse => ({
    body: {
      statusCode: errorCatalog[code].status,
      code,
      message: message ?? errorCatalog[code].message,
      ...(details === undefined ? {} : { details }),
      requestId,
    },
    unexpected: errorCatalog[code].status >= 500,
  });

  if (exception instanceof AppException) {
    return known(exception.code, exception.details, exception.message);
  }
  if (exception instanceof ZodValidationException) {
    return known('VALIDATION_FAILED', toIssues(exception.getZodError() as ZodError));
  }
  if (exception instanceof HttpException) {
    const code = httpStatusCodes[exception.getStatus()];
    if (code) return known(code);
  }
  const fastifyCode = (exception as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && fastifyErrorCodes[fastifyCode]) {
    return known(fastifyErrorCodes[fastifyCode]);
  }
  // An outage, not a bug: a 503 the client retries, logged without a stack per request.
  if (isDatabaseUnavailable(exception))
    return { ...known('DATABASE_UNAVAILABLE'), unexpected: false };
  return { ...known('INTERNAL_ERROR'), unexpected: true };
}

export function toIssues(error: ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    message: issue.message,
    code: issue.code,
  }));
}
