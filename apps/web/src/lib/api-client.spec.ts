import { z } from 'zod';

import { fakeFetch } from '@/test/render-app';

import {
  ApiError,
  apiRequest,
  fieldErrors,
  setSigningOut,
  setUnauthenticatedHandler,
} from './api-client';

const sessionGone = {
  status: 401,
  body: {
    statusCode: 401,
    code: 'UNAUTHENTICATED',
    message: 'Sign in to continue.',
    requestId: 'req-1',
  },
};

describe('apiRequest on a 401', () => {
  afterEach(() => {
    setUnauthenticatedHandler(undefined);
    setSigningOut(false);
  });

  it('reports an ended session to the app', async () => {
    fakeFetch(sessionGone);
    const sessionEnded = jest.fn();
    setUnauthenticatedHandler(sessionEnded);

    await expect(apiRequest('/v1/candidates', { schema: z.unknown() })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(sessionEnded).toHaveBeenCalledTimes(1);
  });

  it('does not report it while the user signs out, until the next sign-in', async () => {
    fakeFetch(sessionGone, sessionGone);
    const sessionEnded = jest.fn();
    setUnauthenticatedHandler(sessionEnded);

    setSigningOut(true);
    await expect(apiRequest('/v1/candidates', { schema: z.unknown() })).rejects.toMatchObject({
      status: 401,
    });
    expect(sessionEnded).not.toHaveBeenCalled();

    setSigningOut(false);
    await expect(apiRequest('/v1/candidates', { schema: z.unknown() })).rejects.toMatchObject({
      status: 401,
    });
    expect(sessionEnded).toHaveBeenCalledTimes(1);
  });
});

describe('ApiError details', () => {
  const conflict = new ApiError(412, {
    code: 'SCORECARD_VERSION_CONFLICT',
    message: 'Someone else saved this first.',
    details: { current: { version: 3, status: 'draft', recommendation: 'yes', summary: 'Fine' } },
    requestId: 'req-2',
  });

  it('gives the details of its own code, typed by the contract', () => {
    const details = conflict.detailsOf('SCORECARD_VERSION_CONFLICT');
    expect(details?.current?.version).toBe(3);
    expect(conflict.detailsOf('ROUND_NOT_ACTIVE')).toBeUndefined();
  });

  it('gives nothing for details the contract does not describe', () => {
    const odd = new ApiError(409, {
      code: 'ROUND_NOT_ACTIVE',
      message: 'Not active.',
      details: { roundStatus: 'postponed' },
    });
    expect(odd.detailsOf('ROUND_NOT_ACTIVE')).toBeUndefined();
  });

  it('reads field errors from a VALIDATION_FAILED, first message per field', () => {
    const invalid = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'The request has invalid fields.',
      details: [
        { path: ['email'], code: 'invalid_format', message: 'Enter a valid email address.' },
        { path: ['email'], code: 'too_big', message: 'Too long.' },
        { path: ['address', 'city'], code: 'required', message: 'Enter a city.' },
        { path: [], code: 'custom', message: 'Change at least one field.' },
      ],
    });
    expect(fieldErrors(invalid)).toEqual({
      email: 'Enter a valid email address.',
      'address.city': 'Enter a city.',
    });
    expect(fieldErrors(conflict)).toEqual({});
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
