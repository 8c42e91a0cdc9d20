import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { InvalidEnvError, parseEnv } from '../src/config/env';
import { resetData, startTestApp, TestApp } from './test-app';

/**
 * Single sign-on against a real OpenID Connect provider (scripts/oidc-provider.mjs, panva's
 * oidc-provider) started by the test on a loopback port; the test plays the browser: it follows
 * the redirects, fills in the provider's sign-in form, and brings the code back to the API.
 */
const PROVIDER_PORT = 3322;
const ISSUER = `http://127.0.0.1:${PROVIDER_PORT}`;
// Registered at the provider; the test replays the provider's redirect to it on the test app.
const REDIRECT_URI = 'http://127.0.0.1:3321/api/auth/oidc/callback';
const CLIENT = { client_id: 'calibrate-test', client_secret: 'a test client secret' };

const accounts = [
  { sub: 'sub-linked', email: 'new.address@example.com', email_verified: true, name: 'Lin Linked' },
  { sub: 'sub-known', email: 'known@example.com', email_verified: true, name: 'Kim Known' },
  { sub: 'sub-new', email: 'New.Person@Example.com', email_verified: true, name: 'Nia New' },
  { sub: 'sub-unverified', email: 'unverified@example.com', email_verified: false, name: 'U' },
  { sub: 'sub-disabled', email: 'disabled@example.com', email_verified: true, name: 'Dee' },
  { sub: 'sub-other', email: 'known@example.com', email_verified: true, name: 'Kim Twin' },
];

const ssoEnv = {
  OIDC_ISSUER: ISSUER,
  OIDC_CLIENT_ID: CLIENT.client_id,
  OIDC_CLIENT_SECRET: CLIENT.client_secret,
  OIDC_REDIRECT_URI: REDIRECT_URI,
  OIDC_BUTTON_LABEL: 'Sign in with Test IdP',
};

function startProvider(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(__dirname, '../../../scripts/oidc-provider.mjs')],
    {
      env: {
        ...process.env,
        OIDC_PROVIDER_PORT: String(PROVIDER_PORT),
        OIDC_PROVIDER_CLIENT: JSON.stringify({ ...CLIENT, redirect_uris: [REDIRECT_URI] }),
        OIDC_PROVIDER_ACCOUNTS: JSON.stringify(accounts),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`provider did not start:\n${output}`)), 15_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('OIDC provider ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', () => reject(new Error(`provider exited:\n${output}`)));
  });
}

