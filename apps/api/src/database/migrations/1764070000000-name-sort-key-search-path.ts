import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `name_sort_key` keeps the search path it was created with. Since PostgreSQL 17, ANALYZE,
 * VACUUM, CREATE INDEX and REINDEX run index expressions with `search_path = pg_catalog, pg_temp`:
 * the PL/pgSQL body's unqualified `search_text` was not found there, so every ANALYZE of
 * candidates failed (autovacuum's too, leaving the planner on stale statistics) on the embedded
 * PostgreSQL 18 of `npm start` and the bench. A function's own SET also keeps it from inlining.
 */
export class NameSortKeySearchPath1764070000000 implements MigrationInterface {
  name = 'NameSortKeySearchPath1764070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION name_sort_key(text) SET search_path FROM CURRENT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION name_sort_key(text) RESET search_path`);
  }
}
