import {
  CreateRound,
  InterviewRound,
  InterviewRoundPage,
  ListRoundsQuery,
  RoundBookings,
  RoundBookingsQuery,
  UpdateRound,
  ValidationIssue,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { Sql } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { RoundInvitations } from '../email/round-invitations.service';
import { JobsRepository } from '../jobs/jobs.repository';
import { LiveEventsPublisher } from '../live/live-events.publisher';
import { RubricsRepository } from '../rubrics/rubrics.repository';
import { findUserReferenceProblems } from '../users/user-references';
import { UsersRepository } from '../users/users.repository';
import { WebhookEventsPublisher } from '../webhooks/webhook-events.publisher';
import { toInterviewRound } from './interviews.mapper';
import { InterviewsRepository } from './interviews.repository';

const roundNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This interview round does not exist.');

@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: InterviewsRepository,
    private readonly rubrics: RubricsRepository,
    private readonly jobs: JobsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
    private readonly webhooks: WebhookEventsPublisher,
    private readonly invitations: RoundInvitations,
  ) {}

  async list(query: ListRoundsQuery, viewer: SessionUser): Promise<InterviewRoundPage> {
    const page = await this.rounds.findPage(query, viewer);
    const scorecards = await this.rounds.findScorecards(
      this.dataSource.manager,
      page.rows.map((row) => row.id),
    );
    return {
      items: page.rows.map((row) => toInterviewRound(row, scorecards)),
      nextCursor: page.nextCursor,
    };
  }

  get(roundId: string): Promise<InterviewRound> {
    return this.read(this.dataSource.manager, roundId);
  }

  /**
   * Schedules a round with one draft scorecard per interviewer. The rubric version is pinned now,
   * so a later edit of the rubric never changes what this round's scores mean.
   */
  schedule(input: CreateRound, actorId: string | null): Promise<InterviewRound> {
    return this.dataSource.transaction(async (db) => {
      const problems: ValidationIssue[] = [];
      if (!(await this.rounds.candidateExists(db, input.candidateId)))
        problems.push({
          path: ['candidateId'],
          code: 'unknown_candidate',
          message: 'No candidate has this id.',
        });
      const job = await this.jobs.findJob(db, input.jobId);
      if (!job)
        problems.push({ path: ['jobId'], code: 'unknown_job', message: 'No job has this id.' });
      const interviewers = await this.users.findByIds(db, input.interviewerIds);
      problems.push(
        ...findUserReferenceProblems(
          input.interviewerIds,
          interviewers,
          ['interviewer', 'hiring_manager', 'recruiter', 'admin'],
          'interviewerIds',
        ),
      );
      const rubricVersionId = job ? await this.pinnedVersion(db, input, problems) : undefined;
      if (problems.length > 0 || !rubricVersionId)
        throw new AppException('VALIDATION_FAILED', problems);

      // A second click of "Schedule" (or a second tab) must not book the same round again.
      await this.rounds.lockCandidateSchedule(db, input.candidateId);
      const duplicate = await this.rounds.findOverlappingRound(db, input);
      if (duplicate)
        throw new AppException('ROUND_DUPLICATE', {
          roundId: duplicate.id,
          scheduledAt: duplicate.scheduled_at.toISOString(),
        });

      const roundId = await this.rounds.insertRound(
        db,
        { ...input, rubricVersionId },
        input.interviewerIds,
      );
      const round = await this.read(db, roundId);
      await this.audit.record(db, {
        actorId,
        action: 'interview_round.scheduled',
        entityType: 'interview_round',
        entityId: roundId,
        after: {
          name: round.name,
          scheduledAt: round.scheduledAt,
          rubricVersionId,
          interviewerIds: input.interviewerIds,
        },
      });
      await this.live.roundChanged(db, 'round.scheduled', roundId);
      await this.webhooks.roundScheduled(db, roundId);
      // The panel's invitations (.ics) commit with the round.
      await this.invitations.roundScheduled(db, roundId);
      return round;
    });
  }

  /** Who of these interviewers already has a scheduled round overlapping this time. */
  async bookings(query: RoundBookingsQuery): Promise<RoundBookings> {
    const rows = await this.rounds.findBookings(
      this.dataSource.manager,
      query.interviewerIds,
      query.scheduledAt,
    );
    return {
      bookings: rows.map((row) => ({
        interviewerId: row.interviewer_id,
        interviewerName: row.interviewer_name,
        roundId: row.round_id,
        roundName: row.round_name,
        scheduledAt: row.scheduled_at.toISOString(),
      })),
    };
  }

  /** Reschedule, cancel, or record a no-show (counted, never left as overdue feedback). */
  update(roundId: string, patch: UpdateRound, actorId: string | null): Promise<InterviewRound> {
    return this.dataSource.transaction(async (db) => {
      const row = await this.rounds.findRound(db, roundId, true);
      if (!row) throw roundNotFound();
      const before = await this.read(db, roundId);
      const status = patch.status ?? before.status;
      const submitted = before.scorecards.some((scorecard) => scorecard.status === 'submitted');
      if (before.status === 'completed') {
        throw new AppException(
          'ROUND_STATE_CONFLICT',
          { status: before.status },
          'This round is completed.',
        );
      }
      if ((status === 'cancelled' || status === 'no_show') && submitted) {
        throw new AppException(
          'ROUND_STATE_CONFLICT',
          { status: before.status },
          'Scores were already submitted for this round; it took place.',
        );
      }
      if (
        patch.status === 'no_show' &&
        new Date(patch.scheduledAt ?? before.scheduledAt).getTime() > Date.now()
      ) {
        throw new AppException(
          'ROUND_STATE_CONFLICT',
          { status: before.status },
          'A candidate can be a no-show only once the round has begun.',
        );
      }
      if (patch.scheduledAt && status !== 'scheduled') {
        throw new AppException(
          'ROUND_STATE_CONFLICT',
          { status },
          'Only a scheduled round can be moved.',
        );
      }
      await this.rounds.updateRound(db, roundId, {
        scheduledAt: patch.scheduledAt ?? before.scheduledAt,
        status,
      });
      const after = await this.read(db, roundId);
      await this.audit.record(db, {
        actorId,
        action:
          status === before.status ? 'interview_round.rescheduled' : `interview_round.${status}`,
        entityType: 'interview_round',
        entityId: roundId,
        before: { status: before.status, scheduledAt: before.scheduledAt },
        after: { status: after.status, scheduledAt: after.scheduledAt },
      });
      await this.live.roundChanged(db, 'round.updated', roundId);
      if (status === 'no_show' && before.status !== 'no_show')
        await this.webhooks.roundNoShow(db, roundId);
      // Moved: an updated invitation; cancelled: a cancellation.
      await this.invitations.roundUpdated(db, roundId, before, after);
      return after;
    });
  }

  /** The round as the API shows it, read on `db` (a transaction, or the data source's manager). */
  private async read(db: Sql, roundId: string): Promise<InterviewRound> {
    const row = await this.rounds.findRound(db, roundId);
    if (!row) throw roundNotFound();
    return toInterviewRound(row, await this.rounds.findScorecards(db, [roundId]));
  }

  /** The given published version, or the current version of the plan round's rubric. */
  private async pinnedVersion(
    db: Sql,
    input: CreateRound,
    problems: ValidationIssue[],
  ): Promise<string | undefined> {
    if (input.rubricVersionId) {
      const version = await this.rubrics.findVersion(db, input.rubricVersionId);
      if (!version) {
        problems.push({
          path: ['rubricVersionId'],
          code: 'unknown_rubric_version',
          message: 'No rubric version has this id.',
        });
        return undefined;
      }
      if (version.status !== 'published') {
        throw new AppException(
          'RUBRIC_NOT_PUBLISHED',
          { rubricVersionId: version.id },
          'Only a published rubric version can be used for interviews.',
        );
      }
      return version.id;
    }
    const plan = await this.rounds.findPlanRubric(db, input.jobId, input.name);
    if (!plan) {
      problems.push({
        path: ['rubricVersionId'],
        code: 'required',
        message: 'This job’s plan has no round of this name: choose a rubric version.',
      });
      return undefined;
    }
    if (!plan.version_id)
      throw new AppException('RUBRIC_NOT_PUBLISHED', { rubricId: plan.rubric_id });
    return plan.version_id;
  }
}
