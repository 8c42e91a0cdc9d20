import { CreateCandidate, ListCandidatesQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import { CandidateEntity } from './candidate.entity';
import { CandidateRecordPage, CandidatesRepository } from './candidates.repository';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class CandidatesService {
  constructor(
    @InjectRepository(CandidateEntity) private readonly entities: Repository<CandidateEntity>,
    private readonly lists: CandidatesRepository,
  ) {}

  list(query: ListCandidatesQuery): Promise<CandidateRecordPage> {
    return this.lists.findPage(query);
  }

  async create(input: CreateCandidate): Promise<CandidateEntity> {
    try {
      // The unique index decides, so two simultaneous creates cannot both win.
      return await this.entities.save(
        this.entities.create({ name: input.name, email: input.email, phone: input.phone ?? null }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'candidates_email_key')) {
        throw new AppException('CANDIDATE_EMAIL_TAKEN', { email: input.email });
      }
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION && driverError.constraint === constraint;
}
