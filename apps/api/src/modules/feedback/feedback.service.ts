import { FeedbackOwed, FeedbackOwedQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { FeedbackRepository } from './feedback.repository';

/** Who still owes feedback, and how each job's panels keep up, over rounds the viewer may see. */
@Injectable()
export class FeedbackService {
  constructor(private readonly repository: FeedbackRepository) {}

  async owed(query: FeedbackOwedQuery, viewer: SessionUser): Promise<FeedbackOwed> {
    const [worst, interviewers, jobs] = await Promise.all([
      this.repository.findWorstOwed(viewer, query),
      this.repository.findOwedByInterviewer(viewer, query),
      this.repository.findJobFigures(viewer, query),
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
        lastRemindedAt: row.last_reminded_at?.toISOString() ?? null,
      })),
      owedTotal: worst[0]?.total ?? 0,
      byInterviewer: interviewers.map((row) => ({
        interviewerId: row.interviewer_id,
        interviewerName: row.interviewer_name,
        owed: row.owed,
        overdue: row.overdue,
        worstOverdueHours: row.worst_overdue_hours,
        lastRemindedAt: row.last_reminded_at?.toISOString() ?? null,
      })),
      jobs: jobs.map((row) => ({
        jobId: row.job_id,
        jobTitle: row.job_title,
        expected: row.expected,
        received: row.received,
        medianHoursToFeedback: row.median_hours,
        roundsHeld: row.rounds_held,
        noShows: row.no_shows,
        showRate: showRate(row.rounds_held, row.no_shows),
      })),
      days: query.days,
    };
  }
}

/** Rounds held against no-shows; none scheduled is "no figure", not 0%. */
export function showRate(held: number, noShows: number): number | null {
  return held + noShows === 0 ? null : held / (held + noShows);
}