/** A browser's cookies at the provider, enough for its interaction and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

type Headers = Record<string, unknown>;
const cookiesOf = (response: { headers: Headers }) =>
  (response.headers['set-cookie'] as string[] | undefined) ?? [];
const cookieValue = (response: { headers: Headers }, name: string) =>
  cookiesOf(response)
    .find((cookie) => cookie.startsWith(`${name}=`))
    ?.split(';')[0]
    ?.slice(name.length + 1) ?? '';

describe('single sign-on (OpenID Connect)', () => {
  let provider: ChildProcess;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startProvider();
    t = await startTestApp(ssoEnv);
  });
  afterAll(async () => {
    await t.close();
    provider.kill('SIGTERM');
  });
  beforeEach(() => resetData(t));

  /** GET /api/auth/oidc/login: where it sends the browser, and the attempt cookie. */
  async function start(next = '/jobs') {
    const response = await t.anonymous.get(`/api/auth/oidc/login?next=${encodeURIComponent(next)}`);
    expect(response.status).toBe(302);
    return {
      location: response.headers.location as string,
      cookie: `calibrate_sso=${cookieValue(response, 'calibrate_sso')}`,
    };
  }

  /**
   * The browser at the provider: the authorization request, the sign-in form with `email` (or
   * its Cancel button), until the provider redirects to our callback; returns that URL's path.
   */
  async function atProvider(authorizationUrl: string, email: string | 'cancel'): Promise<string> {
    const jar = new CookieJar();
    let url = authorizationUrl;
    let init: RequestInit = {};
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as object), cookie: jar.header() },
      });
      jar.store(response);
      init = {};
      const location = response.headers.get('location');
      if (location) {
        const next = new URL(location, url);
        if (next.href.startsWith(REDIRECT_URI)) return `${next.pathname}${next.search}`;
        url = next.href;
        continue;
      }
      const html = await response.text();
      const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1];
      if (!action) throw new Error(`no sign-in form at ${url}: ${response.status} ${html}`);
      const uid = action.split('/')[2] ?? '';
      url = new URL(email === 'cancel' ? `/interaction/${uid}/abort` : action, url).href;
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: email === 'cancel' ? '' : new URLSearchParams({ email }).toString(),
      };
    }
    throw new Error('too many redirects at the provider');
  }

  /** The whole round trip; the callback's answer. */
  async function signIn(email: string, options: { next?: string } = {}) {
    const attempt = await start(options.next);
    const callback = await atProvider(attempt.location, email);
    return t.anonymous.get(callback).set('cookie', attempt.cookie);
  }

  const me = (response: { headers: Headers }) =>
    t.anonymous
      .get('/api/auth/me')
      .set('cookie', `calibrate_session=${cookieValue(response, 'calibrate_session')}`);

  const expectRefused = (response: { status: number; headers: Headers }, reason: string) => {
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`/login?sso_error=${reason}`);
    expect(cookieValue(response, 'calibrate_session')).toBe('');
  };

  const insertPerson = async (email: string, role = 'interviewer', active = true) =>
    (
      (await t.dataSource.query(
        `INSERT INTO users (email, name, role, active) VALUES ($1, 'Someone', $2, $3) RETURNING id`,
        [email, role, active],
      )) as { id: string }[]
    )[0]?.id ?? '';
  const link = (userId: string, subject: string) =>
    t.dataSource.query(
      `INSERT INTO user_identities (user_id, issuer, subject, email) VALUES ($1, $2, $3, 'old.address@example.com')`,
      [userId, ISSUER, subject],
    );
  const auditActions = async (userId: string) =>
    (
      (await t.dataSource.query(
        `SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY id`,
        [userId],
      )) as { action: string; after: Record<string, unknown> }[]
    ).map((row) => ({ action: row.action, after: row.after }));

  it('tells the sign-in page about the button, and sends the browser to the provider with PKCE, state and nonce', async () => {
    const methods = await t.anonymous.get('/api/auth/methods');
    expect(methods.status).toBe(200);
    expect(methods.body).toEqual({ password: true, sso: { label: 'Sign in with Test IdP' } });

    const response = await t.anonymous.get('/api/auth/oidc/login?next=/jobs');
    const location = new URL(response.headers.location as string);
    expect(`${location.origin}${location.pathname}`).toBe(`${ISSUER}/auth`);
    expect(location.searchParams.get('client_id')).toBe(CLIENT.client_id);
    expect(location.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(location.searchParams.get('scope')).toBe('openid email profile');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(location.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(location.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const cookie = cookiesOf(response).find((c) => c.startsWith('calibrate_sso='));
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=600/);
    // Encrypted: neither the state nor the verifier can be read from it.
    expect(cookie).not.toContain(location.searchParams.get('state'));
  });

  it('signs in a linked user by the subject, even after their email changed at the provider', async () => {
    const userId = await insertPerson('lin@example.com', 'hiring_manager');
    await link(userId, 'sub-linked');
    const response = await signIn('new.address@example.com', { next: '/jobs?tab=open' });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/jobs?tab=open');
    expect(cookieValue(response, 'csrf_token')).not.toBe('');
    // The attempt cookie is spent.
    expect(cookiesOf(response).find((c) => c.startsWith('calibrate_sso='))).toMatch(
      /Expires=Thu, 01 Jan 1970/,
    );
    const session = await me(response);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({
      id: userId,
      email: 'lin@example.com',
      role: 'hiring_manager',
    });
    const [identity] = (await t.dataSource.query(
      `SELECT last_sign_in_at > created_at AS touched FROM user_identities WHERE subject = 'sub-linked'`,
    )) as { touched: boolean }[];
    expect(identity?.touched).toBe(true);
  });

  it('links a known user by their verified email on the first sign-on, and audits the link', async () => {
    const userId = await insertPerson('known@example.com', 'recruiter');
    const first = await signIn('known@example.com', { next: '//evil.example.com' });
    // Never off the app: a `next` that is not an app path lands on the home page.
    expect(first.headers.location).toBe('/');
    expect((await me(first)).body.user.id).toBe(userId);
    expect(
      await t.dataSource.query(
        `SELECT issuer, subject, email FROM user_identities WHERE user_id = $1`,
        [userId],
      ),
    ).toEqual([{ issuer: ISSUER, subject: 'sub-known', email: 'known@example.com' }]);
    expect(await auditActions(userId)).toEqual([
      {
        action: 'user.identity_linked',
        after: {
          issuer: ISSUER,
          subject: 'sub-known',
          email: 'known@example.com',
          matchedBy: 'email',
        },
      },
    ]);

    // Another account at the provider with the same email does not get this user.
    expectRefused(await signIn('sub-other'), 'identity_conflict');
  });

  it('provisions a first-time person with the role an admin chose, and audits it', async () => {
    const refused = await t.http.put('/api/v1/sso-settings').send({ provisionRole: 'admin' });
    expect(refused.status).toBe(400);
    const saved = await t.http.put('/api/v1/sso-settings').send({ provisionRole: 'recruiter' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      configured: true,
      issuer: ISSUER,
      provisionRole: 'recruiter',
      updatedAt: expect.any(String),
    });
    expect((await t.http.get('/api/v1/sso-settings')).body).toEqual(saved.body);

    const response = await signIn('New.Person@Example.com');
    expect(response.headers.location).toBe('/jobs');
    const user = (await me(response)).body.user;
    expect(user).toMatchObject({
      email: 'new.person@example.com',
      name: 'Nia New',
      role: 'recruiter',
      active: true,
    });
    const [row] = (await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [
      user.id,
    ])) as {
      password_hash: string | null;
    }[];
    expect(row?.password_hash).toBeNull();
    expect(await auditActions(user.id)).toEqual([
      {
        action: 'user.provisioned',
        after: expect.objectContaining({
          id: user.id,
          role: 'recruiter',
          identity: { issuer: ISSUER, subject: 'sub-new', email: 'new.person@example.com' },
        }),
      },
    ]);
    // The next time, by the subject.
    expect((await me(await signIn('New.Person@Example.com'))).body.user.id).toBe(user.id);
  });

  it('refuses an unknown person while provisioning is off', async () => {
    expect((await t.http.get('/api/v1/sso-settings')).body.provisionRole).toBeNull();
    expectRefused(await signIn('New.Person@Example.com'), 'no_account');
    expect(
      await t.dataSource.query(`SELECT 1 FROM users WHERE email = 'new.person@example.com'`),
    ).toEqual([]);
  });

  it('refuses a deactivated user, linked or matched by email', async () => {
    await t.http.put('/api/v1/sso-settings').send({ provisionRole: 'interviewer' });
    await insertPerson('disabled@example.com', 'interviewer', false);
    expectRefused(await signIn('disabled@example.com'), 'account_disabled');
    const linked = await insertPerson('lin@example.com', 'interviewer', false);
    await link(linked, 'sub-linked');
    expectRefused(await signIn('new.address@example.com'), 'account_disabled');
  });

  it('refuses an email the provider has not verified, even when it matches a user', async () => {
    await t.http.put('/api/v1/sso-settings').send({ provisionRole: 'interviewer' });
    await insertPerson('unverified@example.com', 'admin');
    expectRefused(await signIn('unverified@example.com'), 'email_not_verified');
    expect(await t.dataSource.query(`SELECT 1 FROM user_identities`)).toEqual([]);
  });

  it('refuses a callback whose state does not match the attempt, or without the attempt', async () => {
    await insertPerson('known@example.com');
    const attempt = await start();
    const callback = await atProvider(attempt.location, 'known@example.com');
    const tampered = callback.replace(/state=[^&]+/, 'state=someone-elses-state');
    expectRefused(await t.anonymous.get(tampered).set('cookie', attempt.cookie), 'state_mismatch');
    // Another browser (no attempt cookie), or after the cookie expired.
    expectRefused(await t.anonymous.get(callback), 'expired');
    // A forged cookie is no attempt either.
    expectRefused(
      await t.anonymous.get(callback).set('cookie', `${attempt.cookie.slice(0, -4)}AAAA`),
      'expired',
    );
  });

  it('refuses an ID token issued for another nonce', async () => {
    await insertPerson('known@example.com');
    const attempt = await start();
    // The authorization request altered on its way (same state and PKCE challenge, other nonce).
    const altered = new URL(attempt.location);
    altered.searchParams.set('nonce', 'a-nonce-this-browser-never-chose');
    const callback = await atProvider(altered.href, 'known@example.com');
    expectRefused(await t.anonymous.get(callback).set('cookie', attempt.cookie), 'state_mismatch');
    expect(await t.dataSource.query(`SELECT 1 FROM user_identities`)).toEqual([]);
  });

  it('says so when the person cancels at the provider', async () => {
    const attempt = await start();
    const callback = await atProvider(attempt.location, 'cancel');
    expect(callback).toContain('error=access_denied');
    expectRefused(await t.anonymous.get(callback).set('cookie', attempt.cookie), 'idp_error');
  });

  it('keeps password sign-in working when the provider cannot be reached', async () => {
    const offline = await startTestApp({ ...ssoEnv, OIDC_ISSUER: 'http://127.0.0.1:3329' });
    try {
      expect((await offline.anonymous.get('/api/auth/methods')).body).toEqual({
        password: true,
        sso: { label: 'Sign in with Test IdP' },
      });
      const response = await offline.anonymous.get('/api/auth/oidc/login');
      expectRefused(response, 'idp_unavailable');
      const login = await offline.anonymous
        .post('/api/auth/login')
        .send({ email: 'nobody@example.com', password: 'wrong password' });
      expect(login.body.code).toBe('INVALID_CREDENTIALS');
    } finally {
      await offline.close();
    }
  });
});

