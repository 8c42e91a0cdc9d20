import { can, UserRole } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { queryOne, queryRows, Sql } from '../../database/sql';
import {
  AddParam,
  sqlParams,
  visibleCandidateSql,
  visibleRoundSql,
} from '../access/visibility.sql';

/**
 * The channel every API instance LISTENs on; a notification's payload is a `LiveEventRow`, or a
 * `LiveEventBatch` naming the progress events one statement wrote.
 */
export const LIVE_CHANNEL = 'calibrate_live';

/** How long events are kept for clients that reconnect with Last-Event-ID. */
export const LIVE_EVENTS_KEPT_MINUTES = 10;

/** A `live_events` row as the notification and the replay carry it. */
export interface LiveEventRow {
  id: string;
  kind: string;
  round_id: string | null;
  candidate_id: string | null;
  job_id: string | null;
  data: Record<string, unknown>;
}

/** Progress events written together, announced in one notification (ids in order). */
export interface LiveEventBatch {
  batch: string[];
}

/** Ids per batch notification: a payload must stay under PostgreSQL's 8,000 bytes. */
const BATCH_IDS = 400;

export type ScorecardEventKind =
  'scorecard.progress' | 'scorecard.submitted' | 'scorecard.declined';
export type RoundEventKind = 'round.scheduled' | 'round.updated';

/**
 * Inserts the event and notifies every instance in one statement. Run in the transaction of the
 * change it announces, PostgreSQL delivers the notification only when that transaction commits,
 * so an event never announces a change that was rolled back.
 */
const insertAndNotify = (select: string) => `
  WITH e AS (
    INSERT INTO live_events (kind, round_id, candidate_id, job_id, data) ${select}
    RETURNING id::text, kind, round_id, candidate_id, job_id, data
  )
  SELECT pg_notify('${LIVE_CHANNEL}', row_to_json(e)::text) FROM e`;

/** Answered questions (rated or not asked) of scorecard `s`, and its version's question count. */
const progressOf = (scorecard: string, round: string) => `
  jsonb_build_object(
    'scorecardId', ${scorecard}.id, 'interviewerId', ${scorecard}.interviewer_id,
    'status', ${scorecard}.status,
    'answered', (SELECT count(*)::int FROM scorecard_answers a
                  WHERE a.scorecard_id = ${scorecard}.id AND (a.rating IS NOT NULL OR a.not_asked)),
    'questions', (SELECT count(*)::int FROM rubric_questions q
                   WHERE q.rubric_version_id = ${round}.rubric_version_id))`;

/** Whom a stream is for: what the visibility rules read. */
export type Viewer = Pick<SessionUser, 'id' | 'role'>;

/** A placeholder no viewer id can equal: `audienceOf` puts a column in its place. */
const VIEWER_COLUMN = '\u0000viewer';

