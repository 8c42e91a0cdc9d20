import { act, screen } from '@testing-library/react';
import { useLocation } from 'react-router';

import { renderApp } from '@/test/render-app';

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
    expect(screen.getByLabelText(/^Email/)).toHaveValue('rosa.recruiter@example.com');
    expect(screen.queryByText(/Your session ended/)).not.toBeInTheDocument();
  });
});
