import { screen, waitFor } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { ResetPasswordPage } from './reset-password-page';

const token = 'A'.repeat(43);
const linkPath = `/api/auth/password-reset/${token}`;
const info = {
  email: 'rosa.recruiter@example.com',
  name: 'Rosa Recruiter',
  expiresAt: '2026-12-01T09:30:00.000Z',
};
const refused = (reason: string, message: string) => ({
  status: 410,
  body: {
    statusCode: 410,
    code: 'PASSWORD_RESET_LINK_INVALID',
    message,
    details: { reason },
    requestId: 'req-1',
  },
});

// Typing passwords key by key through user-event takes seconds on a busy CI machine.
jest.setTimeout(30_000);

describe('ResetPasswordPage', () => {
  it('says why an expired link cannot be used, and offers sign-in instead of a form', async () => {
    fakeApi({ [linkPath]: [refused('expired', 'ignored: the page words it from the contract')] });
    renderApp(<ResetPasswordPage token={token} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has expired: ask an administrator for a new one.',
    );
    expect(screen.getByRole('heading', { name: 'This link cannot be used' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/login');
    expect(screen.queryByLabelText(/new password/i)).not.toBeInTheDocument();
  });

  it('checks both passwords before sending, then sets it and sends the user to sign in', async () => {
    const { calls } = fakeApi({
      [linkPath]: [{ status: 200, body: info }],
      '/api/auth/password-reset': [{ status: 200, body: { email: info.email } }],
    });
    const { user, router } = renderApp(<ResetPasswordPage token={token} />, {
      path: `/reset-password/${token}`,
    });

    expect(await screen.findByLabelText('Email')).toHaveValue(info.email);
    expect(screen.getByText(/For Rosa Recruiter/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^New password/), 'a brand new password');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'a brand new passwor');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Confirm new password/), 'd');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.state).toEqual({ passwordReset: true, email: info.email });
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: 'http://localhost/api/auth/password-reset',
      body: { token, password: 'a brand new password' },
    });
  });

  it('shows the reason when the link stops working while the form is open', async () => {
    fakeApi({
      [linkPath]: [{ status: 200, body: info }],
      '/api/auth/password-reset': [refused('used', 'x')],
    });
    const { user } = renderApp(<ResetPasswordPage token={token} />);
    await user.type(await screen.findByLabelText(/^New password/), 'a brand new password');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'a brand new password');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link was already used. If that was not you, ask an administrator for a new one.',
    );
    expect(screen.queryByRole('button', { name: 'Set new password' })).not.toBeInTheDocument();
  });

  it('offers a retry when the link could not be checked at all', async () => {
    fakeApi({
      [linkPath]: [
        {
          status: 503,
          body: {
            statusCode: 503,
            code: 'DATABASE_UNAVAILABLE',
            message: 'The database cannot be reached.',
            requestId: 'r',
          },
        },
        { status: 200, body: info },
      ],
    });
    const { user } = renderApp(<ResetPasswordPage token={token} />);
    await user.click(await screen.findByRole('button', { name: 'Try again' }, { timeout: 5000 }));
    expect(await screen.findByLabelText('Email')).toHaveValue(info.email);
  });
});
