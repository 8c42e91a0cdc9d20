import { CreateCandidate, ListCandidatesQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  cursorTimestampSql,
  decodeCursor,
  encodeCursor,
  likePattern,
} from '../../common/pagination/keyset-cursor';
import { CandidateRecord } from './candidates.mapper';

interface CandidateRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  created_at: Date;
  cursor_created_at?: string;
}

function toRecord(row: CandidateRow): CandidateRecord {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    createdAt: row.created_at,
  };
}

export interface CandidateRecordPage {
  items: CandidateRecord[];
  nextCursor: string | null;
}

/** The candidate list in one SQL query, served by the (created_at, id) and trigram indexes. */
@Injectable()
export class CandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(input: CreateCandidate): Promise<CandidateRecord> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO candidates (name, email, phone) VALUES ($1, $2, $3)
       RETURNING id, name, email, phone, created_at`,
      [input.name, input.email, input.phone ?? null],
    )) as CandidateRow[];
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return toRecord(row);
  }

  async findPage(query: ListCandidatesQuery): Promise<CandidateRecordPage> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.q) {
      params.push(likePattern(query.q));
      conditions.push(`(c.name || ' ' || c.email) ILIKE $${params.length}`);
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      params.push(after.at, after.id);
      conditions.push(
        `(c.created_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    // One row more than asked tells whether another page exists.
    params.push(query.limit + 1);
    const rows: CandidateRow[] = await this.dataSource.query(
      `SELECT c.id, c.name, c.email, c.phone, c.created_at,
              ${cursorTimestampSql('c.created_at')} AS cursor_created_at
         FROM candidates c
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT $${params.length}`,
      params,
    );
    const pageRows = rows.slice(0, query.limit);
    const last = pageRows[pageRows.length - 1];
    return {
      items: pageRows.map(toRecord),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ at: last.cursor_created_at ?? '', id: last.id })
          : null,
    };
  }
}
