import { Module } from '@nestjs/common';

import { CalibrationController } from './calibration.controller';
import { CalibrationRepository } from './calibration.repository';
import { CalibrationService } from './calibration.service';

/** Interviewer calibration: leniency, agreement and reliability, refitted in the background. */
@Module({
  controllers: [CalibrationController],
  providers: [CalibrationService, CalibrationRepository],
  exports: [CalibrationService],
})
export class CalibrationModule {}
