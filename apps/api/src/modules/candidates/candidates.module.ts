import { Module } from '@nestjs/common';

import { CandidateImportsController } from './candidate-imports.controller';
import { CandidateImportsService } from './candidate-imports.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';

@Module({
  controllers: [CandidatesController, CandidateImportsController],
  providers: [CandidatesService, CandidatesRepository, CandidateImportsService],
  exports: [CandidatesService, CandidatesRepository],
})
export class CandidatesModule {}
