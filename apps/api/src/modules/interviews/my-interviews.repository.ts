import {
  FEEDBACK_DUE_HOURS,
  MY_INTERVIEWS_OPEN_LIMIT,
  MY_INTERVIEWS_RECENT_DAYS,
  RoundStatus,
  ScorecardStatus,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface MyInterviewRow {
  round_id: string;
  scorecard_id: string;
  candidate_id: string;
  candidate_name: string;
  job_id: string;
  job_title: string;
  round_name: string;
  scheduled_at: Date;
  round_status: RoundStatus;
  scorecard_status: ScorecardStatus;
  submitted_at: Date | null;
  declined_reason: string | null;
  answered: number;
  questions: number;
  overdue: boolean;
}

/** One interviewer's scorecards with their round, candidate and progress ($1: the interviewer). */
const mine = (where: string) => `
  SELECT r.id AS round_id, s.id AS scorecard_id, c.id AS candidate_id, c.name AS candidate_name,
         j.id AS job_id, j.title AS job_title, r.name AS round_name, r.scheduled_at,
         r.status AS round_status, s.status AS scorecard_status, s.submitted_at, s.declined_reason,
         (SELECT count(*)::int FROM scorecard_answers a
           WHERE a.scorecard_id = s.id AND (a.rating IS NOT NULL OR a.not_asked)) AS answered,
         (SELECT count(*)::int FROM rubric_questions q
           WHERE q.rubric_version_id = r.rubric_version_id) AS questions,
         (s.status = 'draft' AND r.scheduled_at < now() - make_interval(hours => ${FEEDBACK_DUE_HOURS})) AS overdue
    FROM scorecards s
    JOIN interview_rounds r ON r.id = s.round_id
    JOIN candidates c ON c.id = r.candidate_id
    JOIN jobs j ON j.id = r.job_id
   WHERE s.interviewer_id = $1 AND ${where}`;

const open = `s.status = 'draft' AND r.status IN ('scheduled', 'completed')`;

/** The "My interviews" reads: read-only, outside transactions. */
@Injectable()
export class MyInterviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Drafts still owed: overdue ones first, oldest first; then the rest in schedule order. */
  findOpen(interviewerId: string): Promise<MyInterviewRow[]> {
    return this.dataSource.query(
      `${mine(open)} ORDER BY overdue DESC, r.scheduled_at, r.id LIMIT ${MY_INTERVIEWS_OPEN_LIMIT}`,
      [interviewerId],
    );
  }

  async countOpen(interviewerId: string): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
        WHERE s.interviewer_id = $1 AND ${open}`,
      [interviewerId],
    )) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  /**
   * Finished lately: submitted or declined scorecards, and rounds that did not take place; the
   * latest round first, as the interviewer remembers them (not by when the form was sent).
   */
  findRecent(interviewerId: string): Promise<MyInterviewRow[]> {
    const since = `now() - make_interval(days => ${MY_INTERVIEWS_RECENT_DAYS})`;
    return this.dataSource.query(
      `${mine(`(
          (s.status = 'submitted' AND s.submitted_at > ${since})
          OR (s.status = 'declined' AND s.updated_at > ${since})
          OR (s.status = 'draft' AND r.status IN ('cancelled', 'no_show') AND r.updated_at > ${since}))`)}
        ORDER BY r.scheduled_at DESC, r.id
        LIMIT 50`,
      [interviewerId],
    );
  }
}
