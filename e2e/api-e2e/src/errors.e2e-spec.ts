import { anonymousApi, api, HttpResult, raw, result, unique } from './http';

interface Case {
  name: string;
  request: () => Promise<HttpResult>;
  status: number;
  body: Record<string, unknown>;
}

const takenEmail = `taken-${unique()}@example.com`;

/** A body sent as it is, not as the typed JSON the client would serialize. */
const sending = (text: string, contentType = 'application/json') => ({
  body: {} as never,
  bodySerializer: () => text,
  headers: { 'content-type': contentType },
});

/**
 * Every error the running stack returns, as whole bodies (the request id is checked separately).
 * The typed client also checks each one against the OpenAPI document (status, code, schema).
 */
const cases: Case[] = [
  {
    name: 'no session',
    request: () => result(anonymousApi.GET('/api/v1/candidates')),
    status: 401,
    body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in to continue.' },
  },
  {
    name: 'wrong password',
    request: () =>
      result(
        anonymousApi.POST('/api/auth/login', {
          body: { email: 'admin@example.com', password: 'nope' },
        }),
      ),
    status: 401,
    body: {
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'The email or password is wrong.',
    },
  },
  {
    name: 'write without the CSRF token',
    request: () =>
      result(
        api.POST('/api/v1/candidates', {
          body: { name: 'X', email: 'x@example.com' },
          headers: { 'x-csrf-token': 'forged' },
        }),
      ),
    status: 403,
    body: {
      statusCode: 403,
      code: 'CSRF_TOKEN_INVALID',
      message: 'This request did not come from Calibrate. Reload the page.',
    },
  },
  {
    name: 'unknown API route',
    request: () => raw('/api/v1/no-such-thing'),
    status: 404,
    body: { statusCode: 404, code: 'NOT_FOUND', message: 'Nothing was found at this address.' },
  },
  {
    name: 'missing static file',
    request: () => raw('/assets/no-such-file.js'),
    status: 404,
    body: { statusCode: 404, code: 'NOT_FOUND', message: 'Nothing was found at this address.' },
  },
  {
    name: 'invalid candidate',
    request: () => result(api.POST('/api/v1/candidates', { body: { name: '', email: 'nope' } })),
    status: 400,
    body: {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request has invalid fields.',
      details: [
        { path: ['name'], code: 'too_small', message: 'Enter the candidate’s name.' },
        { path: ['email'], code: 'invalid_format', message: 'Enter a valid email address.' },
      ],
    },
  },
  {
    name: 'page size out of range',
    request: () => result(api.GET('/api/v1/candidates', { params: { query: { limit: 1000 } } })),
    status: 400,
    body: {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request has invalid fields.',
      details: [
        { path: ['limit'], code: 'too_big', message: 'Too big: expected number to be <=100' },
      ],
    },
  },
  {
    name: 'malformed JSON',
    request: () => result(api.POST('/api/v1/candidates', sending('{"name":'))),
    status: 400,
    body: { statusCode: 400, code: 'MALFORMED_REQUEST', message: 'The request could not be read.' },
  },
  {
    name: 'not JSON',
    request: () => result(api.POST('/api/v1/candidates', sending('name=x', 'text/plain'))),
    status: 415,
    body: {
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'The request body must be JSON.',
    },
  },
  {
    name: 'duplicate email',
    request: () =>
      result(api.POST('/api/v1/candidates', { body: { name: 'Second', email: takenEmail } })),
    status: 409,
    body: {
      statusCode: 409,
      code: 'CANDIDATE_EMAIL_TAKEN',
      message: 'A candidate with this email already exists.',
      details: { email: takenEmail },
    },
  },
];

describe('error responses of the running stack', () => {
  beforeAll(async () => {
    const first = await api.POST('/api/v1/candidates', {
      body: { name: 'First', email: takenEmail },
    });
    expect(first.response.status).toBe(201);
  });

  it.each(cases)('$name → $status', async ({ request, status, body }) => {
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body).toEqual({ ...body, requestId: response.headers.get('x-request-id') });
  });
});
