export const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:3100';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

interface Session {
  cookie: string;
  csrf: string;
}

let adminSession: Promise<Session> | undefined;

/** Signs in once as the demo admin, the way the web app does. */
function signIn(): Promise<Session> {
  adminSession ??= (async () => {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'calibrate-demo' }),
    });
    if (response.status !== 200)
      throw new Error(`demo sign-in failed: ${response.status} ${await response.text()}`);
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
    const csrf =
      cookies.find((cookie) => cookie.startsWith('csrf_token='))?.slice('csrf_token='.length) ?? '';
    return { cookie: cookies.join('; '), csrf };
  })();
  return adminSession;
}

export async function http(
  method: string,
  path: string,
  options: {
    json?: unknown;
    raw?: string;
    contentType?: string;
    headers?: Record<string, string>;
    anonymous?: boolean;
  } = {},
): Promise<HttpResult> {
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.raw;
  const session = options.anonymous ? undefined : await signIn();
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': options.contentType ?? 'application/json' } : {}),
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** A unique suffix so that re-runs against a kept database never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
