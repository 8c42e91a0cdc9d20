import { Module } from '@nestjs/common';

import { KnockOutsModule } from '../knock-outs/knock-outs.module';
import { UsersModule } from '../users/users.module';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

@Module({
  imports: [UsersModule, KnockOutsModule],
  controllers: [JobsController],
  providers: [JobsService, JobsRepository],
  exports: [JobsService, JobsRepository],
})
export class JobsModule {}
