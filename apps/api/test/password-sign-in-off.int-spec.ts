import { SSO_SETTINGS_AUDIT_ID, User } from '@calibrate/contracts';

import { hashPassword } from '../src/modules/auth/password-hasher';
import { resetData, startTestApp, TestApp } from './test-app';

/**
 * PASSWORD_SIGN_IN=false: no route hands out or sets a password (people sign in through single
 * sign-on), and the admin's single sign-on settings are audited. The identity provider is never
 * contacted here (discovery happens on the first SSO sign-in), so nothing listens at the issuer.
 */
const ssoOnlyEnv = {
  OIDC_ISSUER: 'http://127.0.0.1:3341',
  OIDC_CLIENT_ID: 'calibrate-test',
  PASSWORD_SIGN_IN: 'false',
};
const PASSWORD = 'a long enough password';

type Response = { status: number; body: unknown; headers: Record<string, string> };

const passwordHashOf = async (t: TestApp, email: string) =>
  (
    (await t.dataSource.query(`SELECT password_hash FROM users WHERE email = $1`, [email])) as {
      password_hash: string | null;
    }[]
  )[0]?.password_hash;

/** The one 400 a refused `password` field gets: VALIDATION_FAILED with that field's issue. */
function expectPasswordFieldRefused(response: Response, code: string, message: string) {
  expect(response.status).toBe(400);
  expect(response.body).toEqual({
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'The request has invalid fields.',
    details: [{ path: ['password'], code, message }],
    requestId: response.headers['x-request-id'],
  });
}

