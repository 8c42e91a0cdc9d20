import { Inject, Injectable } from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { DeviceCookies } from './device-cookies';
import { verifyPassword } from './password-hasher';
import { hashSessionId, SessionsRepository } from './sessions.repository';

/**
 * Failed sign-ins allowed within 15 minutes: per email from unknown devices, per client address,
 * and per device cookie (a browser that signed in as that user before).
 */
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_IP = 100;
export const MAX_FAILURES_PER_DEVICE = 10;

@Injectable()
export class AuthService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly devices: DeviceCookies,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the credentials and opens a new session (a new id every time: never one the browser
   * already had). Unknown email and wrong password fail the same way, after the same work.
   *
   * A valid device cookie for this email (the browser signed in as this user before) puts the
   * attempt on that device's own budget: wrong passwords from elsewhere, which lock unknown
   * devices out of the email, do not lock the owner's browser out (nor does the per-address limit
   * of a shared NAT: the cookie is good for its own email only). The cookie to keep is returned.
   */
  async login(
    email: string,
    password: string,
    ip: string,
    deviceCookie?: string,
  ): Promise<{ sessionId: string; csrfToken: string; userId: string; deviceCookie: string }> {
    const device = await this.devices.verify(deviceCookie, email);
    if (device) await this.assertDeviceNotThrottled(device);
    else await this.assertNotThrottled(email, ip);
    const user = await this.sessions.findCredentials(email);
    const valid = await verifyPassword(user?.password_hash, password);
    if (!user || !valid || !user.active) {
      await this.sessions.recordFailure(email, ip, device);
      throw new AppException('INVALID_CREDENTIALS');
    }
    await this.sessions.clearFailuresOf(email, device);
    const session = await this.sessions.create(user.id, this.config.sessionMaxHours);
    return {
      sessionId: session.id,
      csrfToken: session.csrfToken,
      userId: user.id,
      deviceCookie: device && deviceCookie ? deviceCookie : await this.devices.issue(email),
    };
  }

  /**
   * Refuses, with 429 and Retry-After, a password guess for an email or from a client address
   * that failed too often in the last 15 minutes (sign-in and the current password of a change).
   * `perEmail: false` counts the address only (reset links name no email).
   */
  async assertNotThrottled(email: string, ip: string, perEmail = true): Promise<void> {
    const failures = await this.sessions.recentFailures(email, ip);
    const emailBlocked = perEmail && failures.byEmail >= MAX_FAILURES_PER_EMAIL;
    if (emailBlocked || failures.byIp >= MAX_FAILURES_PER_IP) {
      const retryAfter = emailBlocked ? failures.emailRetryAfter : failures.ipRetryAfter;
      throw new AppException('TOO_MANY_ATTEMPTS', { retryAfterSeconds: retryAfter }, undefined, {
        'retry-after': String(retryAfter),
      });
    }
  }

  /** 429 for a device cookie that failed too often (the right password included). */
  private async assertDeviceNotThrottled(device: string): Promise<void> {
    const failures = await this.sessions.recentDeviceFailures(device, MAX_FAILURES_PER_DEVICE);
    if (failures.count >= MAX_FAILURES_PER_DEVICE) {
      throw new AppException(
        'TOO_MANY_ATTEMPTS',
        { retryAfterSeconds: failures.retryAfter },
        undefined,
        { 'retry-after': String(failures.retryAfter) },
      );
    }
  }

  userForSession(sessionId: string): Promise<SessionUser | undefined> {
    return this.sessions.findUser(hashSessionId(sessionId), this.config.sessionIdleMinutes);
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.delete(hashSessionId(sessionId));
  }
}
