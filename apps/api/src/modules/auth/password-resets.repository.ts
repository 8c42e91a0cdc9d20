import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { queryOne, Sql } from '../../database/sql';

/** The link carries 32 random bytes; the table keeps only their SHA-256, like session ids. */
export const hashResetToken = (token: string) =>
  createHash('sha256').update(token).digest('base64url');

export interface ResetLinkRow {
  user_id: string;
  email: string;
  name: string;
  active: boolean;
  expires_at: Date;
  expired: boolean;
  used_at: Date | null;
  revoked_at: Date | null;
}

/** Password reset links: one live link per user at most, each used once. */
@Injectable()
export class PasswordResetsRepository {
  /**
   * A new link for the user, replacing any live one (only the newest link works). Links that
   * expired a month ago are forgotten here: until then a click still says why it fails.
   */
  async issue(
    db: Sql,
    link: { userId: string; createdBy: string; hours: number },
  ): Promise<{ token: string; expiresAt: Date }> {
    await this.revokeForUser(db, link.userId);
    await db.query(
      `DELETE FROM password_reset_tokens WHERE user_id = $1 AND expires_at < now() - interval '30 days'`,
      [link.userId],
    );
    const token = randomBytes(32).toString('base64url');
    const row = await queryOne<{ expires_at: Date }>(
      db,
      `INSERT INTO password_reset_tokens (token_hash, user_id, created_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
      [hashResetToken(token), link.userId, link.createdBy, link.hours],
    );
    if (!row) throw new Error('password reset insert returned no row');
    return { token, expiresAt: row.expires_at };
  }

  /** The link with this token hash and its user; locked with `forUpdate` so it is used once. */
  find(db: Sql, tokenHash: string, forUpdate = false): Promise<ResetLinkRow | undefined> {
    return queryOne(
      db,
      `SELECT t.user_id, u.email, u.name, u.active, t.expires_at, t.expires_at <= now() AS expired,
              t.used_at, t.revoked_at
         FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 ${forUpdate ? 'FOR UPDATE OF t, u' : ''}`,
      [tokenHash],
    );
  }

  async markUsed(db: Sql, tokenHash: string): Promise<void> {
    await db.query(`UPDATE password_reset_tokens SET used_at = now() WHERE token_hash = $1`, [
      tokenHash,
    ]);
  }

  /** Ends every live link of the user: a new link, a new password or deactivation replaces them. */
  async revokeForUser(db: Sql, userId: string): Promise<void> {
    await db.query(
      `UPDATE password_reset_tokens SET revoked_at = now()
        WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [userId],
    );
  }
}
