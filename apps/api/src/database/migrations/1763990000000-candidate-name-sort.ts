import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pipeline sorted by name, A to Z with case and accents aside: an index in exactly that order
 * (`search_text(name)` compared byte by byte, then id for ties), so that a page, the first or a
 * deep one, is a short walk of the index at 1M candidates, not a sort of the whole list.
 */
export class CandidateNameSort1763990000000 implements MigrationInterface {
  name = 'CandidateNameSort1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "candidates_name_sort_idx" ON "candidates" ((search_text("name") COLLATE "C"), "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "candidates_name_sort_idx"`);
  }
}
