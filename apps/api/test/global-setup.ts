import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { migrate, withDataSource } from '../src/database/database-runtime';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';
import { resetSchema } from '../src/database/reset-schema';
import { assertTestDatabase } from './test-database';

declare global {
  var embeddedTestPostgres: { server: EmbeddedPostgres; dir: string } | undefined;
}

/** One database for the whole run: TEST_DATABASE_URL, or a throwaway embedded server. */
export default async function globalSetup(): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = await mkdtemp(path.join(tmpdir(), 'calibrate-test-'));
    // mkdtemp makes it private; the postgres OS user (when run as root) must reach its folder.
    await chmod(dir, 0o755);
    const server = new EmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), ephemeral: true });
    await server.start();
    await server.ensureDatabase('calibrate_test');
    globalThis.embeddedTestPostgres = { server, dir };
    url = server.url('calibrate_test');
  }
  assertTestDatabase(url);
  await withDataSource(url, async (dataSource) => {
    await resetSchema(dataSource);
    await migrate(dataSource);
  });
  // Workers start after this and inherit the environment.
  process.env.CALIBRATE_TEST_DATABASE_URL = url;
}
