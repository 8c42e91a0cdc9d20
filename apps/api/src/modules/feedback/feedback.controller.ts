import { feedbackOwedQuerySchema, feedbackOwedSchema } from '@calibrate/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ZodResponse } from '../../common/http/zod-response';
import { FeedbackService } from './feedback.service';

class FeedbackOwedQueryDto extends createZodDto(feedbackOwedQuerySchema) {}
class FeedbackOwedDto extends createZodDto(feedbackOwedSchema) {}

@ApiTags('feedback')
@Controller({ version: '1' })
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  /** Who still owes scorecards, worst first, and each job's received/expected, speed and show rate. */
  @Get('feedback-owed')
  @Requires('feedback.view')
  @ZodResponse({ type: FeedbackOwedDto })
  @ApiOperation({ summary: 'List the scorecards owed' })
  owed(@Query() query: FeedbackOwedQueryDto, @CurrentUser() user: SessionUser) {
    return this.feedback.owed(query, user);
  }
}
