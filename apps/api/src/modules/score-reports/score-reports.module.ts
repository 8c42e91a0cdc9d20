import { Module } from '@nestjs/common';

import { ScorecardsModule } from '../scorecards/scorecards.module';
import { ScoreReportsController } from './score-reports.controller';
import { ScoreReportsService } from './score-reports.service';

@Module({
  imports: [ScorecardsModule],
  controllers: [ScoreReportsController],
  providers: [ScoreReportsService],
})
export class ScoreReportsModule {}
