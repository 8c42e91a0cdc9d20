import { Module } from '@nestjs/common';

import { KnockOutsController } from './knock-outs.controller';
import { KnockOutsRepository } from './knock-outs.repository';
import { KnockOutsService } from './knock-outs.service';

/** Knock-out rules: the minimums a candidate must meet whatever their score, and their what-ifs. */
@Module({
  controllers: [KnockOutsController],
  providers: [KnockOutsService, KnockOutsRepository],
  exports: [KnockOutsRepository],
})
export class KnockOutsModule {}
