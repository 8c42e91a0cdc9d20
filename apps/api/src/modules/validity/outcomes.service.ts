import { CandidateOutcomes, RecordOutcomes } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import { AuditService } from '../audit/audit.service';
import { toCandidateOutcomes, toRecordedFigures } from './outcomes.mapper';
import { OutcomesRepository } from './outcomes.repository';

const candidateNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This candidate does not exist.');

@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
  ) {}

  async get(candidateId: string): Promise<CandidateOutcomes> {
    const row = await this.outcomes.find(candidateId);
    if (!row) throw candidateNotFound();
    return toCandidateOutcomes(row);
  }

  /**
   * Replaces a hired candidate's outcomes, audited with the figures before and after. Only hired
   * candidates have them: anyone else is a 409 naming the stage, and nothing is written.
   */
  record(
    candidateId: string,
    outcomes: RecordOutcomes,
    actorId: string,
  ): Promise<CandidateOutcomes> {
    return this.dataSource.transaction(async (db) => {
      const row = await this.outcomes.find(candidateId, db, true);
      if (!row) throw candidateNotFound();
      if (row.stage !== 'hired') {
        throw new AppException(
          'CANDIDATE_NOT_HIRED',
          { stage: row.stage },
          `This candidate is at ${row.stage}: outcomes are recorded for hired candidates only.`,
        );
      }
      await this.outcomes.upsert(db, candidateId, outcomes, actorId);
      await this.audit.record(db, {
        actorId,
        action: 'candidate.outcomes_recorded',
        entityType: 'candidate',
        entityId: candidateId,
        before: row.recorded_at ? toRecordedFigures(row) : null,
        after: outcomes,
      });
      const saved = await this.outcomes.find(candidateId, db);
      if (!saved) throw candidateNotFound();
      return toCandidateOutcomes(saved);
    });
  }
}
