import { Module } from '@nestjs/common';

import { ComparisonModule } from '../comparison/comparison.module';
import { KnockOutsModule } from '../knock-outs/knock-outs.module';
import { CandidateImportsController } from './candidate-imports.controller';
import { CandidateImportsRepository } from './candidate-imports.repository';
import { CandidateImportsService } from './candidate-imports.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { CandidatesExportService } from './candidates-export.service';

@Module({
  imports: [ComparisonModule, KnockOutsModule],
  controllers: [CandidatesController, CandidateImportsController],
  providers: [
    CandidatesService,
    CandidatesRepository,
    CandidateImportsService,
    CandidateImportsRepository,
    CandidatesExportService,
  ],
  exports: [CandidatesService, CandidatesRepository],
})
export class CandidatesModule {}
