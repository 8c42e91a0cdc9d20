import { DataSource, EntityManager } from 'typeorm';

/** Anything that runs SQL: the DataSource's manager, or a transaction's. */
export type Sql = Pick<EntityManager, 'query'>;

/**
 * The rows a statement returned. TypeORM's postgres driver answers UPDATE and DELETE with
 * `[rows, affectedCount]` instead of the rows; a guarded `UPDATE … RETURNING` must see its rows.
 */
export async function queryRows<Row>(db: Sql, sql: string, params: unknown[] = []): Promise<Row[]> {
  const result: unknown = await db.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as Row[];
  }
  return result as Row[];
}

/** The first row a statement returned, if any. */
export async function queryOne<Row>(
  db: Sql,
  sql: string,
  params: unknown[] = [],
): Promise<Row | undefined> {
  return (await queryRows<Row>(db, sql, params))[0];
}

/**
 * A pg pool (or client): what runs a named statement. PostgreSQL parses and plans a named statement
 * once per connection and reuses it; for a hot statement with a long plan that is most of its cost.
 */
export interface PreparedSql {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** The pg pool under TypeORM's DataSource, for the few statements worth preparing. */
export function preparedSql(dataSource: DataSource): PreparedSql {
  return (dataSource.driver as unknown as { master: PreparedSql }).master;
}
