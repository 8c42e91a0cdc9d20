import { Module } from '@nestjs/common';

import { CalibrationModule } from '../calibration/calibration.module';
import { InterviewsModule } from '../interviews/interviews.module';
import { RoundAnswersController } from './round-answers.controller';
import { ScorecardsController } from './scorecards.controller';
import { ScorecardsRepository } from './scorecards.repository';
import { ScorecardsService } from './scorecards.service';
import { ScoringRepository } from './scoring.repository';

@Module({
  imports: [InterviewsModule, CalibrationModule],
  controllers: [ScorecardsController, RoundAnswersController],
  providers: [ScorecardsService, ScorecardsRepository, ScoringRepository],
  exports: [ScoringRepository, ScorecardsRepository],
})
export class ScorecardsModule {}
