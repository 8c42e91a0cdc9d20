import {
  createRoundSchema,
  interviewRoundPageSchema,
  interviewRoundSchema,
  listRoundsQuerySchema,
  roundBookingsQuerySchema,
  roundBookingsSchema,
  roundIdParamsSchema,
  updateRoundSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { InterviewsService } from './interviews.service';

class CreateRoundDto extends createZodDto(createRoundSchema) {}
class UpdateRoundDto extends createZodDto(updateRoundSchema) {}
class RoundIdParamsDto extends createZodDto(roundIdParamsSchema) {}
class ListRoundsQueryDto extends createZodDto(listRoundsQuerySchema) {}
class InterviewRoundDto extends createZodDto(interviewRoundSchema) {}
class InterviewRoundPageDto extends createZodDto(interviewRoundPageSchema) {}
class RoundBookingsQueryDto extends createZodDto(roundBookingsQuerySchema) {}
class RoundBookingsDto extends createZodDto(roundBookingsSchema) {}

@ApiTags('interview rounds')
@Controller({ path: 'interview-rounds', version: '1' })
export class InterviewsController {
  constructor(
    private readonly rounds: InterviewsService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ZodResponse({ type: InterviewRoundPageDto })
  @ApiOperation({ summary: 'List interview rounds' })
  list(@Query() query: ListRoundsQueryDto, @CurrentUser() user: SessionUser) {
    return this.rounds.list(query, user);
  }

  /**
   * Whether the interviewers picked for a new round are already booked then (the scheduling
   * form warns; booking anyway is allowed: a panel can be rearranged).
   */
  @Get('bookings')
  @Requires('interviews.schedule')
  @ZodResponse({ type: RoundBookingsDto })
  @ApiOperation({ summary: 'Check interviewers’ bookings for a new round' })
  bookings(@Query() query: RoundBookingsQueryDto) {
    return this.rounds.bookings(query);
  }

  @Post()
  @Requires('interviews.schedule')
  @ZodResponse({ status: 201, type: InterviewRoundDto })
  @ApiOperation({ summary: 'Schedule an interview round' })
  @ApiErrors('FORBIDDEN', 'ROUND_DUPLICATE', 'RUBRIC_NOT_PUBLISHED')
  async schedule(@Body() body: CreateRoundDto, @CurrentUser() user: SessionUser) {
    // Hiring managers schedule for the jobs they manage; a job they cannot see reads as unknown.
    if (!(await this.access.canSeeJob(user, body.jobId))) {
      throw new AppException('VALIDATION_FAILED', [
        { path: ['jobId'], code: 'unknown_job', message: 'No job has this id.' },
      ]);
    }
    if (!(await this.access.managesJob(user, body.jobId))) throw new AppException('FORBIDDEN');
    return this.rounds.schedule(body, user.id);
  }

  @Get(':roundId')
  @ZodResponse({ type: InterviewRoundDto })
  @ApiOperation({ summary: 'Get an interview round' })
  @ApiErrors('NOT_FOUND')
  async get(@Param() params: RoundIdParamsDto, @CurrentUser() user: SessionUser) {
    await this.access.round(user, params.roundId);
    return this.rounds.get(params.roundId);
  }

  @Patch(':roundId')
  @ZodResponse({ type: InterviewRoundDto })
  @ApiOperation({ summary: 'Reschedule, cancel or complete a round, or record a no-show' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN', 'ROUND_STATE_CONFLICT')
  async update(
    @Param() params: RoundIdParamsDto,
    @Body() body: UpdateRoundDto,
    @CurrentUser() user: SessionUser,
  ) {
    await this.access.round(user, params.roundId, async (u) => {
      if (await this.access.managesJob(u, await this.access.jobOfRound(params.roundId)))
        return true;
      // A panel member may record that the candidate did not show, and nothing else.
      return body.status === 'no_show' && body.scheduledAt === undefined;
    });
    return this.rounds.update(params.roundId, body, user.id);
  }
}
