import {
  jobIdParamsSchema,
  jobKnockOutWhatIfQuerySchema,
  jobKnockOutWhatIfSchema,
  rubricKnockOutWhatIfSchema,
  rubricVersionIdParamsSchema,
} from '@calibrate/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { KnockOutsService } from './knock-outs.service';

class RubricVersionIdParamsDto extends createZodDto(rubricVersionIdParamsSchema) {}
class RubricKnockOutWhatIfDto extends createZodDto(rubricKnockOutWhatIfSchema) {}
class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class JobKnockOutWhatIfQueryDto extends createZodDto(jobKnockOutWhatIfQuerySchema) {}
class JobKnockOutWhatIfDto extends createZodDto(jobKnockOutWhatIfSchema) {}

@ApiTags('knock-outs')
@Controller({ version: '1' })
export class KnockOutsController {
  constructor(
    private readonly knockOuts: KnockOutsService,
    private readonly access: AccessService,
  ) {}

  /**
   * How many past candidates this version's knock-out questions would have knocked out, from
   * their ratings of the same questions on the rubric's other versions (before publishing a draft).
   */
  @Get('rubric-versions/:versionId/knock-out-what-if')
  @Requires('rubrics.edit')
  @ZodResponse({ type: RubricKnockOutWhatIfDto })
  @ApiOperation({ summary: 'Count whom a version’s knock-out questions would knock out' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  rubricWhatIf(@Param() params: RubricVersionIdParamsDto) {
    return this.knockOuts.rubricWhatIf(params.versionId);
  }

  /** How many of the job's active candidates these minimum facts would knock out (before saving them). */
  @Get('jobs/:jobId/knock-out-what-if')
  @ZodResponse({ type: JobKnockOutWhatIfDto })
  @ApiOperation({ summary: 'Count whom a job’s minimum facts would knock out' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  async jobWhatIf(
    @Param() params: JobIdParamsDto,
    @Query() query: JobKnockOutWhatIfQueryDto,
    @CurrentUser() user: SessionUser,
  ) {
    await this.access.job(user, params.jobId, 'jobs.edit');
    return this.knockOuts.jobWhatIf(params.jobId, query);
  }
}