/** The SQL behind live events: writing them, replaying them, and who may receive them. */
@Injectable()
export class LiveEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async publishScorecard(db: Sql, kind: ScorecardEventKind, scorecardId: string): Promise<void> {
    await db.query(
      insertAndNotify(`
        SELECT $1, r.id, r.candidate_id, r.job_id, ${progressOf('s', 'r')}
          FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id WHERE s.id = $2`),
      [kind, scorecardId],
    );
  }

  /**
   * Progress events of many scorecards, in one statement: what an instance saved in a second.
   * One notification names them all (up to BATCH_IDS a notification): a notification per event
   * had every instance handle a second's worth of them one by one, an access query each, and
   * took saves at 50 connections from 89% to 75% of the bare baseline (`npm run bench`).
   */
  async publishProgress(db: Sql, scorecardIds: string[]): Promise<void> {
    await db.query(
      `WITH e AS (
         INSERT INTO live_events (kind, round_id, candidate_id, job_id, data)
         SELECT 'scorecard.progress', r.id, r.candidate_id, r.job_id, ${progressOf('s', 'r')}
           FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
          WHERE s.id = ANY($1::uuid[])
         RETURNING id
       ), numbered AS (
         SELECT id, (row_number() OVER (ORDER BY id) - 1) / ${BATCH_IDS} AS chunk FROM e
       )
       SELECT pg_notify('${LIVE_CHANNEL}', json_build_object('batch', array_agg(id::text ORDER BY id))::text)
         FROM numbered GROUP BY chunk`,
      [scorecardIds],
    );
  }

  /** Events by id, oldest first (a batch notification names them). */
  byIds(ids: string[]): Promise<LiveEventRow[]> {
    return queryRows<LiveEventRow>(
      this.dataSource.manager,
      `SELECT id::text, kind, round_id, candidate_id, job_id, data
         FROM live_events WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    );
  }

  async publishRound(db: Sql, kind: RoundEventKind, roundId: string): Promise<void> {
    await db.query(
      insertAndNotify(`
        SELECT $1, r.id, r.candidate_id, r.job_id, jsonb_build_object('status', r.status)
          FROM interview_rounds r WHERE r.id = $2`),
      [kind, roundId],
    );
  }

  async publishCandidateStage(db: Sql, candidateId: string): Promise<void> {
    await db.query(
      insertAndNotify(`
        SELECT 'candidate.stage_changed', NULL::uuid, c.id, c.job_id, '{}'::jsonb
          FROM candidates c WHERE c.id = $1`),
      [candidateId],
    );
  }

  /**
   * Of these signed-in viewers, those who may see what the event is about, by the API's own
   * visibility rules (`visibility.sql.ts`): one statement per event and instance, whatever the
   * number of streams. The rule is written once, for one viewer whose id is a parameter; here that
   * parameter is the column of a list of viewers, one list per role (the rule depends on it).
   */
  async audienceOf(event: LiveEventRow, viewers: Viewer[]): Promise<Set<string>> {
    const byRole = new Map<UserRole, string[]>();
    for (const viewer of viewers)
      byRole.set(viewer.role, [...(byRole.get(viewer.role) ?? []), viewer.id]);
    const { params, add } = sqlParams([event.round_id ?? event.candidate_id]);
    const parts: string[] = [];
    for (const [role, ids] of byRole) {
      const list = add(ids);
      const columnAdd: AddParam = (value) => (value === VIEWER_COLUMN ? 'v.id' : add(value));
      const viewer = { id: VIEWER_COLUMN, role } as SessionUser;
      parts.push(
        event.round_id
          ? `SELECT v.id::text FROM interview_rounds r CROSS JOIN unnest(${list}::uuid[]) AS v(id)
              WHERE r.id = $1 AND ${visibleRoundSql(viewer, 'r', columnAdd)}`
          : `SELECT v.id::text FROM candidates c CROSS JOIN unnest(${list}::uuid[]) AS v(id)
              WHERE c.id = $1 AND ${visibleCandidateSql(viewer, 'c', columnAdd)}`,
      );
    }
    if (parts.length === 0) return new Set();
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      parts.join(' UNION ALL '),
      params,
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * For events about rounds, which of these viewers may see each: `audienceOf` for many events in
   * one statement (a batch of progress events), as event id → viewer ids.
   */
  async audienceOfRounds(
    events: { id: string; roundId: string }[],
    viewers: Viewer[],
  ): Promise<Map<string, Set<string>>> {
    const audience = new Map<string, Set<string>>();
    if (events.length === 0 || viewers.length === 0) return audience;
    const byRole = new Map<UserRole, string[]>();
    for (const viewer of viewers)
      byRole.set(viewer.role, [...(byRole.get(viewer.role) ?? []), viewer.id]);
    const { params, add } = sqlParams([events.map((e) => e.id), events.map((e) => e.roundId)]);
    const parts: string[] = [];
    for (const [role, ids] of byRole) {
      const list = add(ids);
      const columnAdd: AddParam = (value) => (value === VIEWER_COLUMN ? 'v.id' : add(value));
      const viewer = { id: VIEWER_COLUMN, role } as SessionUser;
      parts.push(
        `SELECT x.id::text AS event_id, v.id::text AS viewer_id
           FROM unnest($1::bigint[], $2::uuid[]) AS x(id, round_id)
           JOIN interview_rounds r ON r.id = x.round_id
          CROSS JOIN unnest(${list}::uuid[]) AS v(id)
          WHERE ${visibleRoundSql(viewer, 'r', columnAdd)}`,
      );
    }
    const rows = await queryRows<{ event_id: string; viewer_id: string }>(
      this.dataSource.manager,
      parts.join(' UNION ALL '),
      params,
    );
    for (const row of rows) {
      const viewersOf = audience.get(row.event_id) ?? new Set<string>();
      viewersOf.add(row.viewer_id);
      audience.set(row.event_id, viewersOf);
    }
    return audience;
  }

  /**
   * The events after `afterId` this viewer may see, oldest first, at most `limit`; with whether
   * any were missed for good (pruned, or the id is not one this database gave out).
   */
  async replay(
    viewer: Viewer,
    afterId: string,
    limit: number,
  ): Promise<{ rows: LiveEventRow[]; gap: boolean }> {
    const bounds = await queryOne<{ oldest: string | null; last: string }>(
      this.dataSource.manager,
      `SELECT (SELECT min(id)::text FROM live_events) AS oldest,
              (SELECT last_value::text FROM live_events_id_seq) AS last`,
    );
    const after = BigInt(afterId);
    const last = BigInt(bounds?.last ?? '0');
    const oldest =
      bounds?.oldest === null || bounds?.oldest === undefined ? last + 1n : BigInt(bounds.oldest);
    const gap = after > last || after < oldest - 1n;
    const { params, add } = sqlParams([afterId, limit]);
    // The visibility rules read only the viewer's id and role.
    const sessionUser = viewer as SessionUser;
    const visible = can(viewer.role, 'everything.see')
      ? 'TRUE'
      : `CASE WHEN e.round_id IS NOT NULL THEN EXISTS (SELECT 1 FROM interview_rounds r
                                                         WHERE r.id = e.round_id AND ${visibleRoundSql(sessionUser, 'r', add)})
              ELSE EXISTS (SELECT 1 FROM candidates c WHERE c.id = e.candidate_id AND ${visibleCandidateSql(sessionUser, 'c', add)}) END`;
    const rows = await queryRows<LiveEventRow>(
      this.dataSource.manager,
      `SELECT e.id::text, e.kind, e.round_id, e.candidate_id, e.job_id, e.data
         FROM live_events e WHERE e.id > $1::bigint AND ${visible}
        ORDER BY e.id LIMIT $2`,
      params,
    );
    return { rows, gap };
  }

  /** Every event after `afterId`, for an instance catching up after its LISTEN connection dropped. */
  since(afterId: string, limit: number): Promise<LiveEventRow[]> {
    return queryRows<LiveEventRow>(
      this.dataSource.manager,
      `SELECT id::text, kind, round_id, candidate_id, job_id, data
         FROM live_events WHERE id > $1::bigint ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  async latestId(): Promise<string> {
    const row = await queryOne<{ id: string | null }>(
      this.dataSource.manager,
      `SELECT max(id)::text AS id FROM live_events`,
    );
    return row?.id ?? '0';
  }

  async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM live_events WHERE created_at < now() - make_interval(mins => $1)`,
      [LIVE_EVENTS_KEPT_MINUTES],
    );
  }

  /**
   * The users and roles of these sessions now, by session hash, without keeping them alive: an
   * open stream must not stop an idle session from expiring. A session that ended is missing.
   */
  async sessionUsers(
    sessionIdHashes: string[],
    idleMinutes: number,
  ): Promise<Map<string, { id: string; role: UserRole }>> {
    const rows = await queryRows<{ id_hash: string; id: string; role: UserRole }>(
      this.dataSource.manager,
      `SELECT s.id_hash, u.id, u.role FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id_hash = ANY($1::text[]) AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2) AND u.active`,
      [sessionIdHashes, idleMinutes],
    );
    return new Map(rows.map((row) => [row.id_hash, { id: row.id, role: row.role }]));
  }

  /** Each panel member's progress on a round (the caller checked the viewer may see it). */
  async roundProgress(roundId: string): Promise<
    | {
        round_status: string;
        panel: {
          scorecard_id: string;
          interviewer_id: string;
          interviewer_name: string;
          status: string;
          answered: number;
          questions: number;
        }[];
      }
    | undefined
  > {
    return queryOne(
      this.dataSource.manager,
      `SELECT r.status AS round_status,
              COALESCE((SELECT json_agg(p ORDER BY p.interviewer_name, p.scorecard_id) FROM (
                SELECT s.id AS scorecard_id, s.interviewer_id, u.name AS interviewer_name, s.status,
                       (SELECT count(*)::int FROM scorecard_answers a
                         WHERE a.scorecard_id = s.id AND (a.rating IS NOT NULL OR a.not_asked)) AS answered,
                       (SELECT count(*)::int FROM rubric_questions q
                         WHERE q.rubric_version_id = r.rubric_version_id) AS questions
                  FROM scorecards s JOIN users u ON u.id = s.interviewer_id
                 WHERE s.round_id = r.id) p), '[]'::json) AS panel
         FROM interview_rounds r WHERE r.id = $1`,
      [roundId],
    );
  }
}
