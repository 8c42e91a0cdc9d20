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
});
