import { Module } from '@nestjs/common';

import { RubricsController } from './rubrics.controller';
import { RubricsRepository } from './rubrics.repository';
import { RubricsService } from './rubrics.service';

@Module({
  controllers: [RubricsController],
  providers: [RubricsService, RubricsRepository],
  exports: [RubricsService, RubricsRepository],
})
export class RubricsModule {}
