import { SsoProvisionRole, UserRole } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, Sql } from '../../database/sql';

export interface SsoUserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  created_at: Date;
}

export interface SsoSettingsRow {
  provision_role: SsoProvisionRole | null;
  updated_at: Date | null;
}

const userColumns = 'u.id, u.email, u.name, u.role, u.active, u.created_at';

/** The SQL of single sign-on: linked IdP accounts, the users they match, the settings row. */
@Injectable()
export class SsoIdentitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user an IdP account was linked to, and the link's id. */
  findLinked(
    db: Sql,
    issuer: string,
    subject: string,
  ): Promise<(SsoUserRow & { identity_id: string }) | undefined> {
    return queryOne(
      db,
      `SELECT ${userColumns}, i.id AS identity_id
         FROM user_identities i JOIN users u ON u.id = i.user_id
        WHERE i.issuer = $1 AND i.subject = $2`,
      [issuer, subject],
    );
  }

  /** Emails are stored lower-cased (users_email_key); locked: the link is written next. */
  findUserByEmail(db: Sql, email: string): Promise<SsoUserRow | undefined> {
    return queryOne(db, `SELECT ${userColumns} FROM users u WHERE u.email = $1 FOR UPDATE`, [
      email,
    ]);
  }

  /** The subject a user is already linked to at this issuer, if any. */
  async linkedSubject(db: Sql, userId: string, issuer: string): Promise<string | undefined> {
    const row = await queryOne<{ subject: string }>(
      db,
      `SELECT subject FROM user_identities WHERE user_id = $1 AND issuer = $2`,
      [userId, issuer],
    );
    return row?.subject;
  }

  async link(
    db: Sql,
    identity: { userId: string; issuer: string; subject: string; email: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO user_identities (user_id, issuer, subject, email) VALUES ($1, $2, $3, $4)`,
      [identity.userId, identity.issuer, identity.subject, identity.email],
    );
  }

  async touch(identityId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_identities SET last_sign_in_at = now() WHERE id = $1`,
      [identityId],
    );
  }

  /** A user who signs in only through the IdP: no password hash. */
  async insertUser(
    db: Sql,
    user: { email: string; name: string; role: UserRole },
  ): Promise<SsoUserRow> {
    const row = await queryOne<SsoUserRow>(
      db,
      `INSERT INTO users AS u (email, name, role) VALUES ($1, $2, $3) RETURNING ${userColumns}`,
      [user.email, user.name, user.role],
    );
    if (!row) throw new Error('user insert returned no row');
    return row;
  }

  /** The settings; no row (a fresh or emptied table) reads as "do not provision". */
  async settings(): Promise<SsoSettingsRow> {
    return (
      (await queryOne<SsoSettingsRow>(
        this.dataSource,
        `SELECT provision_role, updated_at FROM sso_settings WHERE id`,
      )) ?? { provision_role: null, updated_at: null }
    );
  }

  /** The settings as they are before a change, the row locked until the change commits. */
  async lockSettings(db: Sql): Promise<SsoSettingsRow> {
    return (
      (await queryOne<SsoSettingsRow>(
        db,
        `SELECT provision_role, updated_at FROM sso_settings WHERE id FOR UPDATE`,
      )) ?? { provision_role: null, updated_at: null }
    );
  }

  async saveSettings(
    db: Sql,
    settings: { provisionRole: SsoProvisionRole | null; updatedBy: string },
  ): Promise<SsoSettingsRow> {
    const row = await queryOne<SsoSettingsRow>(
      db,
      `INSERT INTO sso_settings (id, provision_role, updated_by, updated_at) VALUES (true, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET provision_role = EXCLUDED.provision_role,
         updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
       RETURNING provision_role, updated_at`,
      [settings.provisionRole, settings.updatedBy],
    );
    if (!row) throw new Error('sso_settings upsert returned no row');
    return row;
  }
}
