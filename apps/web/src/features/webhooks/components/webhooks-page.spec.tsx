import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { WebhooksPage } from './webhooks-page';

// Typing a URL key by key through user-event takes seconds on a busy CI machine.
jest.setTimeout(30_000);

const endpointId = '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6';
const endpoint = {
  id: endpointId,
  url: 'https://ats.example.com/hooks/calibrate',
  description: 'ATS sync',
  events: ['scorecard.submitted', 'candidate.created'],
  enabled: true,
  disabledReason: null,
  failingSince: null,
  lastDelivery: { status: 'delivered', statusCode: 200, at: '2026-11-30T10:00:00.000Z' },
  createdAt: '2026-11-29T09:00:00.000Z',
};
const delivery = {
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  eventId: '11111111-2222-4333-8444-555555555555',
  eventType: 'scorecard.submitted',
  status: 'failed',
  attempts: 14,
  statusCode: 500,
  durationMs: 41,
  error: 'The endpoint answered 500.',
  responseBody: 'Internal error',
  nextAttemptAt: null,
  lastAttemptAt: '2026-11-30T10:00:00.000Z',
  createdAt: '2026-11-29T10:00:00.000Z',
};
const emptyList = { status: 200, body: { items: [] } };

describe('WebhooksPage', () => {
  it('explains webhooks when there are none, adds one and shows its secret once', async () => {
    const { calls } = fakeApi({
      '/api/v1/webhooks': [
        emptyList,
        {
          status: 201,
          body: {
            ...endpoint,
            url: 'http://127.0.0.1:3211/in',
            events: ['scorecard.submitted'],
            lastDelivery: null,
            secret: 'whsec_abc123',
          },
        },
        { status: 200, body: { items: [endpoint] } },
      ],
      [`/api/v1/webhooks/${endpointId}`]: [{ status: 200, body: endpoint }],
      [`/api/v1/webhooks/${endpointId}/deliveries`]: [
        { status: 200, body: { items: [], nextCursor: null } },
      ],
    });
    const { user, router } = renderApp(<WebhooksPage />);
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');

    expect(await screen.findByText('No webhooks yet')).toBeInTheDocument();
    expect(
      screen.getByText(/Calibrate posts signed events to your systems: a submitted scorecard/),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Add endpoint' })[0] as HTMLElement);

    const dialog = await screen.findByRole('dialog', { name: 'Add endpoint' });
    // Nothing chosen: the form says what is missing and sends nothing.
    await user.type(within(dialog).getByLabelText(/Endpoint URL/), 'http://127.0.0.1:3211/in');
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(dialog).findByText('Choose at least one event.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    // Each event says what it means.
    expect(
      within(dialog).getByText('An interviewer submitted a scorecard: recommendation and ratings.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /scorecard\.submitted/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));

    const secret = await screen.findByLabelText('Signing secret');
    expect(secret).toHaveValue('whsec_abc123');
    expect(screen.getByText(/only time the signing secret is shown/)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: 'http://localhost/api/v1/webhooks',
      body: { url: 'http://127.0.0.1:3211/in', description: '', events: ['scorecard.submitted'] },
    });
    await user.click(screen.getByRole('button', { name: 'Copy secret' }));
    expect(writeText).toHaveBeenCalledWith('whsec_abc123');

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?endpoint=${endpointId}`));
    expect(screen.queryByText('whsec_abc123')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('whsec_abc123')).not.toBeInTheDocument();
  });

  it('lists endpoints, shows the delivery log, redelivers and sends a test', async () => {
    const { calls } = fakeApi({
      '/api/v1/webhooks': [{ status: 200, body: { items: [endpoint] } }],
      [`/api/v1/webhooks/${endpointId}`]: [{ status: 200, body: endpoint }],
      [`/api/v1/webhooks/${endpointId}/deliveries`]: [
        { status: 200, body: { items: [delivery], nextCursor: null } },
      ],
      [`/api/v1/webhook-deliveries/${delivery.id}/redeliver`]: [
        { status: 202, body: { ...delivery, status: 'pending', attempts: 0, statusCode: null } },
      ],
      [`/api/v1/webhooks/${endpointId}/test`]: [
        { status: 202, body: { ...delivery, eventType: 'ping', status: 'pending', attempts: 0 } },
      ],
    });
    const { user } = renderApp(<WebhooksPage />, { path: `/?endpoint=${endpointId}` });

    const table = await screen.findByRole('table', { name: 'Webhook endpoints' });
    const row = within(table).getByRole('link', { name: endpoint.url }).closest('tr');
    expect(within(row as HTMLElement).getByText('Enabled')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('Delivered · 200')).toBeInTheDocument();

    const log = await screen.findByRole('table', { name: 'Deliveries' });
    expect(within(log).getByText('Failed · 500')).toBeInTheDocument();
    expect(within(log).getByText('14')).toBeInTheDocument();
    expect(within(log).getByText('The endpoint answered 500.')).toBeInTheDocument();

    const posted = (path: string) =>
      calls.some((call) => call.method === 'POST' && call.url === `http://localhost/api/v1${path}`);
    await user.click(within(log).getByRole('button', { name: /Redeliver scorecard\.submitted/ }));
    await waitFor(() => expect(posted(`/webhook-deliveries/${delivery.id}/redeliver`)).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Send test' }));
    await waitFor(() => expect(posted(`/webhooks/${endpointId}/test`)).toBe(true));
  });

  it('deletes an endpoint only after confirming', async () => {
    const { calls } = fakeApi({
      '/api/v1/webhooks': [{ status: 200, body: { items: [endpoint] } }, emptyList],
      [`/api/v1/webhooks/${endpointId}`]: [{ status: 200, body: endpoint }],
      [`/api/v1/webhooks/${endpointId}/deliveries`]: [
        { status: 200, body: { items: [], nextCursor: null } },
      ],
    });
    // A 204 has no body, which the fake's JSON responses always have.
    const answer = global.fetch;
    global.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method !== 'DELETE') return answer(input, init);
      calls.push({ url: String(input), method: 'DELETE', body: undefined, headers: {} });
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const { user, router } = renderApp(<WebhooksPage />, { path: `/?endpoint=${endpointId}` });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this endpoint?' });
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Delete endpoint' }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'DELETE')?.url).toBe(
        `http://localhost/api/v1/webhooks/${endpointId}`,
      ),
    );
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('No webhooks yet')).toBeInTheDocument();
  });

  it('shows a disabled endpoint with why, and offers to enable it', async () => {
    const disabled = {
      ...endpoint,
      enabled: false,
      disabledReason: 'failing',
      failingSince: '2026-11-28T10:00:00.000Z',
    };
    const { calls } = fakeApi({
      '/api/v1/webhooks': [{ status: 200, body: { items: [disabled] } }],
      [`/api/v1/webhooks/${endpointId}`]: [
        { status: 200, body: disabled },
        { status: 200, body: endpoint },
      ],
      [`/api/v1/webhooks/${endpointId}/deliveries`]: [
        { status: 200, body: { items: [], nextCursor: null } },
      ],
    });
    const { user } = renderApp(<WebhooksPage />, { path: `/?endpoint=${endpointId}` });
    expect(await screen.findByText(/Deliveries failed for a day/)).toBeInTheDocument();
    expect(screen.getAllByText('Disabled after failures').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Send test' })).toBeDisabled();
    expect(await screen.findByText(/Nothing sent yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enable' }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PATCH')).toMatchObject({
        body: { enabled: true },
      }),
    );
  });

  it('says when the endpoints cannot be loaded', async () => {
    fakeApi({
      '/api/v1/webhooks': [
        {
          status: 500,
          body: {
            statusCode: 500,
            code: 'INTERNAL_ERROR',
            message: 'Something went wrong on our side.',
            requestId: 'r1',
          },
        },
      ],
    });
    renderApp(<WebhooksPage />);
    expect(await screen.findByText('Webhook endpoints could not be loaded')).toBeInTheDocument();
  });
});
