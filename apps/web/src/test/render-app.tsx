import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactElement } from 'react';
import { createMemoryRouter, RouteObject, RouterProvider } from 'react-router';

import { AppProvider } from '@/app/provider';

/** Renders `ui` under the app's real providers and a memory router at `path`. */
export function renderApp(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  return renderRoutes([{ path: '*', element: ui }], { path });
}

/** Several routes under the app's real providers (e.g. a guarded screen and the sign-in page). */
export function renderRoutes(routes: RouteObject[], { path = '/' }: { path?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient };
}

interface RecordedRequest {
  url: string;
  method: string;
  body: unknown;
  headers: Record<string, string>;
}

function recorded(input: RequestInfo | URL, init?: RequestInit): RecordedRequest {
  return {
    url: String(input),
    method: init?.method ?? 'GET',
    body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    headers: (init?.headers ?? {}) as Record<string, string>,
  };
}

/** A `fetch` that answers each call with the next of `responses` and records the requests. */
export function fakeFetch(...responses: { status: number; body: unknown }[]) {
  const calls: RecordedRequest[] = [];
  const queue = [...responses];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(recorded(input, init));
    const next = queue.shift();
    if (!next) throw new Error(`Unexpected request ${init?.method ?? 'GET'} ${String(input)}`);
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  global.fetch = fetchMock as typeof fetch;
  return { calls, fetchMock };
}

type FakeResponse = { status: number; body: unknown };

/**
 * A `fetch` for screens that call several endpoints at once: each path (without the query) answers
 * with the next of its own responses, the last one repeating; the requests are recorded.
 */
export function fakeApi(routes: Record<string, FakeResponse[]>) {
  const calls: RecordedRequest[] = [];
  const queues = new Map(Object.entries(routes).map(([path, list]) => [path, [...list]]));
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(recorded(input, init));
    const queue = queues.get(new URL(url).pathname);
    const next = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    if (!next) throw new Error(`Unexpected request ${init?.method ?? 'GET'} ${url}`);
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  global.fetch = fetchMock as typeof fetch;
  return { calls, fetchMock };
}
