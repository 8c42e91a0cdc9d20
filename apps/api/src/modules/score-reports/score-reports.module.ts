import { Module } from '@nestjs/common';

import { CandidatesModule } from '../candidates/candidates.module';
import { ScorecardsModule } from '../scorecards/scorecards.module';
import { CandidatesExportService } from './candidates-export.service';
import { FeedbackOwedService } from './feedback-owed.service';
import { ScoreReportsController } from './score-reports.controller';
import { ScoreReportsService } from './score-reports.service';

@Module({
  imports: [ScorecardsModule, CandidatesModule],
  controllers: [ScoreReportsController],
  providers: [ScoreReportsService, CandidatesExportService, FeedbackOwedService],
})
export class ScoreReportsModule {}
