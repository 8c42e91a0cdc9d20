import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates: the last minutes of events (ids and counts only, never ratings), so a client that
 * reconnects with Last-Event-ID gets what it missed from whichever API instance it reaches. Rows
 * are written in the transaction of the change they announce and pruned after a few minutes.
 */
export class LiveEvents1764030000000 implements MigrationInterface {
  name = 'LiveEvents1764030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_events (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        round_id uuid,
        candidate_id uuid,
        job_id uuid,
        data jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX live_events_created_at_idx ON live_events (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE live_events`);
  }
}
