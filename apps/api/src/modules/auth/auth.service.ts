import { Inject, Injectable } from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { verifyPassword } from './password-hasher';
import { hashSessionId, SessionsRepository } from './sessions.repository';

/** Failed sign-ins allowed within 15 minutes, per email and per client address. */
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_IP = 100;

@Injectable()
export class AuthService {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the credentials and opens a new session (a new id every time: never one the browser
   * already had). Unknown email and wrong password fail the same way, after the same work.
   */
  async login(
    email: string,
    password: string,
    ip: string,
  ): Promise<{ sessionId: string; csrfToken: string; userId: string }> {
    const failures = await this.sessions.recentFailures(email, ip);
    if (failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP) {
      const retryAfter =
        failures.byEmail >= MAX_FAILURES_PER_EMAIL
          ? failures.emailRetryAfter
          : failures.ipRetryAfter;
      throw new AppException('TOO_MANY_ATTEMPTS', { retryAfterSeconds: retryAfter }, undefined, {
        'retry-after': String(retryAfter),
      });
    }
    const user = await this.sessions.findCredentials(email);
    const valid = await verifyPassword(user?.password_hash, password);
    if (!user || !valid || !user.active) {
      await this.sessions.recordFailure(email, ip);
      throw new AppException('INVALID_CREDENTIALS');
    }
    await this.sessions.clearFailures(email);
    const session = await this.sessions.create(user.id, this.config.sessionMaxHours);
    return { sessionId: session.id, csrfToken: session.csrfToken, userId: user.id };
  }

  userForSession(sessionId: string): Promise<SessionUser | undefined> {
    return this.sessions.findUser(hashSessionId(sessionId), this.config.sessionIdleMinutes);
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.delete(hashSessionId(sessionId));
  }
}
