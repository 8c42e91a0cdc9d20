import createClient, { Client, Middleware } from 'openapi-fetch';

import { contractMiddleware } from './contract';
import type { paths } from './generated/openapi';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:3100';

/** A client of the API typed from its OpenAPI document; every response is checked against it. */
export type ApiClient = Client<paths>;

interface Session {
  cookie: string;
  csrf: string;
}

/** A client without a session. */
export const anonymousApi: ApiClient = createClient<paths>({ baseUrl });
anonymousApi.use(contractMiddleware);

let adminSession: Promise<Session> | undefined;

/** Signs in once as the demo admin, the way the web app does. */
function signIn(): Promise<Session> {
  adminSession ??= (async () => {
    const { response } = await anonymousApi.POST('/api/auth/login', {
      body: { email: 'admin@example.com', password: 'calibrate-demo' },
    });
    if (response.status !== 200) throw new Error(`demo sign-in failed: ${response.status}`);
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
    const csrf =
      cookies.find((cookie) => cookie.startsWith('csrf_token='))?.slice('csrf_token='.length) ?? '';
    return { cookie: cookies.join('; '), csrf };
  })();
  return adminSession;
}

/** The demo admin's session cookie and, unless the request sets its own, the CSRF token. */
const adminSessionMiddleware: Middleware = {
  async onRequest({ request }) {
    const session = await signIn();
    request.headers.set('cookie', session.cookie);
    if (!request.headers.has('x-csrf-token')) request.headers.set('x-csrf-token', session.csrf);
    return request;
  },
};

/** A client signed in as the demo admin. */
export const api: ApiClient = createClient<paths>({ baseUrl });
api.use(adminSessionMiddleware, contractMiddleware);

export interface HttpResult {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** A response as the tests compare it: the status, headers and the parsed body. */
export async function result(
  call: Promise<{ response: Response; data?: unknown; error?: unknown }>,
): Promise<HttpResult> {
  const { response, data, error } = await call;
  return {
    status: response.status,
    headers: response.headers,
    body: error ?? data,
    text: typeof (error ?? data) === 'string' ? String(error ?? data) : '',
  };
}

/** A plain request, for what is not an API operation (the web app, unknown routes, assets). */
export async function raw(path: string): Promise<HttpResult> {
  const response = await fetch(`${baseUrl}${path}`);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** A unique suffix so that re-runs against a kept database never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
