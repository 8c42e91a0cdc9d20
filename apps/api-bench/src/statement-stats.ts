import { Pool } from 'pg';

/** Where a scenario's database time went, from pg_stat_statements. */
export interface StatementStats {
  /** Statements the server ran per HTTP request (an N+1 shows up here). */
  statementsPerRequest: number;
  /** Database execution time per HTTP request, in milliseconds. */
  databaseMsPerRequest: number;
  /** The statements that took the most time in total. */
  top: { statement: string; calls: number; meanMs: number; totalMs: number }[];
}

/**
 * Resets and reads pg_stat_statements around a scenario, when the server has it loaded (the
 * embedded bench server does; an external DATABASE_URL may not: then there is nothing to report).
 */
export class StatementStatsProbe {
  private available = false;

  constructor(private readonly pool: Pool) {}

  async init(): Promise<void> {
    try {
      await this.pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await this.pool.query('SELECT pg_stat_statements_reset()');
      this.available = true;
    } catch {
      this.available = false;
    }
  }

  async reset(): Promise<void> {
    if (this.available) await this.pool.query('SELECT pg_stat_statements_reset()');
  }

  async read(requests: number): Promise<StatementStats | null> {
    if (!this.available || requests === 0) return null;
    const { rows } = await this.pool.query<{
      query: string;
      calls: string;
      total: number;
      mean: number;
    }>(
      `SELECT query, calls::text, total_exec_time AS total, mean_exec_time AS mean
         FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%'
        ORDER BY total_exec_time DESC`,
    );
    const calls = rows.reduce((sum, row) => sum + Number(row.calls), 0);
    const total = rows.reduce((sum, row) => sum + row.total, 0);
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      statementsPerRequest: round(calls / requests),
      databaseMsPerRequest: round(total / requests),
      top: rows.slice(0, 3).map((row) => ({
        statement: row.query.replace(/\s+/g, ' ').trim().slice(0, 120),
        calls: Number(row.calls),
        meanMs: round(row.mean),
        totalMs: round(row.total),
      })),
    };
  }
}
