import { Module } from '@nestjs/common';

import { ReportAggregatesModule } from '../report-aggregates/report-aggregates.module';
import { CalibrationController } from './calibration.controller';
import { CalibrationRepository } from './calibration.repository';
import { CalibrationService } from './calibration.service';
import { CorrectedScoresRepository } from './corrected-scores.repository';

/** Interviewer calibration: leniency, agreement and reliability, refitted in the background. */
@Module({
  imports: [ReportAggregatesModule],
  controllers: [CalibrationController],
  providers: [CalibrationService, CalibrationRepository, CorrectedScoresRepository],
  exports: [CalibrationService],
})
export class CalibrationModule {}