describe('password sign-in turned off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...ssoEnv, PASSWORD_SIGN_IN: 'false' });
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  it('tells the sign-in page to show the SSO button only', async () => {
    expect((await t.anonymous.get('/api/auth/methods')).body).toEqual({
      password: false,
      sso: { label: 'Sign in with Test IdP' },
    });
  });

  it('refuses sign-in, password reset links and password changes with 403 PASSWORD_SIGN_IN_DISABLED', async () => {
    const refused = (response: { status: number; body: unknown; headers: Headers }) => {
      expect(response.status).toBe(403);
      expect(response.body).toEqual({
        statusCode: 403,
        code: 'PASSWORD_SIGN_IN_DISABLED',
        message:
          'Password sign-in is turned off here: sign in with your organization’s single sign-on.',
        requestId: response.headers['x-request-id'],
      });
    };
    refused(
      await t.anonymous
        .post('/api/auth/login')
        .send({ email: 'test.admin@example.com', password: 'any password at all' }),
    );
    refused(await t.anonymous.get('/api/auth/password-reset/some-token'));
    refused(
      await t.anonymous
        .post('/api/auth/password-reset')
        .send({ token: 'some-token', password: 'a long enough password' }),
    );
    refused(
      await t.http
        .post('/api/auth/password')
        .send({ currentPassword: 'whatever it was', newPassword: 'a long enough password' }),
    );
  });

  it('refuses to start without single sign-on configured', () => {
    expect(() => parseEnv({ NODE_ENV: 'test', PASSWORD_SIGN_IN: 'false' })).toThrow(
      new InvalidEnvError([
        'PASSWORD_SIGN_IN: is false but no single sign-on is configured (OIDC_ISSUER, OIDC_CLIENT_ID): nobody could sign in',
      ]),
    );
  });
});
