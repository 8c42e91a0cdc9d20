import { parseEnv } from '../config/env';
import { startUpBanner } from './start-up-banner';

const logins = [
  { email: 'admin@example.com', role: 'admin' as const },
  { email: 'manager@example.com', role: 'hiring_manager' as const },
];
const seeded = { candidates: 3, rounds: 2, users: 2, scorecards: 4 };

describe('startUpBanner', () => {
  it('lists the demo logins with their password while password sign-in is on', () => {
    const banner = startUpBanner(parseEnv({}), 'embedded PostgreSQL', seeded, logins);
    expect(banner).toContain('Calibrate is running at http://127.0.0.1:3000');
    expect(banner).toContain('Demo logins (password "calibrate-demo"):');
    expect(banner).toContain(`    ${'admin@example.com'.padEnd(28)} Admin`);
    expect(banner).not.toContain('single sign-on');
  });

  it('names the single sign-on provider instead of a password when password sign-in is off', () => {
    const config = parseEnv({
      PASSWORD_SIGN_IN: 'false',
      OIDC_ISSUER: 'https://login.example.com',
      OIDC_CLIENT_ID: 'calibrate',
    });
    const banner = startUpBanner(config, 'embedded PostgreSQL', seeded, logins);
    expect(banner).toContain(
      'Sign-in: single sign-on only (password sign-in is off), through https://login.example.com',
    );
    expect(banner).toContain('Demo users (the provider must vouch for their email):');
    expect(banner).toContain(`    ${'manager@example.com'.padEnd(28)} Hiring manager`);
    expect(banner).not.toContain('calibrate-demo');
    expect(banner).not.toContain('password "');
  });
});
