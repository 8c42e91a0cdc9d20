import { createRootLogger } from '@calibrate/api/common/logging/logger';
import { parseEnv } from '@calibrate/api/config/env';
import { DatabaseHandle, openDatabase } from '@calibrate/api/database/database-runtime';

import { BENCH_SERVER_SETTINGS } from './bench-data';

/**
 * The benchmark database of `bench:data` and `bench`: the embedded PostgreSQL in `.data/bench`
 * (with the bench server settings), or DATABASE_URL if its database name contains "bench". Both
 * commands write to it, so any other database is refused; `writes` says what they would do to it.
 */
export function openBenchDatabase(writes: string): Promise<DatabaseHandle> {
  const config = parseEnv({ ...process.env, DATA_DIR: process.env.DATA_DIR ?? '.data/bench' });
  if (config.databaseUrl && !new URL(config.databaseUrl).pathname.includes('bench')) {
    throw new Error(`${writes}: point DATABASE_URL at a database whose name contains "bench".`);
  }
  const logger = createRootLogger({ ...config, logLevel: 'warn' });
  return openDatabase(config, logger, BENCH_SERVER_SETTINGS);
}
