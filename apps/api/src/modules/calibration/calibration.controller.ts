import {
  calibrationFiltersSchema,
  calibrationFitSchema,
  calibrationReportSchema,
} from '@calibrate/contracts';
import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ZodResponse } from '../../common/http/zod-response';
import { CalibrationService } from './calibration.service';

class CalibrationReportDto extends createZodDto(calibrationReportSchema) {}
class CalibrationFitDto extends createZodDto(calibrationFitSchema) {}
class CalibrationFiltersDto extends createZodDto(calibrationFiltersSchema) {}

@ApiTags('calibration')
@Controller({ path: 'calibration', version: '1' })
export class CalibrationController {
  constructor(private readonly calibration: CalibrationService) {}

  /**
   * The latest fit: reliability, panel agreement, and each interviewer's leniency and monthly
   * trend as the viewer may see it; filters (job, site, rubric, period) narrow the interviewers.
   */
  @Get()
  @Requires('calibration.view')
  @ZodResponse({ type: CalibrationReportDto })
  @ApiOperation({ summary: 'Get the calibration report' })
  report(@Query() filters: CalibrationFiltersDto, @CurrentUser() user: SessionUser) {
    return this.calibration.report(user, filters);
  }

  /** An interviewer's own figures (anyone signed in: only their own row). */
  @Get('me')
  @ZodResponse({ type: CalibrationReportDto })
  @ApiOperation({ summary: 'Get the signed-in interviewer’s own calibration figures' })
  mine(@CurrentUser() user: SessionUser) {
    return this.calibration.report({ ...user, role: 'interviewer' }, {}, false);
  }

  /** Starts a refit now (202); one already running is answered instead of a second one. */
  @Post('fits')
  @HttpCode(202)
  @Requires('calibration.refit')
  @ZodResponse({ status: 202, type: CalibrationFitDto })
  @ApiOperation({ summary: 'Start a calibration refit' })
  start(@CurrentUser() user: SessionUser) {
    return this.calibration.start('manual', user.id);
  }
}
