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

import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { AccessService } from '../access/access.service';
import { ScoreReportsService } from './score-reports.service';

class CandidateIdParamsDto extends createZodDto(candidateIdParamsSchema) {}
class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class ComparisonQueryDto extends createZodDto(comparisonQuerySchema) {}
class CandidateSummaryDto extends createZodDto(candidateSummarySchema) {}
class ComparisonDto extends createZodDto(comparisonSchema) {}

@ApiTags('scores')
@Controller({ version: '1' })
export class ScoreReportsController {
  constructor(
    private readonly reports: ScoreReportsService,
    private readonly access: AccessService,
  ) {}

  /** Per round and overall: category scores, each interviewer's result, recommendations. */
  @Get('candidates/:candidateId/summary')
  @ZodResponse({ type: CandidateSummaryDto })
  async summary(@Param() params: CandidateIdParamsDto, @CurrentUser() user: SessionUser) {
    await this.access.candidate(user, params.candidateId);
    return this.reports.candidateSummary(params.candidateId, user);
  }

  /** 2–8 candidates of a job side by side, with warnings where the comparison could mislead. */
  @Get('jobs/:jobId/comparison')
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ZodResponse({ type: ComparisonDto })
  async comparison(
    @Param() params: JobIdParamsDto,
    @Query() query: ComparisonQueryDto,
    @CurrentUser() user: SessionUser,
  ) {
    await this.access.job(user, params.jobId, (u) => this.access.managesJob(u, params.jobId));
    return this.reports.comparison(params.jobId, query.candidateIds, user);
  }
}
