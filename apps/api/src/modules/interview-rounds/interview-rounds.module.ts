import { Module } from '@nestjs/common';

import { JobsModule } from '../jobs/jobs.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { UsersModule } from '../users/users.module';
import { InterviewRoundsController } from './interview-rounds.controller';
import { InterviewRoundsRepository } from './interview-rounds.repository';
import { InterviewRoundsService } from './interview-rounds.service';

@Module({
  imports: [JobsModule, RubricsModule, UsersModule],
  controllers: [InterviewRoundsController],
  providers: [InterviewRoundsService, InterviewRoundsRepository],
  exports: [InterviewRoundsService, InterviewRoundsRepository],
})
export class InterviewRoundsModule {}
