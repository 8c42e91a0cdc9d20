import { Global, Module } from '@nestjs/common';

import { JobQueue } from './job-queue.service';

/** The one background job queue (pg-boss on the app's database); any module may inject it. */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobQueueModule {}
