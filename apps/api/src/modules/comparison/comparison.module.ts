import { Module } from '@nestjs/common';

import { ScorecardsModule } from '../scorecards/scorecards.module';
import { ComparisonController } from './comparison.controller';
import { ComparisonRepository } from './comparison.repository';
import { ComparisonService } from './comparison.service';

/** Candidate summaries and side-by-side comparison: what hiring managers decide with. */
@Module({
  imports: [ScorecardsModule],
  controllers: [ComparisonController],
  providers: [ComparisonService, ComparisonRepository],
  exports: [ComparisonService],
})
export class ComparisonModule {}
