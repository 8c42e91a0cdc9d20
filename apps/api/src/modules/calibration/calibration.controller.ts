import { calibrationFitSchema, calibrationReportSchema } from '@calibrate/contracts';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ZodResponse } from '../../common/http/zod-response';
import { CalibrationService } from './calibration.service';

class CalibrationReportDto extends createZodDto(calibrationReportSchema) {}
class CalibrationFitDto extends createZodDto(calibrationFitSchema) {}

@ApiTags('calibration')
@Controller({ path: 'calibration', version: '1' })
export class CalibrationController {
  constructor(private readonly calibration: CalibrationService) {}

  /** The latest fit: reliability, and each interviewer's leniency as the viewer may see it. */
  @Get()
  @Requires('calibration.view')
  @ZodResponse({ type: CalibrationReportDto })
  report(@CurrentUser() user: SessionUser) {
    return this.calibration.report(user);
  }

  /** An interviewer's own figures (anyone signed in: only their own row). */
  @Get('me')
  @ZodResponse({ type: CalibrationReportDto })
  mine(@CurrentUser() user: SessionUser) {
    return this.calibration.report({ ...user, role: 'interviewer' });
  }

  /** Starts a refit now (202); one already running is answered instead of a second one. */
  @Post('fits')
  @HttpCode(202)
  @Requires('calibration.refit')
  @ZodResponse({ status: 202, type: CalibrationFitDto })
  start(@CurrentUser() user: SessionUser) {
    return this.calibration.start('manual', user.id);
  }
}
