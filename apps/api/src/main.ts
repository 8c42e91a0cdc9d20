import 'reflect-metadata';

import { NestFastifyApplication } from '@nestjs/platform-fastify';

import { createApp } from './bootstrap/create-app';
import { startUpBanner } from './bootstrap/start-up-banner';
import { createRootLogger } from './common/logging/logger';
import { AppConfig, InvalidEnvError, parseEnv } from './config/env';
import { DatabaseHandle, migrate, openDatabase, withDataSource } from './database/database-runtime';
import { demoLogins, seedDemoIfEmpty } from './demo/demo-seed';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo seed on an empty
 * database, then the API and the built web app on one port. Ctrl-C closes the app first and the
 * database second.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config);
  let database: DatabaseHandle | undefined;
  let app: NestFastifyApplication | undefined;
  let stopping = false;

  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    await app
      ?.close()
      .catch((error: unknown) => logger.error({ err: error }, 'closing the app failed'));
    await database
      ?.stop()
      .catch((error: unknown) => logger.error({ err: error }, 'stopping PostgreSQL failed'));
    logger.flush();
    process.exit(exitCode);
  };
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    const now = Date.now();
    if (!firstSignalAt) {
      firstSignalAt = now;
      process.stdout.write(`\nStopping Calibrate (${signal})…\n`);
      void stop(0);
    } else if (now - firstSignalAt > 1500) {
      // A deliberate second Ctrl-C exits at once. One within a moment of the first is the same
      // Ctrl-C delivered twice (by the terminal to the process group, and forwarded by npm).
      process.exit(130);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    database = await openDatabase(config, logger);
    const databaseUrl = database.url;
    const { applied, seeded, logins } = await withDataSource(databaseUrl, async (dataSource) => {
      const migrations = await migrate(dataSource);
      const seed = config.seedDemo ? await seedDemoIfEmpty(dataSource) : undefined;
      return {
        applied: migrations,
        seeded: seed,
        logins: config.seedDemo ? await demoLogins(dataSource) : [],
      };
    });
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');

    app = await createApp({ config, databaseUrl, logger, serveWeb: true });
    await app.listen({ port: config.port, host: config.host });
    process.stdout.write(startUpBanner(config, database.description, seeded, logins));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(
        `Port ${config.port} is already in use. Stop the other process or set PORT.\n`,
      );
    } else {
      logger.fatal({ err: error }, 'Calibrate failed to start');
    }
    await stop(1);
  }
}

function loadConfig(): AppConfig {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }
}

void main();
