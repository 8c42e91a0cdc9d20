import { WebhookDeliveryStatus, WebhookEventType } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { cursorTimestampSql, TimeCursor } from '../../common/pagination/keyset-cursor';
import { queryOne, queryRows, Sql } from '../../database/sql';

export interface EndpointRow {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  disabled_reason: 'manual' | 'failing' | null;
  failing_since: Date | null;
  created_at: Date;
  last_status: WebhookDeliveryStatus | null;
  last_status_code: number | null;
  last_at: Date | null;
}

export interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  status_code: number | null;
  duration_ms: number | null;
  error: string | null;
  response_body: string | null;
  next_attempt_at: Date | null;
  last_attempt_at: Date | null;
  created_at: Date;
  cursor_created_at: string;
}

/** A delivery claimed for one attempt, with what it takes to send it. */
export interface ClaimedDeliveryRow {
  id: string;
  endpoint_id: string;
  attempts: number;
  created_at: Date;
  url: string;
  secret: string;
  event_id: string;
  event_type: string;
  event_created_at: Date;
  payload: unknown;
}

export interface AttemptRecord {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

async function count(db: Sql, sql: string, params: unknown[]): Promise<number> {
  return (await queryRows(db, sql, params)).length;
}

/** The list's columns: never the secret, which only the sender reads. */
const endpointColumns = `e.id, e.url, e.description, e.events, e.enabled, e.disabled_reason,
  e.failing_since, e.created_at, last.status AS last_status, last.status_code AS last_status_code,
  last.created_at AS last_at`;
/** The newest delivery of each endpoint (one index probe each: webhook_deliveries_endpoint_idx). */
const lastDeliveryJoin = `LEFT JOIN LATERAL (
    SELECT d.status, d.status_code, d.created_at FROM webhook_deliveries d
     WHERE d.endpoint_id = e.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1
  ) last ON true`;

/**
 * Records one event per subject the SELECT yields (`subject_id`, `payload`) and one delivery per
 * enabled endpoint subscribed to `$1`, in one statement on the caller's transaction. When no
 * endpoint subscribes, the EXISTS is false once (an InitPlan) and nothing else runs: a change
 * nobody listens to costs one round trip on a tiny indexed table.
 */
const recordEventsSql = (subjects: string) => `
  WITH subscribed AS (
    SELECT id FROM webhook_endpoints WHERE enabled AND events @> ARRAY[$1::text]
  ), recorded AS (
    INSERT INTO webhook_events (type, subject_id, payload)
    SELECT $1, s.subject_id, s.payload FROM (${subjects}) s
     WHERE EXISTS (SELECT 1 FROM subscribed)
    RETURNING id, subject_id
  )
  INSERT INTO webhook_deliveries (event_id, endpoint_id, subject_id, next_attempt_at)
  SELECT r.id, e.id, r.subject_id, now() FROM recorded r CROSS JOIN subscribed e
  RETURNING id`;

const roundSubjectSql = `
  SELECT r.id::text AS subject_id, jsonb_build_object(
    'round', jsonb_build_object('id', r.id, 'name', r.name, 'status', r.status,
      'scheduledAt', r.scheduled_at, 'jobId', r.job_id, 'candidateId', r.candidate_id),
    'candidate', jsonb_build_object('id', c.id, 'name', c.name),
    'panel', (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id), '[]')
                FROM scorecards s JOIN users u ON u.id = s.interviewer_id WHERE s.round_id = r.id)
  ) AS payload
    FROM interview_rounds r JOIN candidates c ON c.id = r.candidate_id
   WHERE r.id = $2`;

/**
 * A submitted scorecard as an admin sees it. `s.status = 'submitted'` is the access rule: a draft
 * (its ratings, notes, recommendation) never leaves in a webhook.
 */
const scorecardSubjectSql = `
  SELECT s.id::text AS subject_id, jsonb_build_object(
    'scorecard', jsonb_build_object('id', s.id, 'status', s.status, 'recommendation', s.recommendation,
      'summary', s.summary, 'submittedAt', s.submitted_at, 'version', s.version),
    'round', jsonb_build_object('id', r.id, 'name', r.name, 'scheduledAt', r.scheduled_at, 'jobId', r.job_id),
    'candidate', jsonb_build_object('id', c.id, 'name', c.name),
    'interviewer', jsonb_build_object('id', u.id, 'name', u.name),
    'ratings', (
      SELECT COALESCE(jsonb_agg(jsonb_build_object('questionId', q.id, 'category', cat.name,
               'question', q.text, 'rating', a.rating, 'notAsked', a.not_asked, 'note', a.note)
               ORDER BY cat.position, q.position), '[]')
        FROM scorecard_answers a
        JOIN rubric_questions q ON q.id = a.question_id
        JOIN rubric_categories cat ON cat.id = q.category_id
       WHERE a.scorecard_id = s.id)
  ) || CASE WHEN $3::text IS NULL THEN '{}'::jsonb
            ELSE jsonb_build_object('amendment', jsonb_build_object('reason', $3::text)) END AS payload
    FROM scorecards s
    JOIN interview_rounds r ON r.id = s.round_id
    JOIN candidates c ON c.id = r.candidate_id
    JOIN users u ON u.id = s.interviewer_id
   WHERE s.id = $2 AND s.status = 'submitted'`;

/**
 * Webhook endpoints, events and deliveries. The endpoint secret is stored as-is in its own
 * column: every delivery is signed with it, so it must be readable; encrypting it with a key kept
 * in the same database (or beside it) would add a step but no protection. It is selected only by
 * the sender's claim, never by the list or detail queries.
 */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // --- endpoints -------------------------------------------------------------------------------

