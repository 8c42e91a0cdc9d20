import { NotificationPage } from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { NotificationBell } from './notification-bell';

const scorecardId = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
const page = (overrides: Partial<NotificationPage> = {}): NotificationPage => ({
  items: [
    {
      id: '0f1e2d3c-4b5a-4968-8776-655443322110',
      kind: 'manual_reminder',
      title: 'Rita Recruiter reminds you: scorecard for Ana Cruz (Mock call)',
      body: 'Inbound agent. It was due 6 hours ago.',
      link: `/interviews/${scorecardId}`,
      scorecardId,
      createdAt: '2026-11-30T09:00:00.000Z',
      readAt: null,
    },
    {
      id: '1f1e2d3c-4b5a-4968-8776-655443322111',
      kind: 'reminder',
      title: 'Your scorecard for Ben Ruiz (Mock call) is due',
      body: 'Inbound agent. It is due now.',
      link: '/interviews',
      scorecardId: null,
      createdAt: '2026-11-29T09:00:00.000Z',
      readAt: '2026-11-29T10:00:00.000Z',
    },
  ],
  nextCursor: null,
  unreadCount: 1,
  ...overrides,
});

describe('NotificationBell', () => {
  it('shows the unread count, lists the notifications, and opens one, marking it read', async () => {
    const { calls } = fakeApi({
      '/api/v1/notifications': [{ status: 200, body: page() }],
      [`/api/v1/notifications/${page().items[0]?.id}/read`]: [
        { status: 200, body: { unreadCount: 0 } },
      ],
    });
    const { user, router } = renderApp(<NotificationBell />);

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    const dialog = await screen.findByRole('dialog');
    const items = await within(dialog).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Rita Recruiter reminds you') as string,
      expect.stringContaining('Ben Ruiz') as string,
    ]);

    await user.click(
      await within(dialog).findByRole('button', {
        name: 'Unread: Rita Recruiter reminds you: scorecard for Ana Cruz (Mock call)',
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/interviews/${scorecardId}`));
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      expect.stringContaining(`/api/v1/notifications/${page().items[0]?.id}/read`) as string,
    ]);
  });

  it('marks all read from the keyboard', async () => {
    const { calls } = fakeApi({
      // The bell's query and the opened list's (a second observer refetches once), then after read-all.
      '/api/v1/notifications': [
        { status: 200, body: page() },
        { status: 200, body: page() },
        { status: 200, body: page({ unreadCount: 0 }) },
      ],
      '/api/v1/notifications/read-all': [{ status: 200, body: { unreadCount: 0 } }],
    });
    const { user } = renderApp(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    bell.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    const markAll = await within(dialog).findByRole('button', { name: 'Mark all read' });
    markAll.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(calls.some((call) => call.url.endsWith('/api/v1/notifications/read-all'))).toBe(true),
    );
    expect(
      await screen.findByRole('button', { name: 'Notifications, none unread' }),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing, and when the list fails to load', async () => {
    fakeApi({
      '/api/v1/notifications': [{ status: 200, body: page({ items: [], unreadCount: 0 }) }],
    });
    const empty = renderApp(<NotificationBell />);
    await empty.user.click(
      await screen.findByRole('button', { name: 'Notifications, none unread' }),
    );
    expect(await screen.findByText("You're all caught up")).toBeInTheDocument();
    empty.unmount();

    fakeApi({
      '/api/v1/notifications': [
        {
          status: 500,
          body: {
            statusCode: 500,
            code: 'INTERNAL_ERROR',
            message: 'Something went wrong.',
            requestId: 'r1',
          },
        },
      ],
    });
    const failing = renderApp(<NotificationBell />);
    await failing.user.click(screen.getByRole('button', { name: 'Notifications, none unread' }));
    expect(await screen.findByText('Notifications could not be loaded')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
