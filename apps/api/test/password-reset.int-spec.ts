import { createHash } from 'node:crypto';

import { PASSWORD_RESET_LINK_HOURS, User } from '@calibrate/contracts';
import request from 'supertest';

import { insertUser } from './fixtures';
import { Client, resetData, startTestApp, TestApp } from './test-app';

const OLD_PASSWORD = 'the old password 1';
const NEW_PASSWORD = 'a brand new password 2';

describe('passwords: admin-issued reset links and changing one’s own', () => {
  let t: TestApp;
  let user: User;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    const created = await t.http.post('/api/v1/users').send({
      email: 'rosa.recruiter@example.com',
      name: 'Rosa Recruiter',
      role: 'recruiter',
      password: OLD_PASSWORD,
    });
    expect(created.status).toBe(201);
    user = created.body as User;
  });

  const cookieValue = (response: request.Response, name: string) =>
    ((response.headers['set-cookie'] as unknown as string[] | undefined) ?? [])
      .find((cookie) => cookie.startsWith(`${name}=`))
      ?.split(';')[0]
      ?.slice(name.length + 1) ?? '';
  const login = (password: string, email = user.email) =>
    t.anonymous.post('/api/auth/login').send({ email, password });
  /** A real sign-in: the session id, and a client that sends it with its CSRF token. */
  const signIn = async (password = OLD_PASSWORD) => {
    const response = await login(password);
    expect(response.status).toBe(200);
    const session = cookieValue(response, 'calibrate_session');
    const csrf = cookieValue(response, 'csrf_token');
    const client: Client = {
      get: (path) => t.anonymous.get(path).set('cookie', `calibrate_session=${session}`),
      post: (path) =>
        t.anonymous
          .post(path)
          .set('cookie', `calibrate_session=${session}`)
          .set('x-csrf-token', csrf),
      put: (path) => t.anonymous.put(path),
      patch: (path) => t.anonymous.patch(path),
      delete: (path) => t.anonymous.delete(path),
    };
    return { session, client };
  };
  const me = (session: string) =>
    t.anonymous.get('/api/auth/me').set('cookie', `calibrate_session=${session}`);
  const issue = async (userId = user.id) => {
    const response = await t.http.post(`/api/v1/users/${userId}/password-reset`);
    expect(response.status).toBe(201);
    const body = response.body as { path: string; expiresAt: string };
    const token = body.path.replace('/reset-password/', '');
    return { ...body, token };
  };
  const inspect = (token: string) => t.anonymous.get(`/api/auth/password-reset/${token}`);
  const reset = (token: string, password = NEW_PASSWORD) =>
    t.anonymous.post('/api/auth/password-reset').send({ token, password });
  const auditOf = (userId: string) =>
    t.dataSource.query(
      `SELECT actor_id, action, after FROM audit_events WHERE entity_id = $1 AND action LIKE 'user.password%' ORDER BY id`,
      [userId],
    ) as Promise<{ actor_id: string; action: string; after: Record<string, unknown> }[]>;
  const expectLinkRefused = (response: request.Response, reason: string, message: string) =>
    expect(response.body).toEqual({
      statusCode: 410,
      code: 'PASSWORD_RESET_LINK_INVALID',
      message,
      details: { reason },
      requestId: response.headers['x-request-id'],
    });

  it('issues a one-time link that expires in a day, stores only its hash, ends the user’s sessions and audits it', async () => {
    const { session } = await signIn();
    const before = Date.now();
    const link = await issue();

    expect(link.path).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(link.expiresAt) - before;
    expect(expiresIn).toBeGreaterThan(PASSWORD_RESET_LINK_HOURS * 3600_000 - 60_000);
    expect(expiresIn).toBeLessThan(PASSWORD_RESET_LINK_HOURS * 3600_000 + 60_000);

    const rows = (await t.dataSource.query(
      `SELECT token_hash, created_by FROM password_reset_tokens WHERE user_id = $1`,
      [user.id],
    )) as { token_hash: string; created_by: string }[];
    expect(rows).toEqual([
      {
        token_hash: createHash('sha256').update(link.token).digest('base64url'),
        created_by: t.adminId,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(link.token);

    // Whoever holds the old password or a session is out at once.
    expect((await me(session)).status).toBe(401);
    expect((await login(OLD_PASSWORD)).status).toBe(401);
    expect(await auditOf(user.id)).toEqual([
      {
        actor_id: t.adminId,
        action: 'user.password_reset_issued',
        after: { expiresAt: link.expiresAt, passwordCleared: true, sessionsEnded: true },
      },
    ]);
    // The list of users never shows a link.
    expect(JSON.stringify((await t.http.get('/api/v1/users')).body)).not.toContain(link.token);
  });

  it('sets the new password once: the old one and a second use are refused, every session ends', async () => {
    const link = await issue();
    const info = await inspect(link.token);
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      email: 'rosa.recruiter@example.com',
      name: 'Rosa Recruiter',
      expiresAt: link.expiresAt,
    });
    // A session opened after the link was issued (directly: no password works now) ends too.
    const later = await t.signInAs(user.id);
    expect((await later.get('/api/auth/me')).status).toBe(200);

    const done = await reset(link.token);
    expect([done.status, done.body]).toEqual([200, { email: 'rosa.recruiter@example.com' }]);
    expect(done.headers['set-cookie']).toBeUndefined();
    expect((await later.get('/api/auth/me')).status).toBe(401);
    expect((await login(OLD_PASSWORD)).status).toBe(401);
    expect((await login(NEW_PASSWORD)).status).toBe(200);

    const again = await reset(link.token, 'yet another password 3');
    expect(again.status).toBe(410);
    expectLinkRefused(
      again,
      'used',
      'This link was already used. If that was not you, ask an administrator for a new one.',
    );
    expect((await inspect(link.token)).body).toMatchObject({ details: { reason: 'used' } });
    expect((await login(NEW_PASSWORD)).status).toBe(200);

    expect((await auditOf(user.id)).map((event) => [event.actor_id, event.action])).toEqual([
      [t.adminId, 'user.password_reset_issued'],
      [user.id, 'user.password_reset'],
    ]);
  });

  it('lets only the newest link work, and none once an admin set the password', async () => {
    const first = await issue();
    const second = await issue();
    const refused = await reset(first.token);
    expect(refused.status).toBe(410);
    expect(refused.body).toMatchObject({ details: { reason: 'replaced' } });
    expect((await reset(second.token)).status).toBe(200);

    const third = await issue();
    await t.http.patch(`/api/v1/users/${user.id}`).send({ password: 'set by the admin 4' });
    expect((await reset(third.token)).body).toMatchObject({ details: { reason: 'replaced' } });
    expect((await login('set by the admin 4')).status).toBe(200);
  });

  it('refuses an expired link with the sentence the page shows, and an unknown one', async () => {
    const link = await issue();
    await t.dataSource.query(
      `UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'`,
    );
    for (const response of [await inspect(link.token), await reset(link.token)]) {
      expect(response.status).toBe(410);
      expectLinkRefused(
        response,
        'expired',
        'This link has expired: ask an administrator for a new one.',
      );
    }
    // Nothing opens the account now but a new link.
    expect((await login(OLD_PASSWORD)).status).toBe(401);

    const unknown = await reset('x'.repeat(43));
    expect(unknown.status).toBe(410);
    expect(unknown.body).toMatchObject({ details: { reason: 'unknown' } });
  });

  it('checks the new password with the same rules as everywhere, and keeps the link for a retry', async () => {
    const link = await issue();
    const short = await reset(link.token, 'short');
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: ['password'], message: 'Use at least 12 characters.' }],
    });
    expect((await reset(link.token)).status).toBe(200);
  });

  it('refuses a link of a deactivated user, even once reactivated', async () => {
    const link = await issue();
    expect((await t.http.patch(`/api/v1/users/${user.id}`).send({ active: false })).status).toBe(
      200,
    );
    const refused = await reset(link.token);
    expect(refused.status).toBe(410);
    expectLinkRefused(
      refused,
      'account_inactive',
      'This account is deactivated, so its password cannot be reset.',
    );
    const noNewLink = await t.http.post(`/api/v1/users/${user.id}/password-reset`);
    expect(noNewLink.status).toBe(400);
    expect(noNewLink.body).toMatchObject({ details: [{ code: 'inactive' }] });

    await t.http.patch(`/api/v1/users/${user.id}`).send({ active: true });
    expect((await reset(link.token)).body).toMatchObject({ details: { reason: 'replaced' } });
    expect((await issue()).path).toMatch(/^\/reset-password\//);
  });

  it('is issued by admins only, never for oneself, and only for a user that exists', async () => {
    const recruiter = await t.signInAs(await insertUser(t.dataSource, 'recruiter'));
    const forbidden = await recruiter.post(`/api/v1/users/${user.id}/password-reset`);
    expect([forbidden.status, (forbidden.body as { code: string }).code]).toEqual([
      403,
      'FORBIDDEN',
    ]);
    expect(
      await t.dataSource.query(`SELECT 1 FROM password_reset_tokens WHERE user_id = $1`, [user.id]),
    ).toEqual([]);
    const self = await t.http.post(`/api/v1/users/${t.adminId}/password-reset`);
    expect(self.status).toBe(400);
    expect(self.body).toMatchObject({ details: [{ code: 'self' }] });
    const missing = await t.http.post(
      '/api/v1/users/00000000-0000-4000-8000-000000000000/password-reset',
    );
    expect(missing.status).toBe(404);
  });

  it('guards links like sign-in: from another origin, or after too many unknown tokens', async () => {
    const link = await issue();
    const crossSite = await t.anonymous
      .post('/api/auth/password-reset')
      .set('origin', 'https://evil.example')
      .send({ token: link.token, password: NEW_PASSWORD });
    expect(crossSite.status).toBe(403);

    // One real miss shows how this client's address is recorded; 99 more from it follow.
    expect((await inspect('guess-0')).status).toBe(410);
    await t.dataSource.query(
      `INSERT INTO login_failures (email, ip) SELECT 'guess', (SELECT ip FROM login_failures LIMIT 1)
         FROM generate_series(1, 99)`,
    );
    const blocked = await reset(link.token);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  describe('changing one’s own password', () => {
    const change = (client: Client, body: object) => client.post('/api/auth/password').send(body);

    it('needs the current password, ends the other sessions and keeps this one', async () => {
      const elsewhere = await signIn();
      const again = await signIn();

      const wrong = await change(again.client, {
        currentPassword: 'not my password',
        newPassword: NEW_PASSWORD,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toEqual({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: [
          {
            path: ['currentPassword'],
            code: 'wrong_password',
            message: 'This is not your current password.',
          },
        ],
        requestId: wrong.headers['x-request-id'],
      });
      const other = await signIn();

      const changed = await change(again.client, {
        currentPassword: OLD_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(changed.status).toBe(204);
      expect((await me(again.session)).status).toBe(200);
      expect((await me(other.session)).status).toBe(401);
      expect((await me(elsewhere.session)).status).toBe(401);
      expect((await login(OLD_PASSWORD)).status).toBe(401);
      expect((await login(NEW_PASSWORD)).status).toBe(200);

      const events = await auditOf(user.id);
      expect(events.at(-1)).toEqual({
        actor_id: user.id,
        action: 'user.password_changed',
        after: { otherSessionsEnded: true },
      });
    });

    it('refuses the same password again, a short one, and guessing', async () => {
      const { client } = await signIn();
      const same = await change(client, {
        currentPassword: OLD_PASSWORD,
        newPassword: OLD_PASSWORD,
      });
      expect(same.status).toBe(400);
      expect(same.body).toMatchObject({ details: [{ path: ['newPassword'] }] });
      const short = await change(client, { currentPassword: OLD_PASSWORD, newPassword: 'short' });
      expect(short.body).toMatchObject({
        details: [{ path: ['newPassword'], message: 'Use at least 12 characters.' }],
      });

      for (let attempt = 1; attempt <= 10; attempt += 1) {
        const response = await change(client, {
          currentPassword: `guess ${attempt}`,
          newPassword: NEW_PASSWORD,
        });
        expect(response.status).toBe(400);
      }
      const blocked = await change(client, {
        currentPassword: OLD_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(blocked.status).toBe(429);
      expect((await login(OLD_PASSWORD)).status).toBe(429);
    });
  });
});
