import { isIP } from 'node:net';

import { z } from 'zod';

/** Names proxy-addr (Fastify's trustProxy) accepts for well-known ranges. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Which peers may say who the client is (X-Forwarded-For/-Proto/-Host): none by default, so a
 * client cannot choose the address its sign-in failures count against. A hop count (`1`: the
 * proxy in front, as docker/compose.yml sets for its nginx) or a comma list of addresses/CIDRs.
 */
const trustProxySetting = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'false' || value === 'none' || value === '0') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const bad = entries.filter((entry) => !isAddressOrRange(entry));
    if (!entries.length || bad.length) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be a hop count (e.g. 1) or a comma list of proxy addresses/CIDRs (e.g. 10.0.0.0/8,127.0.0.1); "true" (trust anyone) is refused',
      });
      return z.NEVER;
    }
    return entries;
  });

const milliseconds = (max: number) => z.coerce.number().int().min(0).max(max);

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
    /** Loopback by default: `npm start` seeds demo users with a published password. */
    HOST: z.string().min(1).default('127.0.0.1'),
    TRUST_PROXY: trustProxySetting.optional(),
    /** A client must send its whole request head within this (slow-header clients get a 408). */
    HTTP_HEADERS_TIMEOUT_MS: milliseconds(10 * 60_000)
      .min(100)
      .default(10_000),
    /** …and its whole request, body included (a 1 MB CSV import fits easily). */
    HTTP_REQUEST_TIMEOUT_MS: milliseconds(60 * 60_000).default(60_000),
    /** An idle keep-alive connection closes after this (above nginx's 60 s upstream keep-alive). */
    HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds(10 * 60_000).default(72_000),
    /** A socket with no traffic either way for this long is closed (0: never). */
    HTTP_IDLE_TIMEOUT_MS: milliseconds(60 * 60_000).default(120_000),
    /** Open connections per API instance; more are refused (0: no cap). */
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(0).max(1_000_000).default(1000),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection URL' })
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** A request's query without an answer within this fails with 503 (0: wait forever). */
    DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
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
    /**
     * HMAC key of the device cookies (at least 32 characters). Unset: one is generated and kept
     * in the database, shared by every instance.
     */
    DEVICE_COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Refit interviewer calibration after this many new submitted scorecards (0: never). */
    CALIBRATION_REFIT_EVERY: z.coerce.number().int().min(0).max(1_000_000).default(50),
    /** The hour (UTC) of the nightly refit; unset or -1: no nightly refit. */
    CALIBRATION_NIGHTLY_HOUR_UTC: z.coerce.number().int().min(-1).max(23).default(2),
    /**
     * The question analysis warns when a question was asked in more than this many interviews at
     * one site in one ISO week: its answers may circulate among applicants at that site.
     */
    QUESTION_EXPOSURE_WARN_PER_WEEK: z.coerce.number().int().min(1).max(1_000_000).default(200),
    /**
     * A rubric draft's knock-out what-if counts the candidates of this many most recent rated
     * rounds of the rubric's earlier versions (all of them below it): a bounded read at any size.
     */
    KNOCK_OUT_WHAT_IF_ROUNDS: z.coerce.number().int().min(1).max(1_000_000).default(5000),
    /** Background jobs (pg-boss on the app's database). Default: on, but off under NODE_ENV=test. */
    JOBS_ENABLED: booleanFlag.optional(),
    /** A scorecard is due this many hours after its round's start (a job may set its own). */
    FEEDBACK_DUE_HOURS: z.coerce.number().int().min(1).max(720).default(24),
    /** The interviewer is reminded at due and again every this many hours while it is owed. */
    REMINDER_EVERY_HOURS: z.coerce.number().int().min(1).max(720).default(24),
    /** Hours past due before the job's hiring managers are told, and then the recruiters. */
    ESCALATE_TO_MANAGERS_AFTER_HOURS: z.coerce.number().int().min(0).max(2160).default(48),
    ESCALATE_TO_RECRUITERS_AFTER_HOURS: z.coerce.number().int().min(0).max(2160).default(72),
    /** How often the due-finder looks for reminders to send. */
    REMINDER_SWEEP_MINUTES: z.coerce.number().int().min(1).max(59).default(2),
    /**
     * Let webhooks post to private, loopback and link-local addresses. Default: allowed outside
     * production (local receivers), refused in production (SSRF).
     */
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: booleanFlag.optional(),
    /**
     * Where e-mail goes: `smtp://user:pass@host:587` (`smtps://` for TLS from the start), or the
     * SMTP_HOST… variables. Neither: nothing is sent, mail stays in the outbox for admins to read.
     */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    SMTP_HOST: z.string().trim().min(1).optional(),
    SMTP_PORT: z.coerce
      .number({ error: 'must be a port number (1–65535)' })
      .int()
      .min(1, 'must be a port number (1–65535)')
      .max(65535, 'must be a port number (1–65535)')
      .optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: booleanFlag.optional(),
    /** The sender of every e-mail. */
    MAIL_FROM: z.string().trim().min(3).default('Calibrate <calibrate@localhost>'),
    /** The web app's address, for links in e-mails. Default: this API on HOST:PORT. */
    APP_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
    /** Sign-in with a password (`false`: single sign-on only; then OIDC_ISSUER is required). */
    PASSWORD_SIGN_IN: booleanFlag.optional(),
    /** Single sign-on (OpenID Connect): the identity provider's issuer URL, discovered at first use. */
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
    /** Unset: a public client (PKCE only, no client authentication at the token endpoint). */
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Default: APP_URL + /api/auth/oidc/callback (register this at the identity provider). */
    OIDC_REDIRECT_URI: z
      .url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })
      .optional(),
    OIDC_SCOPES: z
      .string()
      .trim()
      .default('openid email profile')
      .refine((scopes) => scopes.split(/\s+/).includes('openid'), 'must include openid'),
    OIDC_BUTTON_LABEL: z.string().trim().min(1).max(60).default('Sign in with single sign-on'),
  })
  .superRefine((env, ctx) => {
    // Node refuses a head timeout longer than the whole request's.
    if (
      env.HTTP_REQUEST_TIMEOUT_MS > 0 &&
      env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['HTTP_HEADERS_TIMEOUT_MS'],
        message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS',
      });
    }
    if (env.NODE_ENV === 'production' && env.SEED_DEMO === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO'],
        message: 'is refused in production: the demo users have a published password',
      });
    }
    if (env.SMTP_URL && env.SMTP_HOST) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_HOST'],
        message: 'set SMTP_URL or SMTP_HOST, not both',
      });
    }
    if (!env.SMTP_HOST && (env.SMTP_PORT || env.SMTP_USER || env.SMTP_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_HOST'],
        message: 'is required when SMTP_PORT, SMTP_USER or SMTP_PASSWORD is set',
      });
    }
    if (!env.OIDC_ISSUER !== !env.OIDC_CLIENT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: [env.OIDC_ISSUER ? 'OIDC_CLIENT_ID' : 'OIDC_ISSUER'],
        message: 'single sign-on needs both OIDC_ISSUER and OIDC_CLIENT_ID',
      });
    }
    if (env.PASSWORD_SIGN_IN === false && !env.OIDC_ISSUER) {
      ctx.addIssue({
        code: 'custom',
        path: ['PASSWORD_SIGN_IN'],
        message:
          'is false but no single sign-on is configured (OIDC_ISSUER, OIDC_CLIENT_ID): nobody could sign in',
      });
    }
    // Tokens and the client secret travel to the issuer: in clear text only to a local test IdP.
    if (
      env.NODE_ENV === 'production' &&
      env.OIDC_ISSUER?.startsWith('http:') &&
      !isLoopbackUrl(env.OIDC_ISSUER)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'must be an https:// URL in production',
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
  /** Fastify's `trustProxy`: false (no proxy), a hop count, or the proxies' addresses/CIDRs. */
  trustProxy: false | number | string[];
  http: HttpLimits;
  /** Unset means: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  databaseQueryTimeoutMs: number;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  logPretty: boolean;
  seedDemo: boolean;
  webDistDir: string | undefined;
  /** A session ends after this long without a request (a long shift of interviews fits)… */
  sessionIdleMinutes: number;
  /** …and after this long in any case. */
  sessionMaxHours: number;
  /** Unset: generated once and kept in the database (app_secrets). */
  deviceCookieSecret: string | undefined;
  calibrationRefitEvery: number;
  calibrationNightlyHourUtc: number | null;
  /** More interviews than this asking one question at one site in one ISO week: a warning. */
  questionExposureWarnPerWeek: number;
  knockOutWhatIfRounds: number;
  jobs: JobsConfig;
  webhooks: WebhooksConfig;
  email: EmailConfig;
  auth: AuthMethodsConfig;
}

