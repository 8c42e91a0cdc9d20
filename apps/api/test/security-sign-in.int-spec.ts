import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import request from 'supertest';

import { createApp } from '../src/bootstrap/create-app';
import { parseEnv } from '../src/config/env';
import { hashPassword } from '../src/modules/auth/password-hasher';
import { resetData, startTestApp, TestApp } from './test-app';

const PASSWORD = 'correct horse battery';
const OWNER = 'owner.admin@example.com';
const OTHER = 'other.user@example.com';

type Response = request.Response;

const cookiesOf = (response: Response) =>
  (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
const cookieNamed = (response: Response, name: string) =>
  cookiesOf(response).find((cookie) => cookie.startsWith(`${name}=`));
const valueOf = (response: Response, name: string) =>
  cookieNamed(response, name)
    ?.split(';')[0]
    ?.slice(name.length + 1) ?? '';

/**
 * Device cookies (issue 18, OWASP "Slow down online guessing attacks with device cookies"):
 * wrong passwords from unknown devices lock the email for unknown devices only; a browser that
 * signed in as the user before keeps its own budget.
 */
describe('security: sign-in with device cookies', () => {
  let t: TestApp;
  let passwordHash: string;

  beforeAll(async () => {
    t = await startTestApp();
    passwordHash = await hashPassword(PASSWORD);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    for (const email of [OWNER, OTHER]) {
      await t.dataSource.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'User', 'admin', $2)`,
        [email, passwordHash],
      );
    }
  });

  const login = (email: string, password: string, deviceCookie?: string) => {
    const attempt = t.anonymous.post('/api/auth/login');
    if (deviceCookie !== undefined) void attempt.set('cookie', `calibrate_device=${deviceCookie}`);
    return attempt.send({ email, password });
  };
  /** The attacker: ten wrong passwords from devices that never signed in as the owner. */
  const lockOutUnknownDevices = async (email = OWNER) => {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await login(email, `guess ${attempt}`)).status).toBe(401);
    }
    const locked = await login(email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
  };

  it('gives a browser that signs in an httpOnly, strict device cookie for the sign-in routes', async () => {
    const response = await login(OWNER, PASSWORD);
    expect(response.status).toBe(200);
    const cookie = cookieNamed(response, 'calibrate_device') ?? '';
    expect(cookie).toMatch(/^calibrate_device=v1\.[\w-]{22}\.[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(cookie).toMatch(/Max-Age=15552000/);
    // It names no email.
    expect(decodeURIComponent(cookie)).not.toContain('owner');
    // A failed attempt gets none.
    expect(cookieNamed(await login(OWNER, 'wrong'), 'calibrate_device')).toBeUndefined();
  });

  it('lets the owner’s browser in with its device cookie while unknown devices are locked out', async () => {
    const device = valueOf(await login(OWNER, PASSWORD), 'calibrate_device');
    await lockOutUnknownDevices();

    const owner = await login(OWNER, PASSWORD, device);
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({ user: { email: OWNER } });
    const session = valueOf(owner, 'calibrate_session');
    const me = await t.anonymous.get('/api/auth/me').set('cookie', `calibrate_session=${session}`);
    expect(me.status).toBe(200);
    // It keeps the same device cookie.
    expect(valueOf(owner, 'calibrate_device')).toBe(device);

    // The owner signing in does not give the attacker a fresh budget.
    expect((await login(OWNER, PASSWORD)).status).toBe(429);
  });

  it('gives a forged, tampered or other user’s device cookie no privilege', async () => {
    const ownDevice = valueOf(await login(OWNER, PASSWORD), 'calibrate_device');
    const otherUsersDevice = valueOf(await login(OTHER, PASSWORD), 'calibrate_device');
    await lockOutUnknownDevices();

    const [, id = '', signature = ''] = ownDevice.split('.');
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const candidates = [
      otherUsersDevice,
      `v1.${id}.${flipped}`,
      `v1.${'A'.repeat(22)}.${'A'.repeat(43)}`,
      'not-a-device-cookie',
    ];
    for (const forged of candidates) {
      const response = await login(OWNER, PASSWORD, forged);
      expect(response.status).toBe(429);
      expect(response.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
      expect(cookiesOf(response)).toEqual([]);
    }
    // The other user's cookie still works for the other user.
    expect((await login(OTHER, PASSWORD, otherUsersDevice)).status).toBe(200);
  });

  it('locks a device cookie after ten failures of its own, and only that device', async () => {
    const laptop = valueOf(await login(OWNER, PASSWORD), 'calibrate_device');
    const phone = valueOf(await login(OWNER, PASSWORD), 'calibrate_device');
    expect(phone).not.toBe(laptop);

    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await login(OWNER, `typo ${attempt}`, laptop)).status).toBe(401);
    }
    const locked = await login(OWNER, PASSWORD, laptop);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: expect.any(Number) as number },
    });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // The other device and unknown devices keep their budgets.
    expect((await login(OWNER, PASSWORD, phone)).status).toBe(200);
    expect((await login(OWNER, PASSWORD)).status).toBe(200);

    // The device's failures leave the window after 15 minutes.
    await t.dataSource.query(
      `UPDATE login_failures SET created_at = now() - interval '16 minutes'`,
    );
    expect((await login(OWNER, PASSWORD, laptop)).status).toBe(200);
  });

  it('keeps the device cookie’s secret in the database, the same for every instance', async () => {
    // Two more instances, started after this test's reset emptied app_secrets.
    const instances = await Promise.all(
      [1, 2].map(async () => {
        const app = await createApp({
          config: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
          databaseUrl: process.env.CALIBRATE_TEST_DATABASE_URL ?? '',
          logger: pino({ level: 'silent' }),
        });
        await app.getHttpAdapter().getInstance().ready();
        return app;
      }),
    );
    try {
      const [first, second] = instances.map((app) => request(app.getHttpServer()));
      if (!first || !second) throw new Error('two instances expected');
      const signedIn = await first
        .post('/api/auth/login')
        .send({ email: OWNER, password: PASSWORD });
      const device = valueOf(signedIn, 'calibrate_device');
      expect(device).not.toBe('');
      await lockOutUnknownDevices();
      const viaSecond = await second
        .post('/api/auth/login')
        .set('cookie', `calibrate_device=${device}`)
        .send({ email: OWNER, password: PASSWORD });
      expect(viaSecond.status).toBe(200);
    } finally {
      for (const app of instances) await app.close();
    }
    const secrets = (await t.dataSource.query(`SELECT name FROM app_secrets`)) as {
      name: string;
    }[];
    expect(secrets).toEqual([{ name: 'device_cookie_hmac' }]);
  });

  describe('behind a trusted proxy', () => {
    let proxied: NestFastifyApplication;
    beforeAll(async () => {
      proxied = await createApp({
        config: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', TRUST_PROXY: 'loopback' }),
        databaseUrl: process.env.CALIBRATE_TEST_DATABASE_URL ?? '',
        logger: pino({ level: 'silent' }),
      });
      await proxied.getHttpAdapter().getInstance().ready();
    });
    afterAll(() => proxied.close());

    it('marks every cookie Secure when the proxy says the client used https', async () => {
      const response = await request(proxied.getHttpServer())
        .post('/api/auth/login')
        .set('x-forwarded-proto', 'https')
        .send({ email: OWNER, password: PASSWORD });
      expect(response.status).toBe(200);
      const cookies = cookiesOf(response);
      expect(cookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual([
        'calibrate_device',
        'calibrate_session',
        'csrf_token',
      ]);
      expect(cookies.every((cookie) => /; Secure/.test(cookie))).toBe(true);
    });
  });
});
