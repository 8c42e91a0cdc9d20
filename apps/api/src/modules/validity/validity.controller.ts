import { validityFiltersSchema, validityReportSchema } from '@calibrate/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { ValidityService } from './validity.service';

class ValidityReportDto extends createZodDto(validityReportSchema) {}
class ValidityFiltersDto extends createZodDto(validityFiltersSchema) {}

@ApiTags('validity')
@Controller({ path: 'validity', version: '1' })
export class ValidityController {
  constructor(private readonly validity: ValidityService) {}

  /**
   * For a rubric (the most used one in scope when none is given), how its overall corrected
   * score, categories and questions correlate with each post-hire outcome, observed and
   * corrected for range restriction; hiring managers: the jobs they manage.
   */
  @Get()
  @Requires('validity.view')
  @ZodResponse({ type: ValidityReportDto })
  @ApiOperation({ summary: 'Get the validity report' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  report(@Query() filters: ValidityFiltersDto, @CurrentUser() user: SessionUser) {
    return this.validity.report(user, filters);
  }
}
