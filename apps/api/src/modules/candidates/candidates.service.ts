import { CreateCandidate, ListCandidatesQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { AppException } from '../../common/errors/app-exception';
import { isUniqueViolation } from '../../database/postgres-errors';
import { CandidateRecord } from './candidates.mapper';
import { CandidateRecordPage, CandidatesRepository } from './candidates.repository';

@Injectable()
export class CandidatesService {
  constructor(private readonly candidates: CandidatesRepository) {}

  list(query: ListCandidatesQuery): Promise<CandidateRecordPage> {
    return this.candidates.findPage(query);
  }

  async create(input: CreateCandidate): Promise<CandidateRecord> {
    try {
      // The unique index decides, so two simultaneous creates cannot both win.
      return await this.candidates.insert(input);
    } catch (error) {
      if (isUniqueViolation(error, 'candidates_email_key')) {
        throw new AppException('CANDIDATE_EMAIL_TAKEN', { email: input.email });
      }
      throw error;
    }
  }
}
