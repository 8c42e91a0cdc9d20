import { User } from '@calibrate/contracts';

import { hashPassword } from '../src/modules/auth/password-hasher';
import { insertUser } from './fixtures';
import { resetData, startTestApp, TestApp } from './test-app';

const PASSWORD = 'correct horse battery';

describe('sign-in', () => {
  let t: TestApp;
  let passwordHash: string;
  let email: string;

  beforeAll(async () => {
    t = await startTestApp();
    passwordHash = await hashPassword(PASSWORD);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    email = 'rosa.recruiter@example.com';
    await t.dataSource.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Rosa Recruiter', 'recruiter', $2)`,
      [email, passwordHash],
    );
  });

  const login = (body: object, headers: Record<string, string> = {}) => {
    const request = t.anonymous.post('/api/auth/login');
    for (const [name, value] of Object.entries(headers)) void request.set(name, value);
    return request.send(body);
  };
  const cookiesOf = (response: { headers: Record<string, unknown> }) =>
    (response.headers['set-cookie'] as string[] | undefined) ?? [];
  const cookieValue = (response: { headers: Record<string, unknown> }, name: string) =>
    cookiesOf(response)
      .find((cookie) => cookie.startsWith(`${name}=`))
      ?.split(';')[0]
      ?.slice(name.length + 1) ?? '';
  const me = (session: string) =>
    t.anonymous.get('/api/auth/me').set('cookie', `calibrate_session=${session}`);

  it('signs in with a session cookie (httpOnly, SameSite=Lax) and a readable CSRF cookie', async () => {
    const response = await login({ email: 'Rosa.Recruiter@example.com', password: PASSWORD });
    expect(response.status).toBe(200);
    const user = (response.body as { user: User }).user;
    expect(Object.keys(user).sort()).toEqual([
      'active',
      'createdAt',
      'email',
      'id',
      'name',
      'role',
    ]);
    expect(user).toMatchObject({ email, role: 'recruiter', active: true });

    const [session, csrf] = ['calibrate_session', 'csrf_token'].map(
      (name) => cookiesOf(response).find((c) => c.startsWith(`${name}=`)) ?? '',
    );
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/);
    expect(csrf).not.toMatch(/HttpOnly/);

    // X-Forwarded-Proto counts only from a configured proxy (TRUST_PROXY): no proxy here, so a
    // client cannot claim https (Secure behind a trusted proxy: security-sign-in.int-spec.ts).
    const claimedHttps = await login(
      { email, password: PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(cookiesOf(claimedHttps).some((cookie) => /Secure/.test(cookie))).toBe(false);

    const whoAmI = await me(cookieValue(response, 'calibrate_session'));
    expect(whoAmI.status).toBe(200);
    expect(whoAmI.body).toEqual({ user });
    expect(cookieValue(whoAmI, 'csrf_token')).toBe(cookieValue(response, 'csrf_token'));
  });

  it('answers a wrong password and an unknown email the same way, after the same work', async () => {
    const wrongPassword = await login({ email, password: 'not the password' });
    const unknownEmail = await login({ email: 'nobody@example.com', password: 'not the password' });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        statusCode: 401,
        code: 'INVALID_CREDENTIALS',
        message: 'The email or password is wrong.',
        requestId: response.headers['x-request-id'],
      });
      expect(cookiesOf(response)).toEqual([]);
    }
    // Both paths verify an argon2id hash: neither answers in a fraction of the other's time.
    const time = async (body: object) => {
      const started = process.hrtime.bigint();
      await login(body);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[1] ?? 0;
    const known = median([
      await time({ email, password: 'x' }),
      await time({ email, password: 'y' }),
      await time({ email, password: 'z' }),
    ]);
    const unknown = median([
      await time({ email: 'a@example.com', password: 'x' }),
      await time({ email: 'b@example.com', password: 'y' }),
      await time({ email: 'c@example.com', password: 'z' }),
    ]);
    expect(unknown).toBeGreaterThan(known * 0.4);
  });

  it('refuses the 11th failure within 15 minutes for one email with 429 and Retry-After, right password or not', async () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await login({ email, password: `wrong ${attempt}` })).status).toBe(401);
    }
    const blocked = await login({ email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // Another person is not locked out by this.
    await t.dataSource.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('other@example.com', 'O', 'interviewer', $1)`,
      [passwordHash],
    );
    expect((await login({ email: 'other@example.com', password: PASSWORD })).status).toBe(200);
    // Failures older than 15 minutes no longer count.
    await t.dataSource.query(
      `UPDATE login_failures SET created_at = now() - interval '16 minutes'`,
    );
    expect((await login({ email, password: PASSWORD })).status).toBe(200);
  });

  it('refuses the 101st failure from one client address', async () => {
    // One real failure shows how this client's address is recorded; 99 more from it follow.
    await login({ email: 'guess0@example.com', password: 'x' });
    await t.dataSource.query(
      `INSERT INTO login_failures (email, ip) SELECT 'guess' || i || '@example.com', (SELECT ip FROM login_failures LIMIT 1)
         FROM generate_series(1, 99) AS i`,
    );
    const sameIp = await login({ email, password: PASSWORD });
    expect([sameIp.status, sameIp.headers['retry-after'] !== undefined]).toEqual([429, true]);
  });

  it('rotates the session id at sign-in and ends it at sign-out', async () => {
    const first = cookieValue(await login({ email, password: PASSWORD }), 'calibrate_session');
    const second = await t.anonymous
      .post('/api/auth/login')
      .set('cookie', `calibrate_session=${first}`)
      .send({ email, password: PASSWORD });
    const secondId = cookieValue(second, 'calibrate_session');
    expect(secondId).not.toBe(first);
    expect((await me(first)).status).toBe(401);
    expect((await me(secondId)).status).toBe(200);

    const csrf = cookieValue(second, 'csrf_token');
    const logout = await t.anonymous
      .post('/api/auth/logout')
      .set('cookie', `calibrate_session=${secondId}`)
      .set('x-csrf-token', csrf);
    expect(logout.status).toBe(204);
    expect(cookiesOf(logout).some((cookie) => cookie.startsWith('calibrate_session=;'))).toBe(true);
    expect((await me(secondId)).status).toBe(401);
  });

  it('needs a session for everything but health, readiness, login and docs', async () => {
    const anonymous = await Promise.all([
      t.anonymous.get('/api/auth/me'),
      t.anonymous.get('/api/v1/candidates'),
      t.anonymous.post('/api/v1/candidates').send({ name: 'X', email: 'x@example.com' }),
    ]);
    for (const response of anonymous) {
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const open = await Promise.all(
      ['/api/health', '/api/ready', '/api/docs-json'].map((path) => t.anonymous.get(path)),
    );
    expect(open.map((response) => response.status)).toEqual([200, 200, 200]);
  });

  it('refuses writes without the session’s CSRF token, and sign-ins from another origin', async () => {
    const signedIn = await login({ email, password: PASSWORD });
    const session = `calibrate_session=${cookieValue(signedIn, 'calibrate_session')}`;
    const csrf = cookieValue(signedIn, 'csrf_token');
    const post = (token?: string) => {
      const request = t.anonymous.post('/api/v1/candidates').set('cookie', session);
      if (token !== undefined) void request.set('x-csrf-token', token);
      return request.send({ name: 'Via CSRF', email: 'csrf@example.com' });
    };
    for (const response of [await post(), await post('forged-token'), await post(csrf.slice(1))]) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    }
    expect((await post(csrf)).status).toBe(201);

    const crossSite = await login(
      { email, password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
  });

  it('ends sessions after the idle limit and after the absolute limit', async () => {
    const idle = cookieValue(await login({ email, password: PASSWORD }), 'calibrate_session');
    const old = cookieValue(await login({ email, password: PASSWORD }), 'calibrate_session');
    await t.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() - interval '13 hours' WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    expect((await me(idle)).status).toBe(401);
    await t.dataSource.query(
      `UPDATE sessions SET last_seen_at = now(), expires_at = now() - interval '1 second'`,
    );
    expect((await me(old)).status).toBe(401);
  });

  it('puts security headers on every response', async () => {
    for (const response of [
      await t.anonymous.get('/api/health'),
      await t.anonymous.get('/api/v1/candidates'),
    ]) {
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toBeDefined();
    }
  });

  describe('users admin', () => {
    it('lets admins list, create and change users, never showing a secret', async () => {
      const created = await t.http.post('/api/v1/users').send({
        email: 'New.Person@example.com',
        name: 'New Person',
        role: 'interviewer',
        password: 'a long enough password',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        email: 'new.person@example.com',
        role: 'interviewer',
        active: true,
      });
      expect(
        (await login({ email: 'new.person@example.com', password: 'a long enough password' }))
          .status,
      ).toBe(200);

      const list = await t.http.get('/api/v1/users');
      expect(JSON.stringify(list.body)).not.toMatch(/password|hash|csrf/i);
      expect((list.body as { items: User[] }).items.map((u) => u.email)).toContain(
        'new.person@example.com',
      );

      const duplicate = await t.http.post('/api/v1/users').send({
        email: 'new.person@example.com',
        name: 'Again',
        role: 'admin',
        password: 'a long enough password',
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body).toMatchObject({ code: 'USER_EMAIL_TAKEN' });
      const shortPassword = await t.http
        .post('/api/v1/users')
        .send({ email: 'short@example.com', name: 'S', role: 'admin', password: 'short' });
      expect(shortPassword.status).toBe(400);

      const promoted = await t.http
        .patch(`/api/v1/users/${(created.body as User).id}`)
        .send({ role: 'hiring_manager', name: 'Renamed' });
      expect(promoted.body).toMatchObject({ role: 'hiring_manager', name: 'Renamed' });
    });

    it('locks a deactivated user out at once', async () => {
      const session = cookieValue(await login({ email, password: PASSWORD }), 'calibrate_session');
      expect((await me(session)).status).toBe(200);
      const [{ id }] = (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [
        email,
      ])) as [{ id: string }];

      const deactivated = await t.http.patch(`/api/v1/users/${id}`).send({ active: false });
      expect(deactivated.body).toMatchObject({ active: false });
      expect((await me(session)).status).toBe(401);
      expect((await login({ email, password: PASSWORD })).status).toBe(401);
    });

    it('is for admins only, and an admin cannot lock themselves out', async () => {
      const interviewer = await t.signInAs(await insertUser(t.dataSource, 'interviewer'));
      const responses = await Promise.all([
        interviewer.get('/api/v1/users'),
        interviewer.post('/api/v1/users').send({
          email: 'x@example.com',
          name: 'X',
          role: 'admin',
          password: 'a long enough password',
        }),
      ]);
      expect(responses.map((r) => [r.status, (r.body as { code: string }).code])).toEqual([
        [403, 'FORBIDDEN'],
        [403, 'FORBIDDEN'],
      ]);
      const self = await t.http.patch(`/api/v1/users/${t.adminId}`).send({ active: false });
      expect(self.status).toBe(400);
    });
  });
});
