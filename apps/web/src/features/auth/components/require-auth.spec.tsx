import { act, screen, waitFor } from '@testing-library/react';

import { fakeApi, renderRoutes } from '@/test/render-app';

import { sessionQueries } from '../api/session';
import { RequireAuth } from './require-auth';

const me = {
  status: 200,
  body: {
    user: {
      id: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      email: 'rosa@example.com',
      name: 'Rosa Recruiter',
      role: 'recruiter',
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
};
const unauthenticated = {
  status: 401,
  body: {
    statusCode: 401,
    code: 'UNAUTHENTICATED',
    message: 'Sign in to continue.',
    requestId: 'r1',
  },
};

/** A screen behind sign-in, and the sign-in page it sends people to. */
function renderGuarded(path: string) {
  return renderRoutes(
    [
      { path: '/login', element: <p>Sign in</p> },
      {
        path: '*',
        element: (
          <RequireAuth>
            <p>Candidates</p>
          </RequireAuth>
        ),
      },
    ],
    { path },
  );
}

describe('RequireAuth', () => {
  it('sends someone never signed in to sign in, and back', async () => {
    fakeApi({ '/api/auth/me': [unauthenticated] });
    const { router } = renderGuarded('/candidates?q=reyes');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/candidates?q=reyes')}`);
  });

  it('says the session ended when it ends under a signed-in screen (the live stream noticed first)', async () => {
    fakeApi({ '/api/auth/me': [me, unauthenticated] });
    const { router, queryClient } = renderGuarded('/candidates?q=reyes');
    expect(await screen.findByText('Candidates')).toBeInTheDocument();
    // What the live stream does when the server says the session is over.
    await act(() => queryClient.invalidateQueries({ queryKey: sessionQueries.me().queryKey }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(
      `?expired=1&next=${encodeURIComponent('/candidates?q=reyes')}`,
    );
  });
});
