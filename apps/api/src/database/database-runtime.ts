import path from 'node:path';

import { Logger } from 'pino';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/env';
import { buildDataSourceOptions } from './data-source';
import { EmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'calibrate';

export interface DatabaseHandle {
  url: string;
  /** Where the data lives, for the start-up message. */
  description: string;
  /** Stops the embedded server; nothing to do for an external database. */
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise a real PostgreSQL embedded under `DATA_DIR/postgres`. */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
  serverSettings: string[] = [],
): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return {
      url: config.databaseUrl,
      description: `${url.host}${url.pathname}`,
      stop: async () => {},
    };
  }
  const dataDir = path.resolve(config.dataDir, 'postgres');
  const server = new EmbeddedPostgres({
    dataDir,
    settings: serverSettings,
    log: (line) => logger.debug({ postgres: line }),
  });
  logger.info({ dataDir }, 'starting embedded PostgreSQL');
  await server.start();
  await server.ensureDatabase(EMBEDDED_DATABASE_NAME);
  return {
    url: server.url(EMBEDDED_DATABASE_NAME),
    description: `embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir}`,
    stop: () => server.stop(),
  };
}

/** Runs a short-lived data source for start-up work (migrations, seeding) and closes it. */
export async function withDataSource<T>(
  url: string,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(buildDataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies pending migrations, each in its own transaction; returns their names. */
/** Any constant both instances agree on: the key of the advisory lock migrations run under. */
const MIGRATION_LOCK_KEY = 7_460_113;

/**
 * Applies pending migrations. Several API instances may start at once (docker/compose.yml runs
 * two): a session advisory lock makes them take turns, and the later ones find nothing to do.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
