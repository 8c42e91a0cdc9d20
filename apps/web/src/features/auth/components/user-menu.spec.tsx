import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { UnsentWork, UserMenu } from './user-menu';

const me = {
  status: 200,
  body: {
    user: {
      id: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      email: 'ivy@example.com',
      name: 'Ivy Interviewer',
      role: 'interviewer',
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
};

function renderMenu(unsent: UnsentWork, { password = true } = {}) {
  const api = fakeApi({
    '/api/auth/me': [me],
    '/api/auth/logout': [{ status: 204, body: null }],
    '/api/auth/methods': [{ status: 200, body: { password, sso: null } }],
  });
  return { ...api, ...renderApp(<UserMenu unsent={unsent} />) };
}

const nothingUnsent = (): UnsentWork => ({
  count: () => 0,
  sendNow: jest.fn(),
  discard: jest.fn(async () => undefined),
});

const signOutPosts = (calls: { url: string; method: string }[]) =>
  calls.filter((call) => call.method === 'POST' && call.url.endsWith('/api/auth/logout'));

describe('UserMenu', () => {
  it('offers to change the password while password sign-in is on', async () => {
    const { user } = renderMenu(nothingUnsent());
    await user.click(await screen.findByRole('button', { name: /Account/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Change password' }));
    expect(await screen.findByRole('dialog', { name: 'Change password' })).toBeInTheDocument();
  });

  it('offers no password change when people sign in only through single sign-on', async () => {
    const { user, calls } = renderMenu(nothingUnsent(), { password: false });
    await waitFor(() =>
      expect(calls.some((call) => call.url.endsWith('/api/auth/methods'))).toBe(true),
    );
    await user.click(await screen.findByRole('button', { name: /Account/ }));
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('menuitem', { name: 'Change password' })).not.toBeInTheDocument(),
    );
  });

  it('signs out at once when nothing is unsent, clearing the browser’s copy anyway', async () => {
    const discard = jest.fn(async () => undefined);
    const { user, calls } = renderMenu({ count: () => 0, sendNow: jest.fn(), discard });
    await user.click(await screen.findByRole('button', { name: /Account/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() => expect(signOutPosts(calls)).toHaveLength(1));
    expect(discard).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers to send unsent answers first, and signs out once they reached the server', async () => {
    const sendNow = jest.fn(async () => true);
    const discard = jest.fn(async () => undefined);
    const { user, calls } = renderMenu({ count: () => 2, sendNow, discard });
    await user.click(await screen.findByRole('button', { name: /Account/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    const dialog = await screen.findByRole('dialog', { name: 'Answers not saved yet' });
    expect(dialog).toHaveTextContent('2 answers in this browser have not reached the server yet');
    expect(signOutPosts(calls)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Send and sign out' }));
    await waitFor(() => expect(signOutPosts(calls)).toHaveLength(1));
    expect(sendNow).toHaveBeenCalledTimes(1);
    expect(discard).toHaveBeenCalledTimes(1);
  });

  it('stays signed in when sending fails, until the user chooses to discard', async () => {
    const sendNow = jest.fn(async () => false);
    const discard = jest.fn(async () => undefined);
    const { user, calls } = renderMenu({ count: () => 1, sendNow, discard });
    await user.click(await screen.findByRole('button', { name: /Account/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Answers not saved yet' });
    expect(dialog).toHaveTextContent('1 answer in this browser has not reached');

    await user.click(within(dialog).getByRole('button', { name: 'Send and sign out' }));
    expect(await within(dialog).findByText('Not everything could be sent')).toBeInTheDocument();
    expect(signOutPosts(calls)).toHaveLength(0);
    expect(discard).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Sign out and discard' }));
    await waitFor(() => expect(signOutPosts(calls)).toHaveLength(1));
    expect(discard).toHaveBeenCalledTimes(1);
  });
});
