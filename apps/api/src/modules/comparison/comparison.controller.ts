import {
  can,
  candidateIdParamsSchema,
  candidateSummarySchema,
  comparisonQuerySchema,
  comparisonSchema,
  jobIdParamsSchema,
} from '@calibrate/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { UnparsedZodResponse, ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { ComparisonService } from './comparison.service';

class CandidateIdParamsDto extends createZodDto(candidateIdParamsSchema) {}
class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class ComparisonQueryDto extends createZodDto(comparisonQuerySchema) {}
class CandidateSummaryDto extends createZodDto(candidateSummarySchema) {}
class ComparisonDto extends createZodDto(comparisonSchema) {}

@ApiTags('scores')
@Controller({ version: '1' })
export class ComparisonController {
  constructor(
    private readonly comparisons: ComparisonService,
    private readonly access: AccessService,
  ) {}

  /** Per round and overall: category scores, each interviewer's result, recommendations. */
  @Get('candidates/:candidateId/summary')
  @ZodResponse({ type: CandidateSummaryDto })
  @ApiOperation({ summary: 'Get a candidate’s score summary' })
  @ApiErrors('NOT_FOUND')
  async summary(@Param() params: CandidateIdParamsDto, @CurrentUser() user: SessionUser) {
    // Admins and recruiters see every candidate: the summary itself answers 404 for a missing one.
    if (!can(user.role, 'everything.see')) await this.access.candidate(user, params.candidateId);
    return this.comparisons.candidateSummary(params.candidateId, user);
  }

  /** 2–8 candidates of a job side by side, with warnings where the comparison could mislead. */
  @Get('jobs/:jobId/comparison')
  @Requires('candidates.compare')
  @UnparsedZodResponse({ type: ComparisonDto })
  @ApiOperation({ summary: 'Compare candidates of a job side by side' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  async comparison(
    @Param() params: JobIdParamsDto,
    @Query() query: ComparisonQueryDto,
    @CurrentUser() user: SessionUser,
  ) {
    const job = await this.access.managedJob(user, params.jobId);
    return this.comparisons.comparison({ id: params.jobId, ...job }, query.candidateIds, user);
  }
}
