import {
  importBatchSchema,
  importCheckSchema,
  importResultSchema,
  jobIdParamsSchema,
} from '@calibrate/contracts';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { CandidateImportsService } from './candidate-imports.service';

class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class ImportBatchDto extends createZodDto(importBatchSchema) {}
class ImportCheckDto extends createZodDto(importCheckSchema) {}
class ImportResultDto extends createZodDto(importResultSchema) {}

@ApiTags('candidates')
@Controller({ path: 'jobs/:jobId/candidate-imports', version: '1' })
@Requires('candidates.edit')
export class CandidateImportsController {
  constructor(private readonly imports: CandidateImportsService) {}

  /** Each row's problems and whether its email is already on file; writes nothing. */
  @Post('check')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ImportCheckDto })
  @ApiOperation({ summary: 'Check candidate rows before importing them' })
  @ApiErrors('NOT_FOUND')
  check(@Param() params: JobIdParamsDto, @Body() body: ImportBatchDto) {
    return this.imports.check(params.jobId, body.rows);
  }

  /** Creates the valid rows' candidates; duplicates and invalid rows are reported, not written. */
  @Post()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ImportResultDto })
  @ApiOperation({ summary: 'Import candidate rows into a job' })
  @ApiErrors('NOT_FOUND')
  import(
    @Param() params: JobIdParamsDto,
    @Body() body: ImportBatchDto,
    @CurrentUser() user: SessionUser,
  ) {
    return this.imports.import(params.jobId, body.rows, user.id);
  }
}