  async insertEndpoint(
    db: Sql,
    endpoint: {
      url: string;
      description: string;
      events: string[];
      secret: string;
      createdBy: string | null;
    },
  ): Promise<string> {
    const row = await queryOne<{ id: string }>(
      db,
      `INSERT INTO webhook_endpoints (url, description, events, secret, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [endpoint.url, endpoint.description, endpoint.events, endpoint.secret, endpoint.createdBy],
    );
    if (!row) throw new Error('webhook endpoint not inserted');
    return row.id;
  }

  findEndpoints(): Promise<EndpointRow[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT ${endpointColumns} FROM webhook_endpoints e ${lastDeliveryJoin}
        ORDER BY e.created_at, e.id`,
    );
  }

  findEndpoint(db: Sql, endpointId: string, lock = false): Promise<EndpointRow | undefined> {
    return queryOne(
      db,
      `SELECT ${endpointColumns} FROM webhook_endpoints e ${lastDeliveryJoin}
        WHERE e.id = $1 ${lock ? 'FOR UPDATE OF e' : ''}`,
      [endpointId],
    );
  }

  async updateEndpoint(
    db: Sql,
    endpointId: string,
    fields: {
      url: string;
      description: string;
      events: string[];
      enabled: boolean;
      disabledReason: 'manual' | 'failing' | null;
      failingSince: Date | null;
    },
  ): Promise<void> {
    await db.query(
      `UPDATE webhook_endpoints
          SET url = $2, description = $3, events = $4, enabled = $5, disabled_reason = $6,
              failing_since = $7, updated_at = now()
        WHERE id = $1`,
      [
        endpointId,
        fields.url,
        fields.description,
        fields.events,
        fields.enabled,
        fields.disabledReason,
        fields.failingSince,
      ],
    );
  }

