import { UserRole } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, Sql } from '../../database/sql';

export type { UserRole };

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  created_at: Date;
}

const userColumns = 'id, email, name, role, active, created_at';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByIds(db: Sql, ids: string[]): Promise<UserRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.query(`SELECT ${userColumns} FROM users WHERE id = ANY($1::uuid[])`, [ids]);
  }

  findById(db: Sql, id: string, forUpdate = false): Promise<UserRow | undefined> {
    return queryOne(
      db,
      `SELECT ${userColumns} FROM users WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
  }

  /** Everyone, active first. Read-only, outside transactions. */
  list(): Promise<UserRow[]> {
    return this.dataSource.query(`SELECT ${userColumns} FROM users ORDER BY active DESC, name, id`);
  }

  async insert(
    db: Sql,
    /** passwordHash null: no password verifies (people who sign in through single sign-on). */
    user: { email: string; name: string; role: UserRole; passwordHash: string | null },
  ): Promise<UserRow> {
    const row = await queryOne<UserRow>(
      db,
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING ${userColumns}`,
      [user.email, user.name, user.role, user.passwordHash],
    );
    if (!row) throw new Error('user insert returned no row');
    return row;
  }

  async update(
    db: Sql,
    id: string,
    fields: { name: string; role: UserRole; active: boolean; passwordHash?: string },
  ): Promise<void> {
    await db.query(
      `UPDATE users SET name = $2, role = $3, active = $4, password_hash = COALESCE($5, password_hash), updated_at = now() WHERE id = $1`,
      [id, fields.name, fields.role, fields.active, fields.passwordHash ?? null],
    );
  }
}
