import 'reflect-metadata';

import { createRootLogger } from '../common/logging/logger';
import { InvalidEnvError, parseEnv } from '../config/env';
import { migrate, openDatabase, withDataSource } from '../database/database-runtime';
import { resetSchema } from '../database/reset-schema';
import { seedDemoIfEmpty } from '../database/seeds/demo-seed';

const usage = 'Usage: db <migrate|seed|reset>';

/** `npm run db:migrate | db:seed | db:reset`, on the same database `npm start` would use. */
async function run(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed' && command !== 'reset') {
    throw new Error(usage);
  }
  const config = parseEnv(process.env);
  if (command === 'reset' && config.env === 'production') {
    throw new Error('db:reset refuses to run with NODE_ENV=production.');
  }
  const logger = createRootLogger({ ...config, logLevel: 'warn' });
  const database = await openDatabase(config, logger);
  try {
    await withDataSource(database.url, async (dataSource) => {
      if (command === 'reset') {
        await resetSchema(dataSource);
        process.stdout.write('Dropped every table.\n');
      }
      const applied = await migrate(dataSource);
      process.stdout.write(
        applied.length ? `Applied ${applied.join(', ')}\n` : 'No pending migrations.\n',
      );
      if (command === 'seed' || command === 'reset') {
        const seeded = await seedDemoIfEmpty(dataSource);
        process.stdout.write(
          seeded
            ? `Seeded demo data: ${seeded.candidates} candidates, ${seeded.rounds} interview rounds, ${seeded.users} users.\n`
            : 'The database already has data; nothing seeded (npm run db:reset starts over).\n',
        );
      }
    });
  } finally {
    await database.stop();
  }
}

run(process.argv[2]).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof InvalidEnvError || error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
