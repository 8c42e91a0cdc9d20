import {
  ListRoundsQuery,
  ROUND_SLOT_MINUTES,
  RoundStatus,
  ScorecardStatus,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import {
  cursorTimestampSql,
  decodeCursor,
  encodeCursor,
} from '../../common/pagination/keyset-cursor';
import { queryOne, queryRows, Sql } from '../../database/sql';
import { visibleRoundSql } from '../access/visibility.sql';

/** The advisory-lock class of scheduling (the second key is the candidate's). */
const CANDIDATE_SCHEDULE_LOCK = 7_240_602;

export interface BookingRow {
  interviewer_id: string;
  interviewer_name: string;
  round_id: string;
  round_name: string;
  scheduled_at: Date;
}

export interface RoundRow {
  id: string;
  candidate_id: string;
  candidate_name: string;
  job_id: string;
  job_title: string;
  name: string;
  rubric_version_id: string;
  rubric_name: string;
  rubric_version: number;
  scheduled_at: Date;
  status: RoundStatus;
  created_at: Date;
  updated_at: Date;
  cursor_at?: string;
}

export interface RoundScorecardRow {
  id: string;
  round_id: string;
  interviewer_id: string;
  interviewer_name: string;
  status: ScorecardStatus;
  submitted_at: Date | null;
  declined_reason: string | null;
}

const roundColumns = `r.id, r.candidate_id, c.name AS candidate_name, r.job_id, j.title AS job_title, r.name,
  r.rubric_version_id, rb.name AS rubric_name, v.version AS rubric_version, r.scheduled_at, r.status,
  r.created_at, r.updated_at`;
const roundJoins = `FROM interview_rounds r
  JOIN candidates c ON c.id = r.candidate_id
  JOIN jobs j ON j.id = r.job_id
  JOIN rubric_versions v ON v.id = r.rubric_version_id
  JOIN rubrics rb ON rb.id = v.rubric_id`;

@Injectable()
export class InterviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findRound(db: Sql, id: string, forUpdate = false): Promise<RoundRow | undefined> {
    return queryOne(
      db,
      `SELECT ${roundColumns} ${roundJoins} WHERE r.id = $1 ${forUpdate ? 'FOR UPDATE OF r' : ''}`,
      [id],
    );
  }

  /**
   * Rounds in schedule order (soonest first), keyset-paginated on (scheduled_at, id). Read-only,
   * outside transactions.
   */
  async findPage(
    query: ListRoundsQuery,
    viewer: SessionUser,
  ): Promise<{ rows: RoundRow[]; nextCursor: string | null }> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    conditions.push(
      visibleRoundSql(viewer, 'r', (value) => {
        params.push(value);
        return `$${params.length}`;
      }),
    );
    const add = (value: unknown, condition: (placeholder: string) => string) => {
      params.push(value);
      conditions.push(condition(`$${params.length}`));
    };
    if (query.candidateId) add(query.candidateId, (p) => `r.candidate_id = ${p}`);
    if (query.jobId) add(query.jobId, (p) => `r.job_id = ${p}`);
    if (query.status) add(query.status, (p) => `r.status = ${p}`);
    if (query.from) add(query.from, (p) => `r.scheduled_at >= ${p}::timestamptz`);
    if (query.to) add(query.to, (p) => `r.scheduled_at < ${p}::timestamptz`);
    if (query.interviewerId) {
      add(
        query.interviewerId,
        (p) =>
          `EXISTS (SELECT 1 FROM scorecards s WHERE s.round_id = r.id AND s.interviewer_id = ${p})`,
      );
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      params.push(after.at, after.id);
      conditions.push(
        `(r.scheduled_at, r.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(query.limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${roundColumns}, ${cursorTimestampSql('r.scheduled_at')} AS cursor_at ${roundJoins}
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY r.scheduled_at, r.id LIMIT $${params.length}`,
      params,
    )) as RoundRow[];
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      rows: page,
      nextCursor:
        rows.length > query.limit && last?.cursor_at
          ? encodeCursor({ at: last.cursor_at, id: last.id })
          : null,
    };
  }

  findScorecards(db: Sql, roundIds: string[]): Promise<RoundScorecardRow[]> {
    return db.query(
      `SELECT s.id, s.round_id, s.interviewer_id, u.name AS interviewer_name, s.status, s.submitted_at, s.declined_reason
         FROM scorecards s JOIN users u ON u.id = s.interviewer_id
        WHERE s.round_id = ANY($1::uuid[]) ORDER BY s.round_id, u.name, s.id`,
      [roundIds],
    );
  }

  /** Whether a candidate with this id exists. */
  async candidateExists(db: Sql, candidateId: string): Promise<boolean> {
    const candidate = await queryOne(db, `SELECT id FROM candidates WHERE id = $1`, [candidateId]);
    return Boolean(candidate);
  }

  /** The version a plan round would pin now: its rubric's newest published version. */
  findPlanRubric(
    db: Sql,
    jobId: string,
    roundName: string,
  ): Promise<{ rubric_id: string; version_id: string | null } | undefined> {
    return queryOne(
      db,
      `SELECT p.rubric_id,
              (SELECT v.id FROM rubric_versions v WHERE v.rubric_id = p.rubric_id AND v.status = 'published'
                ORDER BY v.version DESC LIMIT 1) AS version_id
         FROM job_plan_rounds p WHERE p.job_id = $1 AND lower(p.name) = lower($2)`,
      [jobId, roundName],
    );
  }

  /**
   * Serialises scheduling for one candidate until the transaction ends, so two clicks of
   * "Schedule" cannot both find no duplicate and both insert.
   */
  async lockCandidateSchedule(db: Sql, candidateId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
      CANDIDATE_SCHEDULE_LOCK,
      candidateId,
    ]);
  }

  /** A scheduled round of this name for this candidate overlapping `scheduledAt`, if any. */
  async findOverlappingRound(
    db: Sql,
    round: { candidateId: string; name: string; scheduledAt: string },
  ): Promise<{ id: string; scheduled_at: Date } | undefined> {
    return queryOne(
      db,
      `SELECT id, scheduled_at FROM interview_rounds
        WHERE candidate_id = $1 AND name = $2 AND status = 'scheduled'
          AND scheduled_at > $3::timestamptz - make_interval(mins => $4)
          AND scheduled_at < $3::timestamptz + make_interval(mins => $4)
        ORDER BY scheduled_at LIMIT 1`,
      [round.candidateId, round.name, round.scheduledAt, ROUND_SLOT_MINUTES],
    );
  }

  /** Scheduled rounds of these interviewers overlapping `scheduledAt` (their scorecard not declined). */
  async findBookings(
    db: Sql,
    interviewerIds: string[],
    scheduledAt: string,
  ): Promise<BookingRow[]> {
    return queryRows<BookingRow>(
      db,
      `SELECT s.interviewer_id, u.name AS interviewer_name, r.id AS round_id, r.name AS round_name,
              r.scheduled_at
         FROM scorecards s
         JOIN interview_rounds r ON r.id = s.round_id
         JOIN users u ON u.id = s.interviewer_id
        WHERE s.interviewer_id = ANY($1::uuid[]) AND s.status <> 'declined' AND r.status = 'scheduled'
          AND r.scheduled_at > $2::timestamptz - make_interval(mins => $3)
          AND r.scheduled_at < $2::timestamptz + make_interval(mins => $3)
        ORDER BY r.scheduled_at, u.name`,
      [interviewerIds, scheduledAt, ROUND_SLOT_MINUTES],
    );
  }

  async insertRound(
    db: Sql,
    round: {
      candidateId: string;
      jobId: string;
      name: string;
      rubricVersionId: string;
      scheduledAt: string;
    },
    interviewerIds: string[],
  ): Promise<string> {
    const row = await queryOne<{ id: string }>(
      db,
      `INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [round.candidateId, round.jobId, round.name, round.rubricVersionId, round.scheduledAt],
    );
    if (!row) throw new Error('round insert returned no row');
    await db.query(
      `INSERT INTO scorecards (round_id, interviewer_id) SELECT $1, unnest($2::uuid[])`,
      [row.id, interviewerIds],
    );
    return row.id;
  }

  async updateRound(
    db: Sql,
    id: string,
    fields: { scheduledAt: string; status: RoundStatus },
  ): Promise<void> {
    await db.query(
      `UPDATE interview_rounds SET scheduled_at = $2, status = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, fields.scheduledAt, fields.status],
    );
  }

  /** A round is completed once every scorecard that is owed (not declined) is submitted. */
  async completeIfAllSubmitted(db: Sql, roundId: string): Promise<void> {
    await db.query(
      `UPDATE interview_rounds r SET status = 'completed', version = version + 1, updated_at = now()
        WHERE r.id = $1 AND r.status = 'scheduled'
          AND EXISTS (SELECT 1 FROM scorecards s WHERE s.round_id = r.id AND s.status = 'submitted')
          AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.round_id = r.id AND s.status = 'draft')`,
      [roundId],
    );
  }
}
