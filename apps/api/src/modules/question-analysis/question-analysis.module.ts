import { Module } from '@nestjs/common';

import { QuestionAnalysisController } from './question-analysis.controller';
import { QuestionAnalysisRepository } from './question-analysis.repository';
import { QuestionAnalysisService } from './question-analysis.service';

/** Which rubric questions work: asked, rated, separating candidates, and not over-exposed. */
@Module({
  controllers: [QuestionAnalysisController],
  providers: [QuestionAnalysisService, QuestionAnalysisRepository],
})
export class QuestionAnalysisModule {}
