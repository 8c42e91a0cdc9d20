import { screen, waitFor } from '@testing-library/react';

import { fakeFetch, renderApp } from '@/test/render-app';

import { ChangePasswordForm } from './change-password-form';

async function fill(
  user: ReturnType<typeof renderApp>['user'],
  current: string,
  next: string,
  confirm = next,
) {
  await user.type(screen.getByLabelText(/^Current password/), current);
  await user.type(screen.getByLabelText(/^New password/), next);
  await user.type(screen.getByLabelText(/^Confirm new password/), confirm);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

// Typing passwords key by key through user-event takes seconds on a busy CI machine.
jest.setTimeout(30_000);

describe('ChangePasswordForm', () => {
  it('shows a wrong current password on its field and stays open', async () => {
    fakeFetch({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: [
          {
            path: ['currentPassword'],
            code: 'wrong_password',
            message: 'This is not your current password.',
          },
        ],
        requestId: 'req-1',
      },
    });
    const onDone = jest.fn();
    const { user } = renderApp(<ChangePasswordForm email="ivy@example.com" onDone={onDone} />);
    await fill(user, 'not it', 'a brand new password');

    expect(await screen.findByText('This is not your current password.')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends the current and the new password, confirms, and closes', async () => {
    // 204 No Content: a Response with no body (fakeFetch always sends JSON).
    const calls: { url: string; init?: RequestInit }[] = [];
    global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const onDone = jest.fn();
    const { user } = renderApp(<ChangePasswordForm email="ivy@example.com" onDone={onDone} />);
    await fill(user, 'calibrate-demo', 'a brand new password');

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.map((call) => [call.url, call.init?.method, call.init?.body])).toEqual([
      [
        'http://localhost/api/auth/password',
        'POST',
        JSON.stringify({ currentPassword: 'calibrate-demo', newPassword: 'a brand new password' }),
      ],
    ]);
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
  });

  it('checks the rules before sending anything', async () => {
    const { calls } = fakeFetch();
    const { user } = renderApp(<ChangePasswordForm email="ivy@example.com" onDone={jest.fn()} />);
    await fill(user, 'same password 1', 'same password 1');
    expect(
      await screen.findByText('Choose a password different from your current one.'),
    ).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