  async deleteEndpoint(db: Sql, endpointId: string): Promise<void> {
    await db.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [endpointId]);
  }

  /** Gives up an endpoint's pending deliveries (it was disabled): they leave the due index. */
  async failPending(db: Sql, endpointId: string, error: string): Promise<void> {
    await db.query(
      `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, error = $2
        WHERE endpoint_id = $1 AND status = 'pending'`,
      [endpointId, error],
    );
  }

  // --- events ----------------------------------------------------------------------------------

  /** Each `record…` returns how many deliveries it queued. */
  async recordCandidatesCreated(db: Sql, candidateIds: string[]): Promise<number> {
    if (candidateIds.length === 0) return 0;
    return count(
      db,
      recordEventsSql(`
        SELECT c.id::text AS subject_id, jsonb_build_object('candidate', jsonb_build_object(
          'id', c.id, 'name', c.name, 'email', c.email, 'phone', c.phone, 'jobId', c.job_id,
          'stage', c.stage, 'source', c.source, 'createdAt', c.created_at)) AS payload
          FROM candidates c WHERE c.id = ANY($2::uuid[])
         ORDER BY c.created_at, c.id`),
      ['candidate.created', candidateIds],
    );
  }

  async recordStageChanged(
    db: Sql,
    candidateId: string,
    change: { from: string; to: string; reason: string | null; actorId: string | null },
  ): Promise<number> {
    return count(
      db,
      recordEventsSql(`
        SELECT c.id::text AS subject_id, jsonb_build_object(
          'candidate', jsonb_build_object('id', c.id, 'name', c.name, 'jobId', c.job_id),
          'fromStage', $3::text, 'toStage', $4::text, 'reason', $5::text,
          'changedBy', $6::uuid, 'changedAt', now()) AS payload
          FROM candidates c WHERE c.id = $2`),
      [
        'candidate.stage_changed',
        candidateId,
        change.from,
        change.to,
        change.reason,
        change.actorId,
      ],
    );
  }

  recordRound(db: Sql, type: 'round.scheduled' | 'round.no_show', roundId: string) {
    return count(db, recordEventsSql(roundSubjectSql), [type, roundId]);
  }

  async recordScorecard(
    db: Sql,
    type: 'scorecard.submitted' | 'scorecard.amended',
    scorecardId: string,
    amendmentReason: string | null,
  ): Promise<number> {
    return count(db, recordEventsSql(scorecardSubjectSql), [type, scorecardId, amendmentReason]);
  }

  /** Every fit is about the one model: subject "calibration", so fits go out in order. */
  recordCalibrationFitted(db: Sql, fitId: string): Promise<number> {
    return count(
      db,
      recordEventsSql(`
        SELECT 'calibration' AS subject_id, jsonb_build_object('fit', jsonb_build_object(
          'id', f.id::text, 'trigger', f.trigger, 'startedAt', f.started_at,
          'finishedAt', COALESCE(f.finished_at, now()), 'submittedScorecards', f.submitted_scorecards,
          'interviewers', (SELECT count(*) FROM calibration_interviewers ci WHERE ci.fit_id = f.id))) AS payload
          FROM calibration_fits f WHERE f.id = $2::bigint`),
      ['calibration.fitted', fitId],
    );
  }

  /** A `ping` for one endpoint ("Send test"), whatever it subscribes to. Returns the delivery id. */
  async insertPing(db: Sql, endpointId: string, payload: unknown): Promise<string> {
    const row = await queryOne<{ id: string }>(
      db,
      `WITH recorded AS (
         INSERT INTO webhook_events (type, subject_id, payload) VALUES ('ping', $1::text, $2::jsonb)
         RETURNING id, subject_id
       )
       INSERT INTO webhook_deliveries (event_id, endpoint_id, subject_id, next_attempt_at)
       SELECT id, $3::uuid, subject_id, now() FROM recorded RETURNING id`,
      [endpointId, JSON.stringify(payload), endpointId],
    );
    if (!row) throw new Error('ping not recorded');
    return row.id;
  }

  // --- deliveries ------------------------------------------------------------------------------

  /** Newest first, `limit + 1` rows after the cursor (webhook_deliveries_endpoint_idx). */
  findDeliveries(
    endpointId: string,
    after: TimeCursor | null,
    limit: number,
  ): Promise<DeliveryRow[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT d.id, d.event_id, ev.type AS event_type, d.status, d.attempts, d.status_code,
              d.duration_ms, d.error, d.response_body, d.next_attempt_at, d.last_attempt_at,
              d.created_at, ${cursorTimestampSql('d.created_at')} AS cursor_created_at
         FROM webhook_deliveries d JOIN webhook_events ev ON ev.id = d.event_id
        WHERE d.endpoint_id = $1
          AND ($2::timestamptz IS NULL OR (d.created_at, d.id) < ($2::timestamptz, $3::uuid))
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $4`,
      [endpointId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
  }

  findDelivery(db: Sql, deliveryId: string): Promise<DeliveryRow | undefined> {
    return queryOne(
      db,
      `SELECT d.id, d.event_id, ev.type AS event_type, d.status, d.attempts, d.status_code,
              d.duration_ms, d.error, d.response_body, d.next_attempt_at, d.last_attempt_at,
              d.created_at, ${cursorTimestampSql('d.created_at')} AS cursor_created_at,
              d.endpoint_id
         FROM webhook_deliveries d JOIN webhook_events ev ON ev.id = d.event_id
        WHERE d.id = $1`,
      [deliveryId],
    );
  }

  /** The delivery's endpoint, or undefined when there is no such delivery. */
  async findDeliveryEndpoint(db: Sql, deliveryId: string): Promise<string | undefined> {
    const row = await queryOne<{ endpoint_id: string }>(
      db,
      `SELECT endpoint_id FROM webhook_deliveries WHERE id = $1`,
      [deliveryId],
    );
    return row?.endpoint_id;
  }

  /** The same event to the same endpoint again, as a new delivery (the log keeps the old one). */
  async insertRedelivery(db: Sql, deliveryId: string): Promise<string> {
    const row = await queryOne<{ id: string }>(
      db,
      `INSERT INTO webhook_deliveries (event_id, endpoint_id, subject_id, next_attempt_at)
       SELECT event_id, endpoint_id, subject_id, now() FROM webhook_deliveries WHERE id = $1
       RETURNING id`,
      [deliveryId],
    );
    if (!row) throw new Error('redelivery not inserted');
    return row.id;
  }

  /**
   * Claims up to `limit` due deliveries for one attempt each: their attempt is counted and their
   * next attempt moved `leaseMs` ahead, so another worker leaves them alone while this one sends
   * (and retries them after the lease if this instance dies mid-send). Only the oldest pending
   * delivery of each (endpoint, subject) is due: later events wait for it to be delivered or given
   * up. Served by the partial due index; SKIP LOCKED lets workers on several instances share it.
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<ClaimedDeliveryRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH claimed AS (
         UPDATE webhook_deliveries d
            SET attempts = d.attempts + 1, last_attempt_at = $1,
                next_attempt_at = $1::timestamptz + $3 * interval '1 millisecond'
          WHERE d.id IN (
            SELECT due.id FROM webhook_deliveries due
             WHERE due.status = 'pending' AND due.next_attempt_at <= $1
               AND NOT EXISTS (
                 SELECT 1 FROM webhook_deliveries earlier
                  WHERE earlier.status = 'pending' AND earlier.endpoint_id = due.endpoint_id
                    AND earlier.subject_id = due.subject_id AND earlier.seq < due.seq)
             ORDER BY due.next_attempt_at
             LIMIT $2
             FOR UPDATE SKIP LOCKED)
         RETURNING d.id, d.endpoint_id, d.attempts, d.created_at, d.event_id
       )
       SELECT c.id, c.endpoint_id, c.attempts, c.created_at, e.url, e.secret, c.event_id,
              ev.type AS event_type, ev.created_at AS event_created_at, ev.payload
         FROM claimed c
         JOIN webhook_endpoints e ON e.id = c.endpoint_id
         JOIN webhook_events ev ON ev.id = c.event_id`,
      [now, limit, leaseMs],
    );
  }

  /** The earliest pending attempt, to know when to look again. */
  async nextDueAt(): Promise<Date | null> {
    const row = await queryOne<{ at: Date | null }>(
      this.dataSource.manager,
      `SELECT min(next_attempt_at) AS at FROM webhook_deliveries WHERE status = 'pending'`,
    );
    return row?.at ?? null;
  }

  /**
   * Takes the endpoint's row lock first: outcomes of one endpoint's deliveries are recorded one
   * after the other, so disabling it (which gives up its other pending deliveries) cannot
   * deadlock with a concurrent attempt holding one of those.
   */
  async lockEndpoint(db: Sql, endpointId: string): Promise<void> {
    await db.query(`SELECT 1 FROM webhook_endpoints WHERE id = $1 FOR NO KEY UPDATE`, [endpointId]);
  }

  /**
   * One attempt's outcome: delivered, pending again at `nextAttemptAt`, or given up (null). The
   * endpoint's failure streak starts at its first failure and ends at any success.
   */
  async recordAttempt(
    db: Sql,
    delivery: { id: string; endpointId: string },
    attempt: AttemptRecord,
    outcome: { delivered: boolean; nextAttemptAt: Date | null; now: Date },
  ): Promise<void> {
    const status: WebhookDeliveryStatus = outcome.delivered
      ? 'delivered'
      : outcome.nextAttemptAt
        ? 'pending'
        : 'failed';
    await db.query(
      `UPDATE webhook_deliveries
          SET status = $2, next_attempt_at = $3, status_code = $4, duration_ms = $5, error = $6,
              response_body = $7
        WHERE id = $1`,
      [
        delivery.id,
        status,
        status === 'pending' ? outcome.nextAttemptAt : null,
        attempt.statusCode,
        attempt.durationMs,
        attempt.error,
        attempt.responseBody,
      ],
    );
    await db.query(
      outcome.delivered
        ? `UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`
        : `UPDATE webhook_endpoints SET failing_since = $2 WHERE id = $1 AND failing_since IS NULL`,
      outcome.delivered ? [delivery.endpointId] : [delivery.endpointId, outcome.now],
    );
  }

  /**
   * Disables the endpoint if it has failed since at least `failingBefore` and is still enabled;
   * returns its URL when this call disabled it (once, whatever the number of workers).
   */
  async disableIfFailingSince(
    db: Sql,
    endpointId: string,
    failingBefore: Date,
  ): Promise<string | undefined> {
    const row = await queryOne<{ url: string }>(
      db,
      `UPDATE webhook_endpoints
          SET enabled = false, disabled_reason = 'failing', updated_at = now()
        WHERE id = $1 AND enabled AND failing_since <= $2
        RETURNING url`,
      [endpointId, failingBefore],
    );
    return row?.url;
  }

  async activeAdminIds(db: Sql): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      db,
      `SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id`,
    );
    return rows.map((row) => row.id);
  }
}
