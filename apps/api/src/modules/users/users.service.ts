import {
  CreateUser,
  PASSWORD_RESET_LINK_HOURS,
  PasswordResetLink,
  passwordResetPath,
  passwordSchema,
  UpdateUser,
  User,
} from '@calibrate/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { toIssues } from '../../common/errors/to-error-body';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import { PasswordResetsRepository } from '../auth/password-resets.repository';
import { SessionsRepository } from '../auth/sessions.repository';
import { toUser } from './users.mapper';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<User[]> {
    return (await this.users.list()).map(toUser);
  }

  /**
   * A new user with a first password, or, with password sign-in off, with none: they sign in
   * through single sign-on (matched by their verified email), and no password can verify.
   */
  async create(input: CreateUser, actor: SessionUser): Promise<User> {
    const password = this.firstPassword(input.password);
    const passwordHash = password === null ? null : await hashPassword(password);
    try {
      return await this.dataSource.transaction(async (db) => {
        const row = await this.users.insert(db, { ...input, passwordHash });
        const user = toUser(row);
        await this.audit.record(db, {
          actorId: actor.id,
          action: 'user.created',
          entityType: 'user',
          entityId: user.id,
          after: user,
        });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key'))
        throw new AppException('USER_EMAIL_TAKEN', { email: input.email });
      throw error;
    }
  }

  /** Role, name, password, or deactivation, which ends the user's sessions at once. */
  async update(userId: string, patch: UpdateUser, actor: SessionUser): Promise<User> {
    if (
      userId === actor.id &&
      (patch.active === false || (patch.role && patch.role !== actor.role))
    ) {
      throw new AppException('VALIDATION_FAILED', [
        {
          path: [patch.active === false ? 'active' : 'role'],
          code: 'self',
          message: 'Ask another admin to change your own access.',
        },
      ]);
    }
    if (patch.password !== undefined) this.refuseWithoutPasswordSignIn();
    const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
    return this.dataSource.transaction(async (db) => {
      const row = await this.users.findById(db, userId, true);
      if (!row) throw new AppException('NOT_FOUND', undefined, 'This user does not exist.');
      const before = toUser(row);
      const next = {
        name: patch.name ?? row.name,
        role: patch.role ?? row.role,
        active: patch.active ?? row.active,
      };
      await this.users.update(db, userId, { ...next, passwordHash });
      if (!next.active || passwordHash || next.role !== row.role)
        await this.sessions.deleteForUser(db, userId);
      // A link issued before is for the old password, or for someone who may no longer sign in.
      if (!next.active || passwordHash) await this.resets.revokeForUser(db, userId);
      const after = { ...before, ...next };
      await this.audit.record(db, {
        actorId: actor.id,
        action: 'user.updated',
        entityType: 'user',
        entityId: userId,
        before,
        after: { ...after, passwordChanged: Boolean(passwordHash) },
      });
      return after;
    });
  }

  /**
   * A one-time link with which the user sets a new password, valid for
   * PASSWORD_RESET_LINK_HOURS; it replaces any earlier link. The old password stops working and
   * the user's sessions end at once: a reset is also what an admin does when an account may be
   * in the wrong hands. The token is returned this once and never stored.
   */
  async issuePasswordReset(userId: string, actor: SessionUser): Promise<PasswordResetLink> {
    // A link would set a password nobody can sign in with.
    if (!this.config.auth.passwordSignIn) throw new AppException('PASSWORD_SIGN_IN_DISABLED');
    if (userId === actor.id) {
      throw new AppException('VALIDATION_FAILED', [
        {
          path: ['userId'],
          code: 'self',
          message: 'Change your own password from the account menu.',
        },
      ]);
    }
    return this.dataSource.transaction(async (db) => {
      const row = await this.users.findById(db, userId, true);
      if (!row) throw new AppException('NOT_FOUND', undefined, 'This user does not exist.');
      if (!row.active) {
        throw new AppException('VALIDATION_FAILED', [
          {
            path: ['userId'],
            code: 'inactive',
            message: 'This user is deactivated: reactivate them first.',
          },
        ]);
      }
      const link = await this.resets.issue(db, {
        userId,
        createdBy: actor.id,
        hours: PASSWORD_RESET_LINK_HOURS,
      });
      await this.sessions.setPasswordHash(db, userId, null);
      await this.sessions.deleteForUser(db, userId);
      const expiresAt = link.expiresAt.toISOString();
      await this.audit.record(db, {
        actorId: actor.id,
        action: 'user.password_reset_issued',
        entityType: 'user',
        entityId: userId,
        after: { expiresAt, passwordCleared: true, sessionsEnded: true },
      });
      return { path: passwordResetPath(link.token), expiresAt };
    });
  }

  /**
   * The password a new user starts with. Required while password sign-in is on (the same 400 as
   * a schema failure); with it off, null, and one sent is refused rather than dropped: an admin
   * who typed it would otherwise believe the person can sign in with it.
   */
  private firstPassword(password: string | undefined): string | null {
    if (!this.config.auth.passwordSignIn) {
      if (password !== undefined) this.refuseWithoutPasswordSignIn();
      return null;
    }
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) {
      const issues = toIssues(parsed.error).map((issue) => ({
        ...issue,
        path: ['password', ...issue.path],
      }));
      throw new AppException('VALIDATION_FAILED', issues);
    }
    return parsed.data;
  }

  /** A password in a request while people sign in only through single sign-on. */
  private refuseWithoutPasswordSignIn(): void {
    if (this.config.auth.passwordSignIn) return;
    throw new AppException('VALIDATION_FAILED', [
      {
        path: ['password'],
        code: 'password_sign_in_disabled',
        message:
          'Password sign-in is turned off here: people sign in with single sign-on, so leave the password out.',
      },
    ]);
  }
}
