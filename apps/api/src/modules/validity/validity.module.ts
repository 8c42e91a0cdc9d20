import { Module } from '@nestjs/common';

import { OutcomeImportsController } from './outcome-imports.controller';
import { OutcomeImportsService } from './outcome-imports.service';
import { OutcomesController } from './outcomes.controller';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';
import { ValidityController } from './validity.controller';
import { ValidityRepository } from './validity.repository';
import { ValidityService } from './validity.service';

/** The validity loop: post-hire outcomes (by hand or from a CSV), and which interview scores predict them. */
@Module({
  controllers: [OutcomesController, OutcomeImportsController, ValidityController],
  providers: [
    OutcomesService,
    OutcomesRepository,
    OutcomeImportsService,
    ValidityService,
    ValidityRepository,
  ],
})
export class ValidityModule {}
