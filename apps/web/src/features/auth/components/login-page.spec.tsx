import { act, screen } from '@testing-library/react';
import { useLocation } from 'react-router';

import { fakeApi, renderApp } from '@/test/render-app';

import { LoginPage } from './login-page';

/** A new page per navigation, as the app's router mounts the sign-in route afresh. */
function LoginRoute() {
  return <LoginPage key={useLocation().key} />;
}

describe('LoginPage', () => {
  it('points to a reset link for a forgotten password', async () => {
    renderApp(<LoginPage />, { path: '/login' });
    expect(
      await screen.findByText(/Forgot your password\? Ask an administrator for a reset link/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveValue('');
  });

  it('after a reset, says the new password is set and fills in the email', async () => {
    const { router } = renderApp(<LoginRoute />, { path: '/' });
    await act(() =>
      router.navigate('/login', {
        state: { passwordReset: true, email: 'rosa.recruiter@example.com' },
      }),
    );
    expect(await screen.findByText(/Your new password is set/)).toBeInTheDocument();
    expect(await screen.findByLabelText(/^Email/)).toHaveValue('rosa.recruiter@example.com');
    expect(screen.queryByText(/Your session ended/)).not.toBeInTheDocument();
  });

  it('after a reset, a failed sign-in replaces the notice with the one error', async () => {
    fakeApi({
      '/api/auth/methods': [{ status: 200, body: { password: true, sso: null } }],
      '/api/auth/login': [
        {
          status: 401,
          body: {
            statusCode: 401,
            code: 'INVALID_CREDENTIALS',
            message: 'The email or password is wrong.',
            requestId: 'r1',
          },
        },
      ],
    });
    const { router, user } = renderApp(<LoginRoute />, { path: '/' });
    await act(() =>
      router.navigate('/login', {
        state: { passwordReset: true, email: 'rosa.recruiter@example.com' },
      }),
    );
    expect(await screen.findByText(/Your new password is set/)).toBeInTheDocument();
    await user.type(await screen.findByLabelText(/^Password/), 'the old password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is wrong.');
    expect(screen.queryByText(/Your new password is set/)).not.toBeInTheDocument();
  });

  it('offers single sign-on beside the password, and keeps where the user was going', async () => {
    fakeApi({
      '/api/auth/methods': [
        { status: 200, body: { password: true, sso: { label: 'Sign in with Okta' } } },
      ],
    });
    renderApp(<LoginPage />, { path: '/login?next=%2Fjobs%3Ftab%3Dopen' });
    const sso = await screen.findByRole('link', { name: 'Sign in with Okta' });
    expect(sso).toHaveAttribute('href', '/api/auth/oidc/login?next=%2Fjobs%3Ftab%3Dopen');
    expect(screen.getByLabelText(/^Email/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows only the single sign-on button when passwords are off, and why the last attempt failed', async () => {
    fakeApi({
      '/api/auth/methods': [
        { status: 200, body: { password: false, sso: { label: 'Sign in with Okta' } } },
      ],
    });
    renderApp(<LoginPage />, { path: '/login?sso_error=no_account' });
    expect(await screen.findByRole('link', { name: 'Sign in with Okta' })).toHaveAttribute(
      'href',
      '/api/auth/oidc/login',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no Calibrate account for you yet. Ask an administrator to add you',
    );
    expect(screen.queryByLabelText(/^Email/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Forgot your password/)).not.toBeInTheDocument();
  });

  it('ignores a reason it does not know', async () => {
    fakeApi({ '/api/auth/methods': [{ status: 200, body: { password: true, sso: null } }] });
    renderApp(<LoginPage />, { path: '/login?sso_error=<script>' });
    expect(await screen.findByLabelText(/^Email/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
