import { CSRF_HEADER } from '@calibrate/contracts';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { createApp } from '../src/bootstrap/create-app';
import { parseEnv } from '../src/config/env';
import { SESSION_COOKIE } from '../src/modules/auth/session-cookies';
import { SessionsRepository } from '../src/modules/auth/sessions.repository';
import { CalibrationService } from '../src/modules/calibration/calibration.service';
import { truncateAll } from './test-database';

/** Requests as one signed-in user: the session cookie on every request, the CSRF token on writes. */
export interface Client {
  get(path: string): request.Test;
  post(path: string): request.Test;
  put(path: string): request.Test;
  patch(path: string): request.Test;
  delete(path: string): request.Test;
}

export interface TestApp {
  app: NestFastifyApplication;
  /** Signed in as the test admin (after `resetData`). */
  http: Client;
  /** No session at all. */
  anonymous: TestAgent;
  dataSource: DataSource;
  adminId: string;
  /** A client signed in as this user (a real session row, no password round trip). */
  signInAs(userId: string): Promise<Client>;
  close(): Promise<void>;
}

/**
 * The real application, as `main.ts` builds it, on the test database; requests go over HTTP.
 * `env`: settings on top of the test defaults (e.g. OIDC_ISSUER for single sign-on).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env.CALIBRATE_TEST_DATABASE_URL;
  if (!databaseUrl)
    throw new Error('Run integration tests with jest.integration.config.cjs (global setup).');
  const config = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await createApp({ config, databaseUrl, logger: pino({ level: 'silent' }) });
  await app.getHttpAdapter().getInstance().ready();
  const anonymous = request(app.getHttpServer());
  const sessions = app.get(SessionsRepository);

  const clientFor = (cookie: string, csrf: string): Client => {
    const withSession = (test: request.Test) => test.set('cookie', `${SESSION_COOKIE}=${cookie}`);
    const writing = (test: request.Test) => withSession(test).set(CSRF_HEADER, csrf);
    return {
      get: (path) => withSession(anonymous.get(path)),
      post: (path) => writing(anonymous.post(path)),
      put: (path) => writing(anonymous.put(path)),
      patch: (path) => writing(anonymous.patch(path)),
      delete: (path) => writing(anonymous.delete(path)),
    };
  };
  const signInAs = async (userId: string) => {
    const session = await sessions.create(userId, 24);
    return clientFor(session.id, session.csrfToken);
  };

  let current: Client | undefined;
  const testApp: TestApp = {
    app,
    anonymous,
    dataSource: app.get(DataSource),
    adminId: '',
    http: {
      get: (path) => signedIn().get(path),
      post: (path) => signedIn().post(path),
      put: (path) => signedIn().put(path),
      patch: (path) => signedIn().patch(path),
      delete: (path) => signedIn().delete(path),
    },
    signInAs,
    close: () => app.close(),
  };
  const signedIn = () => {
    if (!current) throw new Error('Call resetData(t) first: it signs in the test admin.');
    return current;
  };
  Object.defineProperty(testApp, 'session', { set: (client: Client) => (current = client) });
  return testApp;
}

/** Call in `beforeEach`: every test starts from empty tables, signed in as a fresh admin. */
export async function resetData(testApp: TestApp): Promise<void> {
  // A calibration fit may be running in the background (the boot fit on a previous suite's
  // leftovers, or one after N submissions) and its rewrite of stored corrected scores would
  // deadlock with the truncation: let it finish first.
  await testApp.app.get(CalibrationService).settled();
  await truncateAll(testApp.dataSource);
  const rows = (await testApp.dataSource.query(
    `INSERT INTO users (email, name, role) VALUES ('test.admin@example.com', 'Test Admin', 'admin') RETURNING id`,
  )) as { id: string }[];
  testApp.adminId = rows[0]?.id ?? '';
  (testApp as unknown as { session: Client }).session = await testApp.signInAs(testApp.adminId);
}

/**
 * Fits calibration as an admin would and waits for everything a fit starts in the background:
 * the corrected scores' rewrite, then the report aggregates the question analysis and the
 * validity report read (they show the latest aggregated fit, not scorecards submitted since).
 */
export async function fitAndAggregate(testApp: TestApp): Promise<void> {
  const started = await testApp.http.post('/api/v1/calibration/fits');
  if (started.status !== 202) throw new Error(`The fit did not start: ${started.status}`);
  await testApp.app.get(CalibrationService).settled();
  const [fit] = (await testApp.dataSource.query(
    `SELECT status, error, aggregated_at FROM calibration_fits ORDER BY id DESC LIMIT 1`,
  )) as { status: string; error: string | null; aggregated_at: Date | null }[];
  if (fit?.status !== 'succeeded' || !fit.aggregated_at) {
    throw new Error(
      `The fit ended ${fit?.status ?? 'missing'} without aggregates: ${fit?.error ?? ''}`,
    );
  }
}
