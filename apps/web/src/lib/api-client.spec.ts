import { z } from 'zod';

import { fakeFetch } from '@/test/render-app';

import { ApiError, apiRequest, setSigningOut, setUnauthenticatedHandler } from './api-client';

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
