import { myInterviewsSchema } from '@calibrate/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ZodResponse } from '../../common/http/zod-response';
import { toMyInterview } from './interviews.mapper';
import { MyInterviewsRepository } from './my-interviews.repository';

class MyInterviewsDto extends createZodDto(myInterviewsSchema) {}

/** The signed-in user's own interviews: what they owe first. Every role may sit on a panel. */
@ApiTags('interview rounds')
@Controller({ path: 'my-interviews', version: '1' })
export class MyInterviewsController {
  constructor(private readonly myInterviews: MyInterviewsRepository) {}

  @Get()
  @ZodResponse({ type: MyInterviewsDto })
  @ApiOperation({ summary: 'List the signed-in user’s interviews' })
  async list(@CurrentUser() user: SessionUser) {
    const [open, openTotal, recent] = await Promise.all([
      this.myInterviews.findOpen(user.id),
      this.myInterviews.countOpen(user.id),
      this.myInterviews.findRecent(user.id),
    ]);
    return { open: open.map(toMyInterview), openTotal, recent: recent.map(toMyInterview) };
  }
}
