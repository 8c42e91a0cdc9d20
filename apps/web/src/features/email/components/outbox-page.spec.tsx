import { EmailMessage, EmailOutboxPage } from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { OutboxPage } from './outbox-page';

const invitationId = '2a0c0d1e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const reminderId = '3b1d1e2f-4051-4b6c-9d7e-8f9a0b1c2d3e';
const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';

const page = (overrides: Partial<EmailOutboxPage> = {}): EmailOutboxPage => ({
  items: [
    {
      id: invitationId,
      kind: 'invitation',
      recipient: 'ivy@example.com',
      subject: 'Interview: Mock call with Ana Cruz, Tue 1 Dec 2026, 09:00 UTC',
      status: 'queued',
      attempts: 0,
      lastError: null,
      attachmentNames: ['invite.ics'],
      createdAt: '2026-11-30T09:00:00.000Z',
      sentAt: null,
      nextAttemptAt: '2026-11-30T09:00:00.000Z',
    },
    {
      id: reminderId,
      kind: 'notification',
      recipient: 'hugo@example.com',
      subject: 'Your scorecard for Ben Ruiz (Mock call) is due',
      status: 'sent',
      attempts: 1,
      lastError: null,
      attachmentNames: [],
      createdAt: '2026-11-29T09:00:00.000Z',
      sentAt: '2026-11-29T09:01:00.000Z',
      nextAttemptAt: null,
    },
  ],
  nextCursor: null,
  smtpConfigured: false,
  ...overrides,
});

const invitation: EmailMessage = {
  ...page().items[0]!,
  textBody:
    'You are on the panel of Mock call with Ana Cruz.\n\nYour scorecard: http://x/interviews/1',
  htmlBody: null,
  attachments: [
    { filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
  ],
};

describe('OutboxPage', () => {
  it('lists the e-mails, says SMTP is not set up, and opens one from the keyboard', async () => {
    fakeApi({
      '/api/v1/email-outbox': [{ status: 200, body: page() }],
      [`/api/v1/email-outbox/${invitationId}`]: [{ status: 200, body: invitation }],
    });
    const { user, router } = renderApp(<OutboxPage />, { path: '/outbox' });

    const table = await screen.findByRole('table', { name: 'E-mails' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'ivy@example.com',
      'hugo@example.com',
    ]);
    expect(within(rows[0]!).getByText('Queued')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/invite\.ics/)).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Sent')).toBeInTheDocument();
    expect(screen.getByText('E-mail is not sent')).toBeInTheDocument();

    const open = within(rows[0]!).getByRole('button', { name: /Interview: Mock call/ });
    open.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(/You are on the panel of Mock call/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('ivy@example.com')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Download invite.ics' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?email=${invitationId}`);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('downloads the .ics as a file', async () => {
    fakeApi({
      '/api/v1/email-outbox': [{ status: 200, body: page() }],
      [`/api/v1/email-outbox/${invitationId}`]: [{ status: 200, body: invitation }],
    });
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:invite';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp(<OutboxPage />, { path: `/outbox?email=${invitationId}` });

    await user.click(await screen.findByRole('button', { name: 'Download invite.ics' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(created[0]?.type).toBe('text/calendar; charset=utf-8');
    expect(await created[0]?.text()).toBe(ics);
    click.mockRestore();
  });

  it('filters by status through the URL and says when there is nothing', async () => {
    const { calls } = fakeApi({
      '/api/v1/email-outbox': [
        { status: 200, body: page({ smtpConfigured: true }) },
        { status: 200, body: page({ items: [], smtpConfigured: true }) },
      ],
    });
    const { user, router } = renderApp(<OutboxPage />, { path: '/outbox' });
    expect(await screen.findByText('E-mail is sent')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Failed' }));
    expect(await screen.findByText('No failed e-mail')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=failed');
    expect(calls.at(-1)?.url).toContain('status=failed');
  });

  it('shows an empty outbox, and an error with a retry', async () => {
    fakeApi({
      '/api/v1/email-outbox': [{ status: 200, body: page({ items: [] }) }],
    });
    const empty = renderApp(<OutboxPage />, { path: '/outbox' });
    expect(await screen.findByText('No e-mail yet…')).toBeInTheDocument();
    empty.unmount();

    fakeApi({
      '/api/v1/email-outbox': [
        {
          status: 500,
          body: {
            statusCode: 500,
            code: 'INTERNAL_ERROR',
            message: 'Something went wrong.',
            requestId: 'r1',
          },
        },
        { status: 200, body: page() },
      ],
    });
    const { user } = renderApp(<OutboxPage />, { path: '/outbox' });
    expect(await screen.findByText('The outbox could not be loaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'E-mails' })).toBeInTheDocument();
  });
});
