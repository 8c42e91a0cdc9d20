import { FEEDBACK_DUE_HOURS, FeedbackOwed, FeedbackOwedQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { VisibleCondition } from '../access/access.service';

const WORST_SHOWN = 100;

interface OwedRow {
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
}

interface InterviewerRow {
  interviewer_id: string;
  interviewer_name: string;
  owed: number;
  overdue: number;
  worst_overdue_hours: number;
}

interface JobRow {
  job_id: string;
  job_title: string;
  expected: number;
  received: number;
  median_hours: number | null;
  rounds_held: number;
  no_shows: number;
}

/**
 * Who still owes feedback, and how each job's panels keep up. A scorecard is owed once its round
 * has started (and was not cancelled or a no-show) until it is submitted; declined ones are not
 * owed. The per-job figures cover the rounds of the chosen window.
 */
@Injectable()
export class FeedbackOwedService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(query: FeedbackOwedQuery, visibleRound: VisibleCondition): Promise<FeedbackOwed> {
    // Each statement gets its own parameters: PostgreSQL refuses a parameter a statement never uses.
    const statement = () => {
      const params: unknown[] = [];
      const add = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      const conditions = [visibleRound('r', add)];
      if (query.jobId) conditions.push(`r.job_id = ${add(query.jobId)}`);
      return { params, add, where: conditions.join(' AND ') };
    };
    const owedSql = (add: (value: unknown) => string, where: string) => {
      const due = `r.scheduled_at + ${add(FEEDBACK_DUE_HOURS)}::int * interval '1 hour'`;
      return `
      SELECT s.id AS scorecard_id, s.interviewer_id, u.name AS interviewer_name,
             r.id AS round_id, r.name AS round_name, r.scheduled_at, ${due} AS due_at,
             extract(epoch FROM now() - (${due}))::float8 / 3600 AS overdue_hours,
             r.candidate_id, r.job_id
        FROM scorecards s
        JOIN interview_rounds r ON r.id = s.round_id
        JOIN users u ON u.id = s.interviewer_id
       WHERE s.status = 'draft' AND r.status IN ('scheduled', 'completed') AND r.scheduled_at <= now()
         AND ${where}`;
    };
    const worstQuery = statement();
    const worstOwed = owedSql(worstQuery.add, worstQuery.where);
    const byInterviewerQuery = statement();
    const byInterviewerOwed = owedSql(byInterviewerQuery.add, byInterviewerQuery.where);
    const jobsQuery = statement();
    const windowDays = jobsQuery.add(query.days);

    const [worst, interviewers, jobs] = await Promise.all([
      this.dataSource.query(
        `WITH owed AS (${worstOwed})
         SELECT owed.*, c.name AS candidate_name, j.title AS job_title, count(*) OVER ()::int AS total
           FROM owed JOIN candidates c ON c.id = owed.candidate_id JOIN jobs j ON j.id = owed.job_id
          ORDER BY owed.scheduled_at, owed.scorecard_id
          LIMIT ${WORST_SHOWN}`,
        worstQuery.params,
      ) as Promise<(OwedRow & { total: number })[]>,
      this.dataSource.query(
        `WITH owed AS (${byInterviewerOwed})
         SELECT interviewer_id, interviewer_name, count(*)::int AS owed,
                count(*) FILTER (WHERE overdue_hours > 0)::int AS overdue,
                max(overdue_hours) AS worst_overdue_hours
           FROM owed GROUP BY interviewer_id, interviewer_name
          ORDER BY max(overdue_hours) DESC, interviewer_name`,
        byInterviewerQuery.params,
      ) as Promise<InterviewerRow[]>,
      this.dataSource.query(
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
            AND ${jobsQuery.where}
          GROUP BY j.id, j.title
          ORDER BY j.title, j.id`,
        jobsQuery.params,
      ) as Promise<JobRow[]>,
    ]);

    return {
      owed: worst.map((row) => ({
        scorecardId: row.scorecard_id,
        roundId: row.round_id,
        roundName: row.round_name,
        scheduledAt: row.scheduled_at.toISOString(),
        dueAt: row.due_at.toISOString(),
        overdueHours: row.overdue_hours,
        candidateId: row.candidate_id,
        candidateName: row.candidate_name,
        jobId: row.job_id,
        jobTitle: row.job_title,
        interviewerId: row.interviewer_id,
        interviewerName: row.interviewer_name,
      })),
      owedTotal: worst[0]?.total ?? 0,
      byInterviewer: interviewers.map((row) => ({
        interviewerId: row.interviewer_id,
        interviewerName: row.interviewer_name,
        owed: row.owed,
        overdue: row.overdue,
        worstOverdueHours: row.worst_overdue_hours,
      })),
      jobs: jobs.map((row) => ({
        jobId: row.job_id,
        jobTitle: row.job_title,
        expected: row.expected,
        received: row.received,
        medianHoursToFeedback: row.median_hours,
        roundsHeld: row.rounds_held,
        noShows: row.no_shows,
        showRate:
          row.rounds_held + row.no_shows === 0
            ? null
            : row.rounds_held / (row.rounds_held + row.no_shows),
      })),
      days: query.days,
    };
  }
}
