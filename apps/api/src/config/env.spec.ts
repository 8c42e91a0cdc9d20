import { InvalidEnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('gives a zero-configuration development setup', () => {
    const config = parseEnv({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '.data',
      seedDemo: true,
    });
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('lists every bad value in one message', () => {
    expect(() =>
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
    ).toThrow(InvalidEnvError);
    try {
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const problems = (error as InvalidEnvError).problems;
      expect(problems).toHaveLength(2);
      expect(problems.join('\n')).toMatch(/PORT: must be a port number/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL: must be a postgres:\/\/ connection URL/);
    }
  });

  it('requires a database and does not seed demo users in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL: is required in production/,
    );
    const config = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/calibrate' });
    expect(config.seedDemo).toBe(false);
    expect(() =>
      parseEnv({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/calibrate',
        SEED_DEMO: 'true',
      }),
    ).toThrow(/SEED_DEMO: is refused in production/);
  });

  it('lets webhooks post to private addresses outside production only, unless told', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/calibrate' };
    expect(parseEnv({}).webhooks.allowPrivateTargets).toBe(true);
    expect(parseEnv({ NODE_ENV: 'test' }).webhooks.allowPrivateTargets).toBe(true);
    expect(parseEnv(production).webhooks.allowPrivateTargets).toBe(false);
    expect(
      parseEnv({ ...production, WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true' }).webhooks
        .allowPrivateTargets,
    ).toBe(true);
    expect(parseEnv({ WEBHOOKS_ALLOW_PRIVATE_TARGETS: '0' }).webhooks.allowPrivateTargets).toBe(
      false,
    );
    expect(() => parseEnv({ WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'yes' })).toThrow(
      /WEBHOOKS_ALLOW_PRIVATE_TARGETS/,
    );
  });

  it('warns of question exposure above 200 interviews per site-week unless told', () => {
    expect(parseEnv({}).questionExposureWarnPerWeek).toBe(200);
    expect(parseEnv({ QUESTION_EXPOSURE_WARN_PER_WEEK: '50' }).questionExposureWarnPerWeek).toBe(
      50,
    );
    expect(() => parseEnv({ QUESTION_EXPOSURE_WARN_PER_WEEK: '0' })).toThrow(
      /QUESTION_EXPOSURE_WARN_PER_WEEK/,
    );
    expect(() => parseEnv({ QUESTION_EXPOSURE_WARN_PER_WEEK: 'many' })).toThrow(
      /QUESTION_EXPOSURE_WARN_PER_WEEK/,
    );
  });

  it('listens on loopback and trusts no proxy unless told', () => {
    const config = parseEnv({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.trustProxy).toBe(false);
    expect(parseEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses and CIDRs', () => {
    expect(parseEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseEnv({ TRUST_PROXY: 'none' }).trustProxy).toBe(false);
    expect(parseEnv({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'loopback',
    ]);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example.com', '1.2.3.4/8/1']) {
      expect(() => parseEnv({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: must be a hop count/);
    }
  });

  it('has HTTP timeouts and a connection cap, with the head timeout inside the request timeout', () => {
    expect(parseEnv({}).http).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 72_000,
      idleTimeoutMs: 120_000,
      maxConnections: 1000,
    });
    expect(() =>
      parseEnv({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' }),
    ).toThrow(/HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS/);
  });

  it('sends no e-mail without SMTP settings, and links to the API by default', () => {
    expect(parseEnv({ PORT: '3220' }).email).toEqual({
      smtp: null,
      from: 'Calibrate <calibrate@localhost>',
      appUrl: 'http://127.0.0.1:3220',
    });
    expect(parseEnv({ APP_URL: 'https://hire.example.com/' }).email.appUrl).toBe(
      'https://hire.example.com',
    );
  });

  it('reads SMTP from SMTP_URL or from SMTP_HOST and its neighbours', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://mailer:p%40ss@127.0.0.1:2525' }).email.smtp).toEqual({
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      user: 'mailer',
      password: 'p@ss',
    });
    expect(parseEnv({ SMTP_URL: 'smtps://mail.example.com' }).email.smtp).toMatchObject({
      port: 465,
      secure: true,
      user: undefined,
    });
    expect(
      parseEnv({
        SMTP_HOST: 'mail.example.com',
        SMTP_PORT: '465',
        SMTP_USER: 'u',
        SMTP_PASSWORD: 'p',
        MAIL_FROM: 'Hiring <hiring@example.com>',
      }).email,
    ).toMatchObject({
      smtp: { host: 'mail.example.com', port: 465, secure: true, user: 'u', password: 'p' },
      from: 'Hiring <hiring@example.com>',
    });
    expect(parseEnv({ SMTP_HOST: 'mail.example.com', SMTP_SECURE: 'false' }).email.smtp).toEqual({
      host: 'mail.example.com',
      port: 587,
      secure: false,
      user: undefined,
      password: undefined,
    });
  });

  it('refuses SMTP settings that contradict each other', () => {
    expect(() => parseEnv({ SMTP_URL: 'http://mail' })).toThrow(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    expect(() => parseEnv({ SMTP_URL: 'smtp://a:25', SMTP_HOST: 'b' })).toThrow(
      /SMTP_HOST: set SMTP_URL or SMTP_HOST, not both/,
    );
    expect(() => parseEnv({ SMTP_USER: 'u' })).toThrow(/SMTP_HOST: is required when/);
    expect(() => parseEnv({ SMTP_HOST: 'h', SMTP_PORT: '70000' })).toThrow(
      /SMTP_PORT: must be a port number/,
    );
  });
});
