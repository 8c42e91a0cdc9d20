import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `name_sort_key` as a PL/pgSQL function, which PostgreSQL never inlines. As a SQL function it was
 * inlined to `search_text(name) COLLATE "C"`, so the name-sort index still lent its C-collated
 * statistics to every `search_text(name) LIKE …` whenever the planner met that index first (it
 * depends on the indexes' creation order): on a freshly generated 1M bench database "santos"
 * (47,000 names) was estimated at 100 rows, and its search read all 50,000 matches (85 ms)
 * instead of walking the newest candidates (1.8 ms). Same result, so the index stays valid.
 */
export class NameSortKeyNotInlined1764040000000 implements MigrationInterface {
  name = 'NameSortKeyNotInlined1764040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION name_sort_key(name text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ BEGIN RETURN search_text(name) COLLATE "C"; END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION name_sort_key(name text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN search_text(name) COLLATE "C"`);
  }
}
