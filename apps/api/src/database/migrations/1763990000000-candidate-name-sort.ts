import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pipeline sorted by name, A to Z with case and accents aside: an index in exactly that order
 * (the name lower-cased and unaccented, compared byte by byte, then id for ties), so that a page,
 * the first or a deep one, is a short walk of the index at 1M candidates, not a sort of the list.
 */
export class CandidateNameSort1763990000000 implements MigrationInterface {
  name = 'CandidateNameSort1763990000000';

  async up(q: QueryRunner): Promise<void> {
    // A function of its own, not `search_text(name) COLLATE "C"`: an index on that expression
    // lends the planner its C-collated statistics for every `search_text(name) LIKE …`, which it
    // then cannot use, and "santos" (50,000 of 1M bench names) was estimated at 72 rows.
    await q.query(`
      CREATE FUNCTION name_sort_key(name text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN search_text(name) COLLATE "C"`);
    await q.query(
      `CREATE INDEX "candidates_name_sort_idx" ON "candidates" (name_sort_key("name") COLLATE "C", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "candidates_name_sort_idx"`);
    await q.query(`DROP FUNCTION name_sort_key(text)`);
  }
}
