import 'reflect-metadata';

import { createUserSchema } from '@calibrate/contracts';

import { createRootLogger } from '../common/logging/logger';
import { InvalidEnvError, parseEnv } from '../config/env';
import { migrate, openDatabase, withDataSource } from '../database/database-runtime';
import { resetSchema } from '../database/reset-schema';
import { seedDemoIfEmpty } from '../demo/demo-seed';
import { hashPassword } from '../modules/auth/password-hasher';

const usage =
  'Usage: db <migrate|seed|reset> | db create-admin <email> <name> (password in ADMIN_PASSWORD)';

/** `npm run db:migrate | db:seed | db:reset`, on the same database `npm start` would use. */
async function run(command: string | undefined, args: string[]): Promise<void> {
  if (command === 'create-admin') return createAdmin(args);
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

/**
 * The first admin of a production database (which never gets the demo users). The password comes
 * from ADMIN_PASSWORD so that it never shows in a process list or shell history.
 */
async function createAdmin([email, ...nameParts]: string[]): Promise<void> {
  // The first admin always gets a password (the schema leaves it out only for single sign-on).
  const input = createUserSchema.required({ password: true }).safeParse({
    email,
    name: nameParts.join(' '),
    role: 'admin',
    password: process.env.ADMIN_PASSWORD ?? '',
  });
  if (!input.success) {
    throw new Error(
      `${usage}\n${input.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  }
  const config = parseEnv(process.env);
  const database = await openDatabase(config, createRootLogger({ ...config, logLevel: 'warn' }));
  try {
    await withDataSource(database.url, async (dataSource) => {
      await migrate(dataSource);
      const passwordHash = await hashPassword(input.data.password);
      const rows = (await dataSource.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'admin', $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [input.data.email, input.data.name, passwordHash],
      )) as unknown[];
      if (rows.length === 0)
        throw new Error(`A user with the email ${input.data.email} already exists.`);
      process.stdout.write(`Created admin ${input.data.email}.\n`);
    });
  } finally {
    await database.stop();
  }
}

run(process.argv[2], process.argv.slice(3)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof InvalidEnvError || error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
