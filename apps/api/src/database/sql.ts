import { EntityManager } from 'typeorm';

/** Anything that runs SQL: the DataSource's manager, or a transaction's. */
export type Sql = Pick<EntityManager, 'query'>;

/** Runs a query expected to return exactly one row. */
export async function queryOne<Row>(
  db: Sql,
  sql: string,
  params: unknown[] = [],
): Promise<Row | undefined> {
  const rows = (await db.query(sql, params)) as Row[];
  return rows[0];
}
