import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A split panel, stored so lists can show it: a round whose submitted recommendations are two or
 * more steps apart (strong no … strong yes), or whose panel rated at least a third (and at least
 * two) of the questions they both rated two or more points apart; a candidate with any such
 * round. An average hides both ("3.0" from a 1 and a 5).
 */
export class PanelSplit1763960000000 implements MigrationInterface {
  name = 'PanelSplit1763960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "interview_rounds" ADD COLUMN "panel_split" boolean NOT NULL DEFAULT false`,
    );
    await q.query(
      `ALTER TABLE "candidates" ADD COLUMN "panel_split" boolean NOT NULL DEFAULT false`,
    );
    await q.query(`
      UPDATE "interview_rounds" r SET "panel_split" = true
       WHERE (SELECT max(array_position(ARRAY['strong_no', 'no', 'yes', 'strong_yes'], s.recommendation))
                   - min(array_position(ARRAY['strong_no', 'no', 'yes', 'strong_yes'], s.recommendation))
                FROM scorecards s WHERE s.round_id = r.id AND s.status = 'submitted') >= 2
          OR (SELECT count(*) FILTER (WHERE spread >= 2) >= greatest(2, ceil(count(*) / 3.0))
                FROM (SELECT max(a.rating) - min(a.rating) AS spread
                        FROM scorecards s
                        JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.rating IS NOT NULL
                       WHERE s.round_id = r.id AND s.status = 'submitted'
                       GROUP BY a.question_id HAVING count(*) > 1) AS co_rated)`);
    await q.query(`
      UPDATE "candidates" c SET "panel_split" = true
       WHERE EXISTS (SELECT 1 FROM interview_rounds r WHERE r.candidate_id = c.id AND r.panel_split)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "candidates" DROP COLUMN "panel_split"`);
    await q.query(`ALTER TABLE "interview_rounds" DROP COLUMN "panel_split"`);
  }
}