/** How people sign in (see .env.example): passwords, single sign-on, or both. */
export interface AuthMethodsConfig {
  passwordSignIn: boolean;
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Undefined: a public client (PKCE only). */
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string;
  buttonLabel: string;
}

/** How e-mail leaves (see .env.example). `smtp` null: nothing is sent, mail stays queued. */
export interface EmailConfig {
  smtp: SmtpConfig | null;
  from: string;
  /** The web app's address, without a trailing slash, for links in e-mails. */
  appUrl: string;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the start (smtps://, port 465); otherwise STARTTLS if offered. */
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
}

/** Background work and the feedback deadlines it enforces (see .env.example). */
export interface JobsConfig {
  enabled: boolean;
  feedbackDueHours: number;
  reminderEveryHours: number;
  escalateToManagersAfterHours: number;
  escalateToRecruitersAfterHours: number;
  reminderSweepMinutes: number;
}

export interface WebhooksConfig {
  /** Deliver to private, loopback, link-local… addresses (refused in production unless set). */
  allowPrivateTargets: boolean;
}

/** How long a client may take, and how many connections it may hold (see .env.example). */
export interface HttpLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  idleTimeoutMs: number;
  maxConnections: number;
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
  const appUrl = (env.APP_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, '');
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    trustProxy: env.TRUST_PROXY ?? false,
    http: {
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      idleTimeoutMs: env.HTTP_IDLE_TIMEOUT_MS,
      maxConnections: env.HTTP_MAX_CONNECTIONS,
    },
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseQueryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS,
    dataDir: env.DATA_DIR,
    logLevel: env.LOG_LEVEL,
    logPretty: env.LOG_PRETTY ?? (!production && Boolean(process.stdout.isTTY)),
    // The demo users (with a published password) never reach a production database.
    seedDemo: !production && (env.SEED_DEMO ?? true),
    webDistDir: env.WEB_DIST_DIR,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionMaxHours: env.SESSION_MAX_HOURS,
    deviceCookieSecret: env.DEVICE_COOKIE_SECRET,
    calibrationRefitEvery: env.CALIBRATION_REFIT_EVERY,
    calibrationNightlyHourUtc:
      env.CALIBRATION_NIGHTLY_HOUR_UTC === -1 ? null : env.CALIBRATION_NIGHTLY_HOUR_UTC,
    questionExposureWarnPerWeek: env.QUESTION_EXPOSURE_WARN_PER_WEEK,
    knockOutWhatIfRounds: env.KNOCK_OUT_WHAT_IF_ROUNDS,
    jobs: {
      // Integration tests start many apps on one database: a test that needs the queue starts it.
      enabled: env.JOBS_ENABLED ?? env.NODE_ENV !== 'test',
      feedbackDueHours: env.FEEDBACK_DUE_HOURS,
      reminderEveryHours: env.REMINDER_EVERY_HOURS,
      escalateToManagersAfterHours: env.ESCALATE_TO_MANAGERS_AFTER_HOURS,
      escalateToRecruitersAfterHours: env.ESCALATE_TO_RECRUITERS_AFTER_HOURS,
      reminderSweepMinutes: env.REMINDER_SWEEP_MINUTES,
    },
    webhooks: {
      // SSRF: production posts to public addresses only; local receivers are for development.
      allowPrivateTargets: env.WEBHOOKS_ALLOW_PRIVATE_TARGETS ?? !production,
    },
    email: {
      smtp: smtpConfig(env),
      from: env.MAIL_FROM,
      appUrl,
    },
    auth: {
      passwordSignIn: env.PASSWORD_SIGN_IN ?? true,
      oidc:
        env.OIDC_ISSUER && env.OIDC_CLIENT_ID
          ? {
              issuer: env.OIDC_ISSUER,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              redirectUri: env.OIDC_REDIRECT_URI ?? `${appUrl}/api/auth/oidc/callback`,
              scopes: env.OIDC_SCOPES.split(/\s+/).join(' '),
              buttonLabel: env.OIDC_BUTTON_LABEL,
            }
          : null,
    },
  };
}

/** A URL on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function smtpConfig(env: Env): SmtpConfig | null {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    const secure = url.protocol === 'smtps:';
    return {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure: env.SMTP_SECURE ?? secure,
      user: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
    };
  }
  if (!env.SMTP_HOST) return null;
  const secure = env.SMTP_SECURE ?? env.SMTP_PORT === 465;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    user: env.SMTP_USER,
    password: env.SMTP_PASSWORD,
  };
}
