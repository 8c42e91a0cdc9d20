import {
  CreateJob,
  Job,
  JobPage,
  ListJobsQuery,
  UpdateJob,
  ValidationIssue,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { Sql } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { KnockOutsRepository } from '../knock-outs/knock-outs.repository';
import { findUserReferenceProblems } from '../users/user-references';
import { UsersRepository } from '../users/users.repository';
import { toJob, toJobFields } from './jobs.mapper';
import { JobsRepository } from './jobs.repository';

const jobNotFound = () => new AppException('NOT_FOUND', undefined, 'This job does not exist.');

@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly knockOuts: KnockOutsRepository,
  ) {}

  async list(query: ListJobsQuery, viewer: SessionUser): Promise<JobPage> {
    const page = await this.jobs.findPage(query, viewer);
    const relations = await this.jobs.findRelations(
      this.dataSource.manager,
      page.rows.map((row) => row.id),
    );
    return { items: page.rows.map((row) => toJob(row, relations)), nextCursor: page.nextCursor };
  }

  get(jobId: string): Promise<Job> {
    return this.read(this.dataSource.manager, jobId);
  }

  create(input: CreateJob, actorId: string | null): Promise<Job> {
    return this.dataSource.transaction(async (db) => {
      await this.assertReferences(db, input);
      const jobId = await this.jobs.insertJob(db, input);
      await this.jobs.replaceManagers(db, jobId, input.hiringManagerIds);
      await this.jobs.replacePlan(db, jobId, input.interviewPlan);
      const job = await this.read(db, jobId);
      await this.audit.record(db, {
        actorId,
        action: 'job.created',
        entityType: 'job',
        entityId: jobId,
        after: toJobFields(job),
      });
      return job;
    });
  }

  update(jobId: string, patch: UpdateJob, actorId: string | null): Promise<Job> {
    return this.dataSource.transaction(async (db) => {
      if (!(await this.jobs.findJob(db, jobId, true))) throw jobNotFound();
      const before = toJobFields(await this.read(db, jobId));
      const next = { ...before, ...patch };
      await this.assertReferences(db, next);
      await this.jobs.updateJob(db, jobId, next);
      if (patch.hiringManagerIds) await this.jobs.replaceManagers(db, jobId, next.hiringManagerIds);
      if (patch.interviewPlan) await this.jobs.replacePlan(db, jobId, next.interviewPlan);
      // The rules read the job's language and shift as well as its minimums.
      if (patch.knockOutRules || patch.language || patch.shift) {
        await this.knockOuts.refreshJob(db, jobId);
      }
      const job = await this.read(db, jobId);
      await this.audit.record(db, {
        actorId,
        action: 'job.updated',
        entityType: 'job',
        entityId: jobId,
        before,
        after: toJobFields(job),
      });
      return job;
    });
  }

  /** The job as the API shows it, read on `db` (a transaction, or the data source's manager). */
  private async read(db: Sql, jobId: string): Promise<Job> {
    const row = await this.jobs.findJob(db, jobId);
    if (!row) throw jobNotFound();
    return toJob(row, await this.jobs.findRelations(db, [jobId]));
  }

  /** Hiring managers must be active managers (or admins); plan rubrics must exist. */
  private async assertReferences(db: Sql, job: CreateJob): Promise<void> {
    const managers = await this.users.findByIds(db, job.hiringManagerIds);
    const problems: ValidationIssue[] = findUserReferenceProblems(
      job.hiringManagerIds,
      managers,
      ['hiring_manager', 'admin'],
      'hiringManagerIds',
    );
    const rubricIds = await this.jobs.existingRubricIds(
      db,
      job.interviewPlan.map((round) => round.rubricId),
    );
    const interviewers = await this.users.findByIds(
      db,
      job.interviewPlan.flatMap((round) => round.defaultInterviewerIds),
    );
    job.interviewPlan.forEach((round, index) => {
      problems.push(
        ...findUserReferenceProblems(
          round.defaultInterviewerIds,
          interviewers,
          ['interviewer', 'hiring_manager', 'recruiter', 'admin'],
          'defaultInterviewerIds',
        ).map((problem) => ({ ...problem, path: ['interviewPlan', index, ...problem.path] })),
      );
      if (!rubricIds.has(round.rubricId)) {
        problems.push({
          path: ['interviewPlan', index, 'rubricId'],
          code: 'unknown_rubric',
          message: 'No rubric has this id.',
        });
      }
    });
    if (problems.length > 0) throw new AppException('VALIDATION_FAILED', problems);
  }
}
