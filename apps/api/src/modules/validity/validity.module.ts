import { Module } from '@nestjs/common';

import { OutcomesController } from './outcomes.controller';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';
import { ValidityController } from './validity.controller';
import { ValidityRepository } from './validity.repository';
import { ValidityService } from './validity.service';

/** The validity loop: post-hire outcomes, and which interview scores predict them. */
@Module({
  controllers: [OutcomesController, ValidityController],
  providers: [OutcomesService, OutcomesRepository, ValidityService, ValidityRepository],
})
export class ValidityModule {}
