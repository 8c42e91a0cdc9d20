import { createHash, randomBytes } from 'node:crypto';

import { UserRole } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { preparedSql, queryOne, Sql } from '../../database/sql';

/** The cookie carries a random id; the table keeps only its hash, so a leaked table opens nothing. */
export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('base64url');

interface SessionRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  created_at: Date;
  csrf_token: string;
  touch: boolean;
}

export interface CredentialsRow {
  id: string;
  password_hash: string | null;
  active: boolean;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new session (never inside a transaction: signing in writes nothing else). */
  async create(userId: string, maxHours: number): Promise<{ id: string; csrfToken: string }> {
    const id = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [hashSessionId(id), userId, csrfToken, maxHours],
    );
    return { id, csrfToken };
  }

  /**
   * The active user of a live session (inside both the idle and the absolute limit), kept alive.
   * Every request runs it: a named statement, planned once per connection.
   */
  async findUser(idHash: string, idleMinutes: number): Promise<SessionUser | undefined> {
    const { rows } = await preparedSql(this.dataSource).query({
      name: 'sessions.find_user',
      text: `SELECT u.id, u.email, u.name, u.role, u.active, u.created_at, s.csrf_token,
                    s.last_seen_at < now() - interval '1 minute' AS touch
               FROM sessions s JOIN users u ON u.id = s.user_id
              WHERE s.id_hash = $1 AND s.expires_at > now()
                AND s.last_seen_at > now() - make_interval(mins => $2) AND u.active`,
      values: [idHash, idleMinutes],
    });
    const row = rows[0] as SessionRow | undefined;
    if (!row) return undefined;
    // At most one write a minute per session: enough for the idle limit, cheap for autosave traffic.
    if (row.touch)
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1`, [
        idHash,
      ]);
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      active: row.active,
      createdAt: row.created_at,
      csrfToken: row.csrf_token,
    };
  }

  async delete(idHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE id_hash = $1`, [idHash]);
  }

  async deleteForUser(db: Sql, userId: string): Promise<void> {
    await db.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }

  /** Every session of the user but the one this request came with (a password change keeps it). */
  async deleteOthersOfUser(db: Sql, userId: string, keepIdHash: string): Promise<void> {
    await db.query(`DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2`, [
      userId,
      keepIdHash,
    ]);
  }

  async findPasswordHash(userId: string): Promise<string | null | undefined> {
    const row = await queryOne<{ password_hash: string | null }>(
      this.dataSource.manager,
      `SELECT password_hash FROM users WHERE id = $1`,
      [userId],
    );
    return row?.password_hash;
  }

  /** null: no password works until a new one is set (an admin issued a reset link). */
  async setPasswordHash(db: Sql, userId: string, passwordHash: string | null): Promise<void> {
    await db.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [
      userId,
      passwordHash,
    ]);
  }

  findCredentials(email: string): Promise<CredentialsRow | undefined> {
    return queryOne(
      this.dataSource.manager,
      `SELECT id, password_hash, active FROM users WHERE email = $1`,
      [email],
    );
  }

  /**
   * Failures in the last 15 minutes from unknown devices for this email (a valid device cookie's
   * failures count against that device instead) and from this client address, and when the
   * oldest leave the window.
   */
  async recentFailures(
    email: string,
    ip: string,
  ): Promise<{ byEmail: number; byIp: number; emailRetryAfter: number; ipRetryAfter: number }> {
    const row = await queryOne<{
      by_email: number;
      by_ip: number;
      email_retry: number | null;
      ip_retry: number | null;
    }>(
      this.dataSource.manager,
      `WITH window_start AS (SELECT now() - interval '15 minutes' AS at)
       SELECT (SELECT count(*)::int FROM login_failures, window_start WHERE email = $1 AND device IS NULL AND created_at > at) AS by_email,
              (SELECT count(*)::int FROM login_failures, window_start WHERE ip = $2 AND created_at > at) AS by_ip,
              (SELECT ceil(extract(epoch FROM min(created_at) + interval '15 minutes' - now()))::int
                 FROM (SELECT created_at FROM login_failures, window_start WHERE email = $1 AND device IS NULL AND created_at > at
                        ORDER BY created_at DESC LIMIT 10) AS last_ten) AS email_retry,
              (SELECT ceil(extract(epoch FROM min(created_at) + interval '15 minutes' - now()))::int
                 FROM (SELECT created_at FROM login_failures, window_start WHERE ip = $2 AND created_at > at
                        ORDER BY created_at DESC LIMIT 100) AS last_hundred) AS ip_retry`,
      [email, ip],
    );
    return {
      byEmail: row?.by_email ?? 0,
      byIp: row?.by_ip ?? 0,
      emailRetryAfter: Math.max(1, row?.email_retry ?? 1),
      ipRetryAfter: Math.max(1, row?.ip_retry ?? 1),
    };
  }

  /** Failures in the last 15 minutes made with this device cookie, and when the `limit`-th newest leaves. */
  async recentDeviceFailures(
    device: string,
    limit: number,
  ): Promise<{ count: number; retryAfter: number }> {
    const row = await queryOne<{ count: number; retry: number | null }>(
      this.dataSource.manager,
      `WITH recent AS (SELECT created_at FROM login_failures
                        WHERE device = $1 AND created_at > now() - interval '15 minutes')
       SELECT (SELECT count(*)::int FROM recent) AS count,
              (SELECT ceil(extract(epoch FROM min(created_at) + interval '15 minutes' - now()))::int
                 FROM (SELECT created_at FROM recent ORDER BY created_at DESC LIMIT $2) AS last) AS retry`,
      [device, limit],
    );
    return { count: row?.count ?? 0, retryAfter: Math.max(1, row?.retry ?? 1) };
  }

  /** `device`: the id of the valid device cookie the attempt came with, if any. */
  async recordFailure(email: string, ip: string, device?: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_failures (email, ip, device) VALUES ($1, $2, $3)`,
      [email, ip, device ?? null],
    );
  }

  /** Every failure for the email (a new password makes old guesses moot). */
  async clearFailures(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE email = $1`, [email]);
  }

  /**
   * After a successful sign-in: the failures of that device, or of unknown devices for the email.
   * The owner signing in on a known device does not reset the budget of unknown ones.
   */
  async clearFailuresOf(email: string, device: string | undefined): Promise<void> {
    if (device)
      await this.dataSource.query(`DELETE FROM login_failures WHERE device = $1`, [device]);
    else
      await this.dataSource.query(
        `DELETE FROM login_failures WHERE email = $1 AND device IS NULL`,
        [email],
      );
  }
}
