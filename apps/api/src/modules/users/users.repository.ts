import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Sql } from '../../database/sql';

export type UserRole = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByIds(ids: string[], db: Sql = this.dataSource.manager): Promise<UserRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.query(`SELECT id, email, name, role, active FROM users WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
  }
}
