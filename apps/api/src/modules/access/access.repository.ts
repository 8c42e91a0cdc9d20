import { can } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { queryOne, queryRows } from '../../database/sql';
import {
  AddParam,
  sqlParams,
  visibleCandidateSql,
  visibleJobSql,
  visibleRoundSql,
  visibleStoredScoreSql,
} from './visibility.sql';

/** The lookups behind access decisions; each is one indexed statement outside any transaction. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  canSeeStoredScore(viewer: SessionUser, candidateId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM candidates c WHERE c.id = $1`, candidateId, (add) =>
      visibleStoredScoreSql(viewer, 'c', add),
    );
  }

  canSeeJob(viewer: SessionUser, jobId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM jobs j WHERE j.id = $1`, jobId, (add) =>
      visibleJobSql(viewer, 'j', add),
    );
  }

  canSeeCandidate(viewer: SessionUser, candidateId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM candidates c WHERE c.id = $1`, candidateId, (add) =>
      visibleCandidateSql(viewer, 'c', add),
    );
  }

  canSeeRound(viewer: SessionUser, roundId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM interview_rounds r WHERE r.id = $1`, roundId, (add) =>
      visibleRoundSql(viewer, 'r', add),
    );
  }

  async isHiringManagerOf(userId: string, jobId: string): Promise<boolean> {
    return Boolean(
      await queryOne(
        this.dataSource.manager,
        `SELECT 1 FROM job_hiring_managers WHERE job_id = $1 AND user_id = $2`,
        [jobId, userId],
      ),
    );
  }

  /** A job's title, whether the viewer may see it and whether they manage it, in one statement. */
  async jobAsManagedBy(
    viewer: SessionUser,
    jobId: string,
  ): Promise<{ title: string; visible: boolean; manages: boolean } | undefined> {
    const { params, add } = sqlParams([jobId]);
    const visible = visibleJobSql(viewer, 'j', add);
    const manages = can(viewer.role, 'everything.see')
      ? 'TRUE'
      : viewer.role === 'hiring_manager'
        ? `EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = j.id AND m.user_id = ${add(viewer.id)})`
        : 'FALSE';
    return queryOne(
      this.dataSource.manager,
      `SELECT j.title, ${visible} AS visible, ${manages} AS manages FROM jobs j WHERE j.id = $1`,
      params,
    );
  }

  async jobOfCandidate(candidateId: string): Promise<string | null> {
    const row = await queryOne<{ job_id: string | null }>(
      this.dataSource.manager,
      `SELECT job_id FROM candidates WHERE id = $1`,
      [candidateId],
    );
    return row?.job_id ?? null;
  }

  async jobOfRound(roundId: string): Promise<string | null> {
    const row = await queryOne<{ job_id: string }>(
      this.dataSource.manager,
      `SELECT job_id FROM interview_rounds WHERE id = $1`,
      [roundId],
    );
    return row?.job_id ?? null;
  }

  /** A scorecard's owner, status and round, and the status of the viewer's own card on that round. */
  scorecardWithOwnStatus(
    viewerId: string,
    scorecardId: string,
  ): Promise<
    | { interviewer_id: string; status: string; round_id: string; own_status: string | null }
    | undefined
  > {
    return queryOne(
      this.dataSource.manager,
      `SELECT s.interviewer_id, s.status, s.round_id,
              (SELECT own.status FROM scorecards own WHERE own.round_id = s.round_id AND own.interviewer_id = $2) AS own_status
         FROM scorecards s WHERE s.id = $1`,
      [scorecardId, viewerId],
    );
  }

  async visibleRoundIds(viewer: SessionUser, roundIds: string[]): Promise<Set<string>> {
    const { params, add } = sqlParams([roundIds]);
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT r.id FROM interview_rounds r WHERE r.id = ANY($1::uuid[]) AND ${visibleRoundSql(viewer, 'r', add)}`,
      params,
    );
    return new Set(rows.map((row) => row.id));
  }

  private async exists(
    baseSql: string,
    id: string,
    condition: (add: AddParam) => string,
  ): Promise<boolean> {
    const { params, add } = sqlParams([id]);
    const where = condition(add);
    return Boolean(await queryOne(this.dataSource.manager, `${baseSql} AND ${where}`, params));
  }
}
