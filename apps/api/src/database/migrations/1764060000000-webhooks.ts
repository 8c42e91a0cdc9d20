import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints and their deliveries. An event is written in the transaction of the change
 * it reports, with one delivery per subscribed endpoint; the sender finds what is due through the
 * partial index on `next_attempt_at` (only pending rows: delivered and given-up ones leave it), and
 * keeps each endpoint's events about one subject in order through the `(endpoint, subject, seq)` one.
 */
export class Webhooks1764060000000 implements MigrationInterface {
  name = 'Webhooks1764060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL CHECK (length(url) <= 2048),
        description text NOT NULL DEFAULT '',
        events text[] NOT NULL,
        -- Kept as-is: every delivery is signed with it (see webhooks.repository.ts for why).
        secret text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text CHECK (disabled_reason IN ('manual', 'failing')),
        -- The first failure since the last success; a day of failures disables the endpoint.
        failing_since timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The emit check ("does any enabled endpoint take this type?") reads the enabled rows only.
    await q.query(
      `CREATE INDEX webhook_endpoints_events_idx ON webhook_endpoints USING gin (events) WHERE enabled`,
    );
    await q.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        subject_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The order events were recorded in: a subject's later event waits for its earlier ones.
        seq bigserial NOT NULL,
        event_id uuid NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        subject_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        status_code integer,
        duration_ms integer,
        error text,
        response_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (endpoint_id, subject_id, seq) WHERE status = 'pending'`,
    );
    // The delivery log: an endpoint's deliveries, newest first, keyset-paged.
    await q.query(
      `CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id)`);
    // Admins are told when an endpoint is disabled after a day of failures.
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
         CHECK (kind IN ('reminder', 'escalation', 'manual_reminder', 'round_reminder', 'webhook_disabled'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = 'webhook_disabled'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
         CHECK (kind IN ('reminder', 'escalation', 'manual_reminder', 'round_reminder'))`,
    );
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_events`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
