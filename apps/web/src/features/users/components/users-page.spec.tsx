import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import { fakeApi, renderApp } from '@/test/render-app';

import { UsersPage } from './users-page';

const admin = {
  id: '1d9a8b7c-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
  email: 'ada@example.com',
  name: 'Ada Admin',
  role: 'admin' as const,
  active: true,
  createdAt: '2026-11-01T10:00:00.000Z',
};
const rosa = {
  id: '0b8e5c1e-6a4f-4d39-9f0e-2f4a1c3b5d7e',
  email: 'rosa.recruiter@example.com',
  name: 'Rosa Recruiter',
  role: 'recruiter' as const,
  active: true,
  createdAt: '2026-11-22T10:00:00.000Z',
};
const created = {
  id: '5c4b3a29-1807-4f6e-9d5c-4b3a2918f7e6',
  email: 'sam@example.com',
  name: 'Sam New',
  role: 'interviewer' as const,
  active: true,
  createdAt: '2026-11-30T10:00:00.000Z',
};
const ssoSettings = {
  configured: true,
  issuer: 'https://login.example.com',
  provisionRole: null,
  updatedAt: null,
};

function renderUsersPage(methods: { password: boolean } | 'loading') {
  const api = fakeApi({
    '/api/v1/users': [
      { status: 200, body: { items: [admin, rosa] } },
      { status: 201, body: created },
      // The list again after the user was added.
      { status: 200, body: { items: [admin, rosa, created] } },
    ],
    '/api/v1/sso-settings': [{ status: 200, body: ssoSettings }],
    ...(methods === 'loading'
      ? {}
      : {
          '/api/auth/methods': [
            { status: 200, body: { ...methods, sso: { label: 'Sign in with Okta' } } },
          ],
        }),
  });
  if (methods === 'loading') {
    // The methods never answer: the screen must not wait for them.
    const answer = global.fetch;
    global.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('/api/auth/methods')
        ? new Promise<Response>(() => {})
        : answer(input, init)) as typeof fetch;
  }
  return { ...api, ...renderApp(<UsersPage currentUserId={admin.id} />) };
}

// Typing into fields key by key through user-event takes seconds on a busy CI machine.
jest.setTimeout(30_000);

/** Sam New's name and email in the Add user dialog. */
async function fillNewUser(user: UserEvent, dialog: HTMLElement) {
  await user.type(within(dialog).getByLabelText(/Full name/), 'Sam New');
  await user.type(within(dialog).getByLabelText(/Email/), 'sam@example.com');
}

describe('UsersPage', () => {
  it('offers no password anywhere when people sign in only through single sign-on', async () => {
    const { user, calls } = renderUsersPage({ password: false });
    const row = (await screen.findByText('Rosa Recruiter')).closest('tr') as HTMLElement;
    await waitFor(() =>
      expect(calls.some((call) => call.url.endsWith('/api/auth/methods'))).toBe(true),
    );
    await waitFor(() =>
      expect(within(row).queryByRole('button', { name: /Reset password/ })).not.toBeInTheDocument(),
    );
    expect(within(row).getByRole('button', { name: 'Deactivate' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    expect(within(dialog).queryByLabelText(/First password/)).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'They sign in with your organization’s single sign-on, using this email.',
    );
    await fillNewUser(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
        name: 'Sam New',
        email: 'sam@example.com',
        role: 'interviewer',
      }),
    );
  });

  it('offers reset links and a first password while password sign-in is on', async () => {
    const { user, calls } = renderUsersPage({ password: true });
    const row = (await screen.findByText('Rosa Recruiter')).closest('tr') as HTMLElement;
    expect(
      await within(row).findByRole('button', { name: 'Reset password of Rosa Recruiter' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    await fillNewUser(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findByText('Use at least 12 characters.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/First password/), 'a long enough password');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
        name: 'Sam New',
        email: 'sam@example.com',
        role: 'interviewer',
        password: 'a long enough password',
      }),
    );
  });

  it('behaves as with passwords on until the sign-in methods answer', async () => {
    const { user } = renderUsersPage('loading');
    const row = (await screen.findByText('Rosa Recruiter')).closest('tr') as HTMLElement;
    expect(
      within(row).getByRole('button', { name: 'Reset password of Rosa Recruiter' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    expect(within(dialog).getByLabelText(/First password/)).toBeInTheDocument();
  });
});
