import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { createApp } from '../src/bootstrap/create-app';
import { parseEnv } from '../src/config/env';
import { truncateAll } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real application, as `main.ts` builds it, on the test database; requests go over HTTP. */
export async function startTestApp(): Promise<TestApp> {
  const databaseUrl = process.env.CALIBRATE_TEST_DATABASE_URL;
  if (!databaseUrl)
    throw new Error('Run integration tests with jest.integration.config.cjs (global setup).');
  const config = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await createApp({ config, databaseUrl, logger: pino({ level: 'silent' }) });
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

/** Call in `beforeEach`: every test starts from empty tables. */
export function resetData(testApp: TestApp): Promise<void> {
  return truncateAll(testApp.dataSource);
}
