import { roleLabels, UserRole } from '@calibrate/contracts';

import type { AppConfig } from '../config/env';
import { DEMO_PASSWORD } from '../demo/demo-data';
import type { SeedSummary } from '../demo/demo-seed';

/**
 * What `npm start` prints once the app listens: where to go and how to sign in. With password
 * sign-in off, the demo password would not work: the banner names the single sign-on provider
 * instead, and the demo users are the emails it must vouch for.
 */
export function startUpBanner(
  config: Pick<AppConfig, 'host' | 'port' | 'auth'>,
  databaseDescription: string,
  seeded: SeedSummary | undefined,
  logins: { email: string; role: UserRole }[],
): string {
  const url = browserUrl(config.host, config.port);
  const sso = config.auth.passwordSignIn ? null : config.auth.oidc;
  const loginLines = logins.map(
    (login) => `    ${login.email.padEnd(28)} ${roleLabels[login.role]}`,
  );
  const lines = [
    '',
    `  Calibrate is running at ${url}`,
    `  API ${url}/api   ·   API docs ${url}/api/docs`,
    `  Database: ${databaseDescription}`,
    ...(seeded
      ? [
          `  Demo data seeded: ${seeded.candidates} candidates, ${seeded.rounds} interview rounds, ${seeded.users} users`,
        ]
      : []),
    ...(sso
      ? [
          '',
          `  Sign-in: single sign-on only (password sign-in is off), through ${sso.issuer}`,
          ...(logins.length
            ? ['  Demo users (the provider must vouch for their email):', ...loginLines]
            : []),
          '',
        ]
      : logins.length
        ? ['', `  Demo logins (password "${DEMO_PASSWORD}"):`, ...loginLines, '']
        : []),
    '  Press Ctrl-C to stop.',
    '',
  ];
  return `${lines.join('\n')}\n`;
}

/** Where a browser on this machine reaches the app (a wildcard address is not one to visit). */
function browserUrl(host: string, port: number): string {
  const shown =
    host === '0.0.0.0'
      ? '127.0.0.1'
      : host === '::'
        ? 'localhost'
        : host.includes(':')
          ? `[${host}]`
          : host;
  return `http://${shown}:${port}`;
}
