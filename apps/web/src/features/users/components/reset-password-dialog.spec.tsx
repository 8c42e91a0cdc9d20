import { screen, waitFor } from '@testing-library/react';

import { fakeFetch, renderApp } from '@/test/render-app';

import { ResetPasswordDialog } from './reset-password-dialog';

const rosa = {
  id: '0b8e5c1e-6a4f-4d39-9f0e-2f4a1c3b5d7e',
  email: 'rosa.recruiter@example.com',
  name: 'Rosa Recruiter',
  role: 'recruiter' as const,
  active: true,
  createdAt: '2026-11-22T10:00:00.000Z',
};

// Typing passwords key by key through user-event takes seconds on a busy CI machine.
jest.setTimeout(30_000);

describe('ResetPasswordDialog', () => {
  it('explains first, then shows the link once with its expiry and copies it', async () => {
    const { calls } = fakeFetch({
      status: 201,
      body: { path: '/reset-password/tok_123', expiresAt: '2026-12-01T09:30:00.000Z' },
    });
    const onClose = jest.fn();
    const { user } = renderApp(<ResetPasswordDialog user={rosa} opened onClose={onClose} />);
    // user-event puts a clipboard stub in place of the browser's: watch what is written to it.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');

    expect(await screen.findByText(/works for 24 hours/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Create reset link' }));

    const link = await screen.findByLabelText('Reset link');
    expect(link).toHaveValue('http://localhost/reset-password/tok_123');
    expect(calls).toEqual([
      expect.objectContaining({
        url: 'http://localhost/api/v1/users/0b8e5c1e-6a4f-4d39-9f0e-2f4a1c3b5d7e/password-reset',
        method: 'POST',
      }),
    ]);
    expect(screen.getByText(/Works once, until/)).toHaveTextContent(/Dec 1/);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('http://localhost/reset-password/tok_123');

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows why a link could not be made', async () => {
    fakeFetch({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: [
          {
            path: ['userId'],
            code: 'inactive',
            message: 'This user is deactivated: reactivate them first.',
          },
        ],
        requestId: 'req-1',
      },
    });
    const { user } = renderApp(<ResetPasswordDialog user={rosa} opened onClose={jest.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Create reset link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This user is deactivated: reactivate them first.',
    );
  });
});
