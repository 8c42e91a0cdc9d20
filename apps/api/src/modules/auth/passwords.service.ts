import {
  ChangePasswordInput,
  PasswordResetInfo,
  passwordResetLinkMessages,
  PasswordResetLinkReason,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { AuditService } from '../audit/audit.service';
import { AuthService } from './auth.service';
import { hashPassword, verifyPassword } from './password-hasher';
import {
  hashResetToken,
  PasswordResetsRepository,
  ResetLinkRow,
} from './password-resets.repository';
import { hashSessionId, SessionsRepository } from './sessions.repository';

/**
 * Failed reset-link lookups are recorded like failed sign-ins, under this key instead of an email:
 * they count towards the client address's limit, so nobody can try tokens faster than passwords.
 */
const RESET_LINK_FAILURE_KEY = 'password-reset-link';

/** Why a link cannot be used now, or undefined when it can. */
export function resetLinkProblem(
  link: ResetLinkRow | undefined,
): PasswordResetLinkReason | undefined {
  if (!link) return 'unknown';
  if (!link.active) return 'account_inactive';
  if (link.used_at) return 'used';
  if (link.revoked_at) return 'replaced';
  if (link.expired) return 'expired';
  return undefined;
}

/** A user's own password: reset with an admin's link, or changed while signed in. */
@Injectable()
export class PasswordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Whose password a link resets, if it still works (the page asks before showing its form). */
  async inspectResetLink(token: string, ip: string): Promise<PasswordResetInfo> {
    await this.auth.assertNotThrottled(RESET_LINK_FAILURE_KEY, ip, false);
    const link = await this.resets.find(this.dataSource.manager, hashResetToken(token));
    const problem = resetLinkProblem(link);
    if (problem || !link) return this.refuse(problem ?? 'unknown', ip);
    return { email: link.email, name: link.name, expiresAt: link.expires_at.toISOString() };
  }

  /**
   * Sets the new password and uses the link up, once: two clicks at the same moment queue on the
   * row lock and the second finds it used. Every session of the user ends, and the user signs in
   * with the new password (see the README: the link itself never opens a session).
   */
  async resetWithLink(token: string, password: string, ip: string): Promise<{ email: string }> {
    await this.auth.assertNotThrottled(RESET_LINK_FAILURE_KEY, ip, false);
    const tokenHash = hashResetToken(token);
    // Hashing takes ~50 ms of CPU: done before the transaction so no lock waits on it.
    const passwordHash = await hashPassword(password);
    const result = await this.dataSource.transaction(async (db) => {
      const link = await this.resets.find(db, tokenHash, true);
      const problem = resetLinkProblem(link);
      if (problem || !link) return { problem: problem ?? 'unknown', link } as const;
      await this.resets.markUsed(db, tokenHash);
      await this.resets.revokeForUser(db, link.user_id);
      await this.sessions.setPasswordHash(db, link.user_id, passwordHash);
      await this.sessions.deleteForUser(db, link.user_id);
      await this.audit.record(db, {
        actorId: link.user_id,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: link.user_id,
        after: { via: 'reset_link', sessionsEnded: true },
      });
      return { problem: undefined, link };
    });
    if (result.problem || !result.link) return this.refuse(result.problem ?? 'unknown', ip);
    // Failed sign-ins before the reset no longer lock the user out of the new password.
    await this.sessions.clearFailures(result.link.email);
    return { email: result.link.email };
  }

  /**
   * Changes the signed-in user's password. A wrong current password counts as a failed sign-in
   * (same limits), so an unlocked screen is no way to guess it. The other sessions end; this one
   * stays.
   */
  async changePassword(
    user: SessionUser,
    sessionId: string,
    input: ChangePasswordInput,
    ip: string,
  ): Promise<void> {
    await this.auth.assertNotThrottled(user.email, ip);
    const storedHash = await this.sessions.findPasswordHash(user.id);
    if (!(await verifyPassword(storedHash, input.currentPassword))) {
      await this.sessions.recordFailure(user.email, ip);
      throw new AppException('VALIDATION_FAILED', [
        {
          path: ['currentPassword'],
          code: 'wrong_password',
          message: 'This is not your current password.',
        },
      ]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (db) => {
      await this.sessions.setPasswordHash(db, user.id, passwordHash);
      await this.sessions.deleteOthersOfUser(db, user.id, hashSessionId(sessionId));
      await this.audit.record(db, {
        actorId: user.id,
        action: 'user.password_changed',
        entityType: 'user',
        entityId: user.id,
        after: { otherSessionsEnded: true },
      });
    });
  }

  /** Throws 410 with the reason a link cannot be used; an unknown token counts as a failure. */
  private async refuse(reason: PasswordResetLinkReason, ip: string): Promise<never> {
    if (reason === 'unknown') await this.sessions.recordFailure(RESET_LINK_FAILURE_KEY, ip);
    throw new AppException(
      'PASSWORD_RESET_LINK_INVALID',
      { reason },
      passwordResetLinkMessages[reason],
    );
  }
}
