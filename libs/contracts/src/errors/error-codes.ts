import { z } from 'zod';

/**
 * Every error the API can return has one of these codes. Clients branch on the code, never on the
 * message. Adding a code without an entry in `errorCatalog` is a type error.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'PASSWORD_SIGN_IN_DISABLED',
  'SSO_NOT_CONFIGURED',
  'REMINDER_TOO_SOON',
  'NOTHING_TO_REMIND',
  'PASSWORD_RESET_LINK_INVALID',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'USER_EMAIL_TAKEN',
  'MALFORMED_REQUEST',
  'URI_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CANDIDATE_EMAIL_TAKEN',
  'CANDIDATE_NOT_HIRED',
  'RUBRIC_VERSION_PUBLISHED',
  'RUBRIC_VERSION_INCOMPLETE',
  'RUBRIC_DRAFT_EXISTS',
  'RUBRIC_NOT_PUBLISHED',
  'ROUND_NOT_ACTIVE',
  'ROUND_STATE_CONFLICT',
  'ROUND_DUPLICATE',
  'SCORECARD_SUBMITTED',
  'SCORECARD_NOT_SUBMITTED',
  'SCORECARD_DECLINED',
  'SCORECARD_INCOMPLETE',
  'SCORECARD_VERSION_CONFLICT',
  'CANDIDATE_VERSION_CONFLICT',
  'RUBRIC_DRAFT_CONFLICT',
  'PRECONDITION_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'WEBHOOK_TARGET_FORBIDDEN',
  'WEBHOOK_ENDPOINT_DISABLED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export interface ErrorCatalogEntry {
  status: number;
  message: string;
}

export const errorCatalog: Record<ErrorCode, ErrorCatalogEntry> = {
  VALIDATION_FAILED: { status: 400, message: 'The request has invalid fields.' },
  UNAUTHENTICATED: { status: 401, message: 'Sign in to continue.' },
  INVALID_CREDENTIALS: { status: 401, message: 'The email or password is wrong.' },
  TOO_MANY_ATTEMPTS: { status: 429, message: 'Too many failed sign-ins. Try again later.' },
  PASSWORD_SIGN_IN_DISABLED: {
    status: 403,
    message:
      'Password sign-in is turned off here: sign in with your organization’s single sign-on.',
  },
  SSO_NOT_CONFIGURED: { status: 404, message: 'Single sign-on is not configured here.' },
  REMINDER_TOO_SOON: {
    status: 429,
    message: 'This was reminded less than an hour ago. Try again later.',
  },
  NOTHING_TO_REMIND: { status: 409, message: 'Nothing is owed here: there is no one to remind.' },
  PASSWORD_RESET_LINK_INVALID: {
    status: 410,
    message: 'This password reset link can no longer be used.',
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    message: 'This request did not come from Calibrate. Reload the page.',
  },
  FORBIDDEN: { status: 403, message: 'You may not do this.' },
  USER_EMAIL_TAKEN: { status: 409, message: 'A user with this email already exists.' },
  MALFORMED_REQUEST: { status: 400, message: 'The request could not be read.' },
  URI_TOO_LONG: { status: 414, message: 'The address is too long.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'The request headers are too large.' },
  REQUEST_TIMEOUT: { status: 408, message: 'The request took too long to arrive.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'The request body must be JSON.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  NOT_FOUND: { status: 404, message: 'Nothing was found at this address.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed here.' },
  CANDIDATE_EMAIL_TAKEN: { status: 409, message: 'A candidate with this email already exists.' },
  CANDIDATE_NOT_HIRED: {
    status: 409,
    message: 'Outcomes are recorded for hired candidates only.',
  },
  RUBRIC_VERSION_PUBLISHED: {
    status: 409,
    message: 'This rubric version is published and cannot change. Start a new version instead.',
  },
  RUBRIC_VERSION_INCOMPLETE: {
    status: 422,
    message: 'This rubric version is not ready to publish.',
  },
  RUBRIC_DRAFT_EXISTS: { status: 409, message: 'This rubric already has a draft version.' },
  RUBRIC_NOT_PUBLISHED: { status: 422, message: 'This rubric has no published version yet.' },
  ROUND_NOT_ACTIVE: {
    status: 409,
    message: 'This round was cancelled or the candidate did not attend; it takes no scores.',
  },
  ROUND_STATE_CONFLICT: { status: 409, message: 'This round cannot change that way now.' },
  ROUND_DUPLICATE: {
    status: 409,
    message: 'This candidate already has this round at about that time.',
  },
  SCORECARD_SUBMITTED: {
    status: 409,
    message: 'This scorecard is submitted. Change it with an amendment, giving a reason.',
  },
  SCORECARD_NOT_SUBMITTED: { status: 409, message: 'Only a submitted scorecard can be amended.' },
  SCORECARD_DECLINED: { status: 409, message: 'This scorecard was declined.' },
  SCORECARD_INCOMPLETE: { status: 422, message: 'This scorecard is not complete.' },
  SCORECARD_VERSION_CONFLICT: {
    status: 412,
    message: 'Someone else saved this first. Compare both versions and choose.',
  },
  CANDIDATE_VERSION_CONFLICT: {
    status: 412,
    message: 'Someone else changed this candidate after you opened it. Review their change first.',
  },
  RUBRIC_DRAFT_CONFLICT: {
    status: 412,
    message: 'Someone else saved this draft after you opened it. Choose which version to keep.',
  },
  PRECONDITION_REQUIRED: {
    status: 428,
    message: 'Send If-Match with the version you last saw.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: 'This Idempotency-Key was already used for a different request.',
  },
  WEBHOOK_TARGET_FORBIDDEN: {
    status: 422,
    message:
      'This URL points at a private or reserved address; webhooks only post to public hosts.',
  },
  WEBHOOK_ENDPOINT_DISABLED: {
    status: 409,
    message: 'This webhook endpoint is disabled: enable it first.',
  },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database cannot be reached.' },
  INTERNAL_ERROR: { status: 500, message: 'Something went wrong on our side.' },
};
