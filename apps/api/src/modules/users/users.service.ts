import {
  PASSWORD_RESET_LINK_HOURS,
  PasswordResetLink,
  passwordResetPath,
  UpdateUser,
  User,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
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
  ) {}

  async list(): Promise<User[]> {
    return (await this.users.list()).map(toUser);
  }

  async create(
    input: { email: string; name: string; role: User['role']; password: string },
    actor: SessionUser,
  ): Promise<User> {
    const passwordHash = await hashPassword(input.password);
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
}
