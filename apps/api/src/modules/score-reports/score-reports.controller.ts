import {
  candidateIdParamsSchema,
  candidateSummarySchema,
  comparisonQuerySchema,
  comparisonSchema,
  jobIdParamsSchema,
} from '@calibrate/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { ScoreReportsService } from './score-reports.service';

class CandidateIdParamsDto extends createZodDto(candidateIdParamsSchema) {}
class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class ComparisonQueryDto extends createZodDto(comparisonQuerySchema) {}
class CandidateSummaryDto extends createZodDto(candidateSummarySchema) {}
class ComparisonDto extends createZodDto(comparisonSchema) {}

@ApiTags('scores')
@Controller({ version: '1' })
export class ScoreReportsController {
  constructor(private readonly reports: ScoreReportsService) {}

  /** Per round and overall: category scores, each interviewer's result, recommendations. */
  @Get('candidates/:candidateId/summary')
  @ZodResponse({ type: CandidateSummaryDto })
  summary(@Param() params: CandidateIdParamsDto) {
    return this.reports.candidateSummary(params.candidateId);
  }

  /** 2–8 candidates of a job side by side, with warnings where the comparison could mislead. */
  @Get('jobs/:jobId/comparison')
  @ZodResponse({ type: ComparisonDto })
  comparison(@Param() params: JobIdParamsDto, @Query() query: ComparisonQueryDto) {
    return this.reports.comparison(params.jobId, query.candidateIds);
  }
}
