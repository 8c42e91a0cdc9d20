import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { NotificationBell } from './notification-bell';

const noNotifications = { items: [], nextCursor: null, unreadCount: 0 };

describe('Notification settings', () => {
  it('opens from the bell, shows the saved choices, and saves a switch as it is turned', async () => {
    const { calls } = fakeApi({
      '/api/v1/notifications': [{ status: 200, body: noNotifications }],
      '/api/v1/notification-preferences': [
        { status: 200, body: { inApp: true, email: true, dailyDigest: false } },
        { status: 200, body: { inApp: true, email: true, dailyDigest: true } },
      ],
    });
    const { user } = renderApp(<NotificationBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, none unread' }));
    await user.click(await screen.findByRole('button', { name: 'Notification settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notification settings' });
    const digest = await within(dialog).findByRole('switch', { name: /Daily digest/ });
    expect(within(dialog).getByRole('switch', { name: /In the app/ })).toBeChecked();
    expect(within(dialog).getByRole('switch', { name: /By e-mail/ })).toBeChecked();
    expect(digest).not.toBeChecked();

    await user.click(digest);
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Saved.'));
    expect(digest).toBeChecked();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({ inApp: true, email: true, dailyDigest: true });
  });

  it('keeps the saved choice and says so when saving fails', async () => {
    fakeApi({
      '/api/v1/notifications': [{ status: 200, body: noNotifications }],
      '/api/v1/notification-preferences': [
        { status: 200, body: { inApp: true, email: true, dailyDigest: false } },
        {
          status: 503,
          body: {
            statusCode: 503,
            code: 'DATABASE_UNAVAILABLE',
            message: 'The database is not answering: try again.',
            requestId: 'r1',
          },
        },
      ],
    });
    const { user } = renderApp(<NotificationBell />);
    await user.click(await screen.findByRole('button', { name: 'Notifications, none unread' }));
    await user.click(await screen.findByRole('button', { name: 'Notification settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notification settings' });
    const email = await within(dialog).findByRole('switch', { name: /By e-mail/ });

    await user.click(email);
    expect(await within(dialog).findByText('Not saved')).toBeInTheDocument();
    expect(email).toBeChecked();
  });
});
