import { Module } from '@nestjs/common';

import { JobsModule } from '../jobs/jobs.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { UsersModule } from '../users/users.module';
import { InterviewRoundsController } from './interview-rounds.controller';
import { InterviewRoundsRepository } from './interview-rounds.repository';
import { InterviewRoundsService } from './interview-rounds.service';
import { MyInterviewsController } from './my-interviews.controller';
import { MyInterviewsRepository } from './my-interviews.repository';

@Module({
  imports: [JobsModule, RubricsModule, UsersModule],
  controllers: [InterviewRoundsController, MyInterviewsController],
  providers: [InterviewRoundsService, InterviewRoundsRepository, MyInterviewsRepository],
  exports: [InterviewRoundsService, InterviewRoundsRepository],
})
export class InterviewRoundsModule {}
