import {
  Candidate,
  CandidateDetail,
  CandidateFilters,
  CandidatePage,
  candidateStages,
  ChangeStage,
  CreateCandidate,
  ListCandidatesQuery,
  StageCounts,
  UpdateCandidate,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { isUniqueViolation } from '../../database/postgres-errors';
import { Sql } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { KnockOutsRepository } from '../knock-outs/knock-outs.repository';
import { LiveEventsPublisher } from '../live/live-events.publisher';
import { WebhookEventsPublisher } from '../webhooks/webhook-events.publisher';
import { toCandidate, toCandidateDetail, toFields } from './candidates.mapper';
import { CandidatesRepository } from './candidates.repository';

const candidateNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This candidate does not exist.');

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
    private readonly webhooks: WebhookEventsPublisher,
    private readonly knockOuts: KnockOutsRepository,
  ) {}

  async list(query: ListCandidatesQuery, viewer: SessionUser): Promise<CandidatePage> {
    const page = await this.candidates.findPage(query, viewer, 'as-viewer-may');
    return { items: page.rows.map(toCandidate), nextCursor: page.nextCursor };
  }

  async stageCounts(filters: CandidateFilters, viewer: SessionUser): Promise<StageCounts> {
    const counts = Object.fromEntries(candidateStages.map((stage) => [stage, 0])) as StageCounts;
    for (const row of await this.candidates.countByStage(filters, viewer)) {
      counts[row.stage] = row.count;
    }
    return counts;
  }

  async get(candidateId: string, db: Sql = this.dataSource.manager): Promise<CandidateDetail> {
    const row = await this.candidates.findById(candidateId, db);
    if (!row) throw candidateNotFound();
    return toCandidateDetail(row, await this.candidates.findStageHistory(candidateId, db));
  }

  async create(input: CreateCandidate, actorId: string | null): Promise<Candidate> {
    return this.withEmailCheck(input.email, () =>
      this.dataSource.transaction(async (db) => {
        if (input.jobId) await this.assertJob(db, input.jobId);
        const id = await this.candidates.insert(db, input);
        await this.knockOuts.refreshCandidates(db, [id]);
        await this.candidates.recordFirstStage(db, id, actorId);
        const row = await this.candidates.findById(id, db);
        if (!row) throw new Error('inserted candidate not found');
        const candidate = toCandidate(row);
        await this.audit.record(db, {
          actorId,
          action: 'candidate.created',
          entityType: 'candidate',
          entityId: id,
          after: toFields(candidate),
        });
        await this.webhooks.candidatesCreated(db, [id]);
        return candidate;
      }),
    );
  }

  /**
   * Changes the given fields. `expectedVersion` is the version the editor saw (If-Match): a
   * candidate changed since is a 412 with the current candidate, never a silent overwrite.
   */
  update(
    candidateId: string,
    patch: UpdateCandidate,
    actorId: string | null,
    expectedVersion: number,
  ): Promise<CandidateDetail> {
    return this.withEmailCheck(patch.email, () =>
      this.dataSource.transaction(async (db) => {
        const row = await this.candidates.findById(candidateId, db, true);
        if (!row) throw candidateNotFound();
        if (row.version !== expectedVersion) {
          throw new AppException('CANDIDATE_VERSION_CONFLICT', {
            current: toFields(toCandidate(row)),
            version: row.version,
          });
        }
        if (patch.jobId) await this.assertJob(db, patch.jobId);
        const before = toFields(toCandidate(row));
        const after = { ...before, ...patch };
        await this.candidates.update(db, candidateId, after);
        await this.knockOuts.refreshCandidates(db, [candidateId]);
        await this.audit.record(db, {
          actorId,
          action: 'candidate.updated',
          entityType: 'candidate',
          entityId: candidateId,
          before,
          after,
        });
        return this.get(candidateId, db);
      }),
    );
  }

  /** Moves a candidate to another stage, keeping the history of moves. */
  changeStage(
    candidateId: string,
    change: ChangeStage,
    actorId: string | null,
  ): Promise<CandidateDetail> {
    return this.dataSource.transaction(async (db) => {
      const row = await this.candidates.findById(candidateId, db, true);
      if (!row) throw candidateNotFound();
      if (row.stage === change.stage) {
        throw new AppException('VALIDATION_FAILED', [
          {
            path: ['stage'],
            code: 'unchanged',
            message: `The candidate is already at ${change.stage}.`,
          },
        ]);
      }
      await this.candidates.changeStage(
        db,
        candidateId,
        row.stage,
        change.stage,
        change.reason ?? null,
        actorId,
      );
      await this.audit.record(db, {
        actorId,
        action: 'candidate.stage_changed',
        entityType: 'candidate',
        entityId: candidateId,
        before: { stage: row.stage },
        after: { stage: change.stage, reason: change.reason ?? null },
      });
      await this.live.candidateStageChanged(db, candidateId);
      await this.webhooks.candidateStageChanged(db, candidateId, {
        from: row.stage,
        to: change.stage,
        reason: change.reason ?? null,
        actorId,
      });
      return this.get(candidateId, db);
    });
  }

  private async assertJob(db: Sql, jobId: string): Promise<void> {
    if (!(await this.candidates.jobExists(db, jobId))) {
      throw new AppException('VALIDATION_FAILED', [
        { path: ['jobId'], code: 'unknown_job', message: 'No job has this id.' },
      ]);
    }
  }

  /** The unique index decides, so two simultaneous writes of one email cannot both win. */
  private async withEmailCheck<T>(email: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'candidates_email_key'))
        throw new AppException('CANDIDATE_EMAIL_TAKEN', { email });
      throw error;
    }
  }
}
