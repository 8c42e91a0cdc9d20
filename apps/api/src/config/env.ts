import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * Every setting the API reads, validated once at boot. Nothing else reads `process.env`: the Nest
 * app, the database CLI and the tests all go through `parseEnv`.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce
      .number({ error: 'must be a port number (0–65535)' })
      .int()
      .min(0, 'must be a port number (0–65535)')
      .max(65535, 'must be a port number (0–65535)')
      .default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection URL' })
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().min(1).default('.data'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LOG_PRETTY: booleanFlag.optional(),
    SEED_DEMO: booleanFlag.optional(),
    WEB_DIST_DIR: z.string().min(1).optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60)
      .default(12 * 60),
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(90 * 24)
      .default(7 * 24),
    /** Refit interviewer calibration after this many new submitted scorecards (0: never). */
    CALIBRATION_REFIT_EVERY: z.coerce.number().int().min(0).max(1_000_000).default(50),
    /** The hour (UTC) of the nightly refit; unset or -1: no nightly refit. */
    CALIBRATION_NIGHTLY_HOUR_UTC: z.coerce.number().int().min(-1).max(23).default(2),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.SEED_DEMO === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO'],
        message: 'is refused in production: the demo users have a published password',
      });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required in production (the embedded database is for development only)',
      });
    }
  });

export type Env = z.output<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  /** Unset means: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  logPretty: boolean;
  seedDemo: boolean;
  webDistDir: string | undefined;
  /** A session ends after this long without a request (a long shift of interviews fits)… */
  sessionIdleMinutes: number;
  /** …and after this long in any case. */
  sessionMaxHours: number;
  calibrationRefitEvery: number;
  calibrationNightlyHourUtc: number | null;
}

export class InvalidEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidEnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): AppConfig {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new InvalidEnvError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = result.data;
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    dataDir: env.DATA_DIR,
    logLevel: env.LOG_LEVEL,
    logPretty: env.LOG_PRETTY ?? (!production && Boolean(process.stdout.isTTY)),
    // The demo users (with a published password) never reach a production database.
    seedDemo: !production && (env.SEED_DEMO ?? true),
    webDistDir: env.WEB_DIST_DIR,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionMaxHours: env.SESSION_MAX_HOURS,
    calibrationRefitEvery: env.CALIBRATION_REFIT_EVERY,
    calibrationNightlyHourUtc:
      env.CALIBRATION_NIGHTLY_HOUR_UTC === -1 ? null : env.CALIBRATION_NIGHTLY_HOUR_UTC,
  };
}