describe('password sign-in off', () => {
  let off: TestApp;
  /** The same database with passwords on: what happens if the deployment turns them back on. */
  let on: TestApp;
  beforeAll(async () => {
    off = await startTestApp(ssoOnlyEnv);
    on = await startTestApp();
  });
  afterAll(async () => {
    await off.close();
    await on.close();
  });
  beforeEach(() => resetData(off));

  const createColleague = async () => {
    const created = await off.http
      .post('/api/v1/users')
      .send({ email: 'Sam.Sso@example.com', name: 'Sam Sso', role: 'interviewer' });
    expect(created.status).toBe(201);
    return created.body as User;
  };

  it('refuses to issue a password reset link with 403 PASSWORD_SIGN_IN_DISABLED, changing nothing', async () => {
    const colleague = await createColleague();
    await off.signInAs(colleague.id);

    const response = (await off.http.post(
      `/api/v1/users/${colleague.id}/password-reset`,
    )) as Response;
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      statusCode: 403,
      code: 'PASSWORD_SIGN_IN_DISABLED',
      message:
        'Password sign-in is turned off here: sign in with your organization’s single sign-on.',
      requestId: response.headers['x-request-id'],
    });
    // Not even for an unknown user: the route is off, whoever it names.
    const unknown = await off.http.post(
      '/api/v1/users/6f1c1d52-3b7e-4d52-9a6c-1f0e8e2b9c11/password-reset',
    );
    expect([unknown.status, (unknown.body as { code: string }).code]).toEqual([
      403,
      'PASSWORD_SIGN_IN_DISABLED',
    ]);
    expect(
      await off.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_tokens`),
    ).toEqual([{ n: 0 }]);
    // The colleague's session (opened above) did not end.
    expect(
      await off.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [
        colleague.id,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it('creates a user without a password, who has no password hash, audited as before', async () => {
    const colleague = await createColleague();
    expect(colleague).toMatchObject({
      email: 'sam.sso@example.com',
      name: 'Sam Sso',
      role: 'interviewer',
      active: true,
    });
    expect(await passwordHashOf(off, 'sam.sso@example.com')).toBeNull();
    const audit = await off.http
      .get('/api/v1/audit-events')
      .query({ entityType: 'user', entityId: colleague.id });
    expect(audit.body).toMatchObject({
      items: [{ action: 'user.created', actorId: off.adminId, after: colleague }],
    });
  });

  it('refuses a password sent with a new user or a change with 400, storing nothing', async () => {
    const refused = (response: Response) =>
      expectPasswordFieldRefused(
        response,
        'password_sign_in_disabled',
        'Password sign-in is turned off here: people sign in with single sign-on, so leave the password out.',
      );
    refused(
      (await off.http.post('/api/v1/users').send({
        email: 'pat@example.com',
        name: 'Pat',
        role: 'recruiter',
        password: PASSWORD,
      })) as Response,
    );
    expect(
      await off.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [
        'pat@example.com',
      ]),
    ).toEqual([{ n: 0 }]);

    const colleague = await createColleague();
    refused(
      (await off.http
        .patch(`/api/v1/users/${colleague.id}`)
        .send({ password: PASSWORD })) as Response,
    );
    expect(await passwordHashOf(off, 'sam.sso@example.com')).toBeNull();
    // The rest of a user still changes.
    const renamed = await off.http.patch(`/api/v1/users/${colleague.id}`).send({ name: 'Sam S.' });
    expect(renamed.body).toMatchObject({ name: 'Sam S.' });
  });

  it('audits changes of the single sign-on settings, visible to admins only', async () => {
    const first = await off.http.put('/api/v1/sso-settings').send({ provisionRole: 'interviewer' });
    expect(first.status).toBe(200);
    const second = await off.http.put('/api/v1/sso-settings').send({ provisionRole: null });
    expect(second.status).toBe(200);

    const history = await off.http
      .get('/api/v1/audit-events')
      .query({ entityType: 'sso_settings', entityId: SSO_SETTINGS_AUDIT_ID });
    expect(history.status).toBe(200);
    const items = (history.body as { items: { createdAt: string; id: string }[] }).items;
    expect(items.map(({ id: _id, createdAt: _at, ...event }) => event)).toEqual([
      {
        actorId: off.adminId,
        action: 'sso_settings.updated',
        entityType: 'sso_settings',
        entityId: SSO_SETTINGS_AUDIT_ID,
        before: { provisionRole: 'interviewer' },
        after: { provisionRole: null },
      },
      {
        actorId: off.adminId,
        action: 'sso_settings.updated',
        entityType: 'sso_settings',
        entityId: SSO_SETTINGS_AUDIT_ID,
        before: { provisionRole: null },
        after: { provisionRole: 'interviewer' },
      },
    ]);

    const recruiter = (await off.dataSource.query(
      `INSERT INTO users (email, name, role) VALUES ('rita@example.com', 'Rita', 'recruiter') RETURNING id`,
    )) as { id: string }[];
    const asRecruiter = await off.signInAs(recruiter[0]?.id ?? '');
    const hidden = await asRecruiter
      .get('/api/v1/audit-events')
      .query({ entityType: 'sso_settings', entityId: SSO_SETTINGS_AUDIT_ID });
    expect([hidden.status, (hidden.body as { code: string }).code]).toEqual([404, 'NOT_FOUND']);
  });

  it('with passwords back on, such a user fails sign-in like an unknown email, after the same work', async () => {
    await createColleague();
    const login = (body: object) =>
      on.anonymous.post('/api/auth/login').send(body) as unknown as Promise<Response>;
    const noPassword = await login({ email: 'sam.sso@example.com', password: 'any password' });
    const unknownEmail = await login({ email: 'nobody@example.com', password: 'any password' });
    for (const response of [noPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        statusCode: 401,
        code: 'INVALID_CREDENTIALS',
        message: 'The email or password is wrong.',
        requestId: response.headers['x-request-id'],
      });
    }
    // The stored-hash path and the no-hash path both verify an argon2id hash.
    await on.dataSource.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('has.password@example.com', 'H', 'interviewer', $1)`,
      [await hashPassword(PASSWORD)],
    );
    const time = async (email: string, password: string) => {
      const started = process.hrtime.bigint();
      await login({ email, password });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[1] ?? 0;
    const withHash = median([
      await time('has.password@example.com', 'x'),
      await time('has.password@example.com', 'y'),
      await time('has.password@example.com', 'z'),
    ]);
    const withoutHash = median([
      await time('sam.sso@example.com', 'x'),
      await time('sam.sso@example.com', 'y'),
      await time('sam.sso@example.com', 'z'),
    ]);
    expect(withoutHash).toBeGreaterThan(withHash * 0.4);
  });
});

describe('password sign-in on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  it('still requires a first password, with the same 400 as before', async () => {
    const response = (await t.http
      .post('/api/v1/users')
      .send({ email: 'pat@example.com', name: 'Pat', role: 'recruiter' })) as Response;
    expectPasswordFieldRefused(
      response,
      'invalid_type',
      'Invalid input: expected string, received undefined',
    );
    const created = await t.http
      .post('/api/v1/users')
      .send({ email: 'pat@example.com', name: 'Pat', role: 'recruiter', password: PASSWORD });
    expect(created.status).toBe(201);
    expect(await passwordHashOf(t, 'pat@example.com')).toMatch(/^\$argon2id\$/);
    const signedIn = await t.anonymous
      .post('/api/auth/login')
      .send({ email: 'pat@example.com', password: PASSWORD });
    expect(signedIn.status).toBe(200);
  });
});
