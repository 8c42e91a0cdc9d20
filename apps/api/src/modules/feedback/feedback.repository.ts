import { FeedbackOwedQuery } from '@calibrate/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { queryRows } from '../../database/sql';
import { AddParam, sqlParams, visibleRoundSql } from '../access/visibility.sql';

/** The list of owed scorecards stops here; the total still counts them all. */
export const WORST_OWED_SHOWN = 100;

export interface OwedRow {
  scorecard_id: string;
  round_id: string;
  round_name: string;
  scheduled_at: Date;
  due_at: Date;
  overdue_hours: number;
  candidate_id: string;
  candidate_name: string;
  job_id: string;
  job_title: string;
  interviewer_id: string;
  interviewer_name: string;
  last_reminded_at: Date | null;
  total: number;
}

export interface OwedByInterviewerRow {
  interviewer_id: string;
  interviewer_name: string;
  owed: number;
  overdue: number;
  worst_overdue_hours: number;
  last_reminded_at: Date | null;
}

export interface JobFeedbackRow {
  job_id: string;
  job_title: string;
  expected: number;
  received: number;
  median_hours: number | null;
  rounds_held: number;
  no_shows: number;
}

/**
 * A scorecard is owed once its round has started (and was not cancelled or a no-show) until it
 * is submitted; declined ones are not owed. Every statement sees only rounds the viewer may see.
 */
@Injectable()
export class FeedbackRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The owed scorecards, oldest round first (at most WORST_OWED_SHOWN), each with the total. */
  findWorstOwed(viewer: SessionUser, query: FeedbackOwedQuery): Promise<OwedRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `WITH owed AS (${owedSql(add, roundFilter(viewer, query, add), this.config.jobs.feedbackDueHours)})
       SELECT owed.*, c.name AS candidate_name, j.title AS job_title, count(*) OVER ()::int AS total
         FROM owed JOIN candidates c ON c.id = owed.candidate_id JOIN jobs j ON j.id = owed.job_id
        ORDER BY owed.scheduled_at, owed.scorecard_id
        LIMIT ${WORST_OWED_SHOWN}`,
      params,
    );
  }

  /** Per interviewer: how many they owe, how many overdue, the worst first. */
  findOwedByInterviewer(
    viewer: SessionUser,
    query: FeedbackOwedQuery,
  ): Promise<OwedByInterviewerRow[]> {
    const { params, add } = sqlParams();
    return queryRows(
      this.dataSource.manager,
      `WITH owed AS (${owedSql(add, roundFilter(viewer, query, add), this.config.jobs.feedbackDueHours)})
       SELECT interviewer_id, interviewer_name, count(*)::int AS owed,
              count(*) FILTER (WHERE overdue_hours > 0)::int AS overdue,
              max(overdue_hours) AS worst_overdue_hours, max(last_reminded_at) AS last_reminded_at
         FROM owed GROUP BY interviewer_id, interviewer_name
        ORDER BY max(overdue_hours) DESC, interviewer_name`,
      params,
    );
  }

  /** Per job, over the rounds of the last `query.days` days: received/expected, speed, show rate. */
  findJobFigures(viewer: SessionUser, query: FeedbackOwedQuery): Promise<JobFeedbackRow[]> {
    // Each statement gets its own parameters: PostgreSQL refuses a parameter a statement never uses.
    const { params, add } = sqlParams();
    const windowDays = add(query.days);
    return queryRows(
      this.dataSource.manager,
      `SELECT j.id AS job_id, j.title AS job_title,
              count(s.id) FILTER (WHERE r.status NOT IN ('no_show', 'cancelled') AND s.status <> 'declined')::int AS expected,
              count(s.id) FILTER (WHERE r.status NOT IN ('no_show', 'cancelled') AND s.status = 'submitted')::int AS received,
              percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM s.submitted_at - r.scheduled_at) / 3600
              ) FILTER (WHERE s.status = 'submitted') AS median_hours,
              count(DISTINCT r.id) FILTER (WHERE r.status NOT IN ('no_show', 'cancelled'))::int AS rounds_held,
              count(DISTINCT r.id) FILTER (WHERE r.status = 'no_show')::int AS no_shows
         FROM interview_rounds r
         JOIN jobs j ON j.id = r.job_id
         LEFT JOIN scorecards s ON s.round_id = r.id
        WHERE r.scheduled_at <= now() AND r.scheduled_at > now() - ${windowDays}::int * interval '1 day'
          AND ${roundFilter(viewer, query, add)}
        GROUP BY j.id, j.title
        ORDER BY j.title, j.id`,
      params,
    );
  }
}

/** The rounds a report covers: those the viewer may see, of the chosen job if any. */
function roundFilter(viewer: SessionUser, query: FeedbackOwedQuery, add: AddParam): string {
  const conditions = [visibleRoundSql(viewer, 'r', add)];
  if (query.jobId) conditions.push(`r.job_id = ${add(query.jobId)}`);
  return conditions.join(' AND ');
}

/**
 * Scorecards owed on rounds matching `where`, with when they were due (the job's own deadline, or
 * the default), how late they are, and when their interviewer was last reminded.
 */
function owedSql(add: AddParam, where: string, defaultDueHours: number): string {
  const due = `r.scheduled_at + COALESCE(dj.feedback_due_hours, ${add(defaultDueHours)}::int) * interval '1 hour'`;
  return `
    SELECT s.id AS scorecard_id, s.interviewer_id, u.name AS interviewer_name,
           r.id AS round_id, r.name AS round_name, r.scheduled_at, ${due} AS due_at,
           extract(epoch FROM now() - (${due}))::float8 / 3600 AS overdue_hours,
           r.candidate_id, r.job_id, sr.last_reminded_at
      FROM scorecards s
      JOIN interview_rounds r ON r.id = s.round_id
      JOIN jobs dj ON dj.id = r.job_id
      JOIN users u ON u.id = s.interviewer_id
      LEFT JOIN scorecard_reminders sr ON sr.scorecard_id = s.id
     WHERE s.status = 'draft' AND r.status IN ('scheduled', 'completed') AND r.scheduled_at <= now()
       AND ${where}`;
}
