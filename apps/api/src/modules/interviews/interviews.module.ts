import { Module } from '@nestjs/common';

import { JobsModule } from '../jobs/jobs.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { UsersModule } from '../users/users.module';
import { InterviewsController } from './interviews.controller';
import { InterviewsRepository } from './interviews.repository';
import { InterviewsService } from './interviews.service';
import { MyInterviewsController } from './my-interviews.controller';
import { MyInterviewsRepository } from './my-interviews.repository';

@Module({
  imports: [JobsModule, RubricsModule, UsersModule],
  controllers: [InterviewsController, MyInterviewsController],
  providers: [InterviewsService, InterviewsRepository, MyInterviewsRepository],
  exports: [InterviewsService, InterviewsRepository],
})
export class InterviewsModule {}
