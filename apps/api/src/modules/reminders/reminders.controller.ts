import {
  reminderSentSchema,
  remindInterviewerSchema,
  scorecardIdParamsSchema,
} from '@calibrate/contracts';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { RemindersService } from './reminders.service';

class ScorecardIdParamsDto extends createZodDto(scorecardIdParamsSchema) {}
class RemindInterviewerDto extends createZodDto(remindInterviewerSchema) {}
class ReminderSentDto extends createZodDto(reminderSentSchema) {}

/**
 * Reminders sent by hand from Feedback owed (recruiters, admins, and hiring managers on their
 * jobs): at most once an hour per scorecard (429 REMINDER_TOO_SOON with Retry-After), audited.
 */
@ApiTags('feedback')
@Controller({ version: '1' })
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Post('scorecards/:scorecardId/remind')
  @HttpCode(200)
  @Requires('feedback.view')
  @ZodResponse({ type: ReminderSentDto })
  @ApiOperation({ summary: 'Remind an interviewer of one scorecard' })
  @ApiErrors('NOT_FOUND', 'NOTHING_TO_REMIND', 'REMINDER_TOO_SOON')
  remindScorecard(@Param() params: ScorecardIdParamsDto, @CurrentUser() user: SessionUser) {
    return this.reminders.remindScorecard(user, params.scorecardId);
  }

  /** "Remind all overdue": one notification naming the interviewer's overdue scorecards. */
  @Post('feedback-owed/remind')
  @HttpCode(200)
  @Requires('feedback.view')
  @ZodResponse({ type: ReminderSentDto })
  @ApiOperation({ summary: 'Remind an interviewer of all their overdue scorecards' })
  @ApiErrors('NOT_FOUND', 'NOTHING_TO_REMIND', 'REMINDER_TOO_SOON')
  remindInterviewer(@Body() body: RemindInterviewerDto, @CurrentUser() user: SessionUser) {
    return this.reminders.remindInterviewer(user, body);
  }
}
