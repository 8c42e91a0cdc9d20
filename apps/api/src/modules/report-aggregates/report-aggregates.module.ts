import { Module } from '@nestjs/common';

import { ReportAggregatesRepository } from './report-aggregates.repository';
import { ReportAggregatesService } from './report-aggregates.service';

/** Per-fit sums for the question analysis and the validity report (written after each fit). */
@Module({
  providers: [ReportAggregatesService, ReportAggregatesRepository],
  exports: [ReportAggregatesService],
})
export class ReportAggregatesModule {}
