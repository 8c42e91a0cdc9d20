import { CefrLevel, CreateJob, JobShift, JobStatus, ListJobsQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import {
  cursorTimestampSql,
  decodeCursor,
  encodeCursor,
} from '../../common/pagination/keyset-cursor';
import { queryOne, Sql } from '../../database/sql';
import { sqlParams, visibleJobSql } from '../access/visibility.sql';

export interface JobRow {
  id: string;
  title: string;
  client_program: string;
  site: string;
  language: string;
  shift: JobShift;
  headcount: number;
  status: JobStatus;
  feedback_due_hours: number | null;
  knock_out_min_language_level: CefrLevel | null;
  knock_out_requires_shift: boolean;
  knock_out_min_typing_wpm: number | null;
  created_at: Date;
  updated_at: Date;
  cursor_created_at?: string;
}

export interface PlanRoundRow {
  id: string;
  job_id: string;
  position: number;
  name: string;
  rubric_id: string;
  rubric_name: string;
  current_version_id: string | null;
  default_interviewer_ids: string[];
}

export interface JobRelations {
  managers: { job_id: string; user_id: string }[];
  plan: PlanRoundRow[];
}

const jobColumns = `j.id, j.title, j.client_program, j.site, j.language, j.shift, j.headcount, j.status,
  j.feedback_due_hours, j.knock_out_min_language_level, j.knock_out_requires_shift,
  j.knock_out_min_typing_wpm, j.created_at, j.updated_at`;

@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findJob(db: Sql, id: string, forUpdate = false): Promise<JobRow | undefined> {
    return queryOne(
      db,
      `SELECT ${jobColumns} FROM jobs j WHERE j.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
  }

  /** Jobs the viewer may see, newest first, keyset-paginated. Read-only, outside transactions. */
  async findPage(
    query: ListJobsQuery,
    viewer: SessionUser,
  ): Promise<{ rows: JobRow[]; nextCursor: string | null }> {
    const { params, add } = sqlParams();
    const conditions: string[] = [visibleJobSql(viewer, 'j', add)];
    if (query.status) {
      params.push(query.status);
      conditions.push(`j.status = $${params.length}`);
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      params.push(after.at, after.id);
      conditions.push(
        `(j.created_at, j.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(query.limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${jobColumns}, ${cursorTimestampSql('j.created_at')} AS cursor_created_at
         FROM jobs j ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY j.created_at DESC, j.id DESC LIMIT $${params.length}`,
      params,
    )) as JobRow[];
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      rows: page,
      nextCursor:
        rows.length > query.limit && last?.cursor_created_at
          ? encodeCursor({ at: last.cursor_created_at, id: last.id })
          : null,
    };
  }

  /** Hiring managers and plans of many jobs: two queries whatever the number of jobs. */
  async findRelations(db: Sql, jobIds: string[]): Promise<JobRelations> {
    const [managers, plan] = await Promise.all([
      db.query(
        `SELECT job_id, user_id FROM job_hiring_managers WHERE job_id = ANY($1::uuid[]) ORDER BY user_id`,
        [jobIds],
      ) as Promise<JobRelations['managers']>,
      db.query(
        `SELECT p.id, p.job_id, p.position, p.name, p.rubric_id, r.name AS rubric_name,
                (SELECT v.id FROM rubric_versions v
                  WHERE v.rubric_id = p.rubric_id AND v.status = 'published'
                  ORDER BY v.version DESC LIMIT 1) AS current_version_id,
                ARRAY(SELECT i.user_id FROM job_plan_round_interviewers i
                       WHERE i.plan_round_id = p.id ORDER BY i.position) AS default_interviewer_ids
           FROM job_plan_rounds p JOIN rubrics r ON r.id = p.rubric_id
          WHERE p.job_id = ANY($1::uuid[]) ORDER BY p.job_id, p.position`,
        [jobIds],
      ) as Promise<PlanRoundRow[]>,
    ]);
    return { managers, plan };
  }

  async insertJob(db: Sql, job: CreateJob): Promise<string> {
    const row = await queryOne<{ id: string }>(
      db,
      `INSERT INTO jobs (title, client_program, site, language, shift, headcount, status, feedback_due_hours,
                         knock_out_min_language_level, knock_out_requires_shift, knock_out_min_typing_wpm)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        job.title,
        job.clientProgram,
        job.site,
        job.language,
        job.shift,
        job.headcount,
        job.status,
        job.feedbackDueHours,
        job.knockOutRules.minLanguageLevel,
        job.knockOutRules.requireShift,
        job.knockOutRules.minTypingWpm,
      ],
    );
    if (!row) throw new Error('job insert returned no row');
    return row.id;
  }

  async updateJob(
    db: Sql,
    id: string,
    job: Omit<CreateJob, 'hiringManagerIds' | 'interviewPlan'>,
  ): Promise<void> {
    await db.query(
      `UPDATE jobs SET title = $2, client_program = $3, site = $4, language = $5, shift = $6, headcount = $7,
              status = $8, feedback_due_hours = $9, knock_out_min_language_level = $10,
              knock_out_requires_shift = $11, knock_out_min_typing_wpm = $12, updated_at = now()
        WHERE id = $1`,
      [
        id,
        job.title,
        job.clientProgram,
        job.site,
        job.language,
        job.shift,
        job.headcount,
        job.status,
        job.feedbackDueHours,
        job.knockOutRules.minLanguageLevel,
        job.knockOutRules.requireShift,
        job.knockOutRules.minTypingWpm,
      ],
    );
  }

  async replaceManagers(db: Sql, jobId: string, userIds: string[]): Promise<void> {
    await db.query(`DELETE FROM job_hiring_managers WHERE job_id = $1`, [jobId]);
    await db.query(
      `INSERT INTO job_hiring_managers (job_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [jobId, userIds],
    );
  }

  async replacePlan(db: Sql, jobId: string, plan: CreateJob['interviewPlan']): Promise<void> {
    await db.query(`DELETE FROM job_plan_rounds WHERE job_id = $1`, [jobId]);
    await db.query(
      `WITH input AS (
         SELECT (e.ordinality - 1)::int AS position, e.value ->> 'name' AS name,
                (e.value ->> 'rubricId')::uuid AS rubric_id,
                e.value -> 'defaultInterviewerIds' AS interviewers
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(value, ordinality)),
       inserted AS (
         INSERT INTO job_plan_rounds (job_id, position, name, rubric_id)
         SELECT $1, position, name, rubric_id FROM input RETURNING id, position)
       INSERT INTO job_plan_round_interviewers (plan_round_id, user_id, position)
       SELECT inserted.id, (i.value #>> '{}')::uuid, (i.ordinality - 1)::int
         FROM inserted JOIN input USING (position)
         CROSS JOIN LATERAL jsonb_array_elements(input.interviewers) WITH ORDINALITY AS i(value, ordinality)`,
      [jobId, JSON.stringify(plan)],
    );
  }

  async existingRubricIds(db: Sql, ids: string[]): Promise<Set<string>> {
    const rows = (await db.query(`SELECT id FROM rubrics WHERE id = ANY($1::uuid[])`, [ids])) as {
      id: string;
    }[];
    return new Set(rows.map((row) => row.id));
  }
}
