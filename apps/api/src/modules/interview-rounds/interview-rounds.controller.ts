import {
  createRoundSchema,
  interviewRoundPageSchema,
  interviewRoundSchema,
  listRoundsQuerySchema,
  roundIdParamsSchema,
  updateRoundSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { InterviewRoundsService } from './interview-rounds.service';

class CreateRoundDto extends createZodDto(createRoundSchema) {}
class UpdateRoundDto extends createZodDto(updateRoundSchema) {}
class RoundIdParamsDto extends createZodDto(roundIdParamsSchema) {}
class ListRoundsQueryDto extends createZodDto(listRoundsQuerySchema) {}
class InterviewRoundDto extends createZodDto(interviewRoundSchema) {}
class InterviewRoundPageDto extends createZodDto(interviewRoundPageSchema) {}

/** Until sign-in exists, changes are recorded without an actor. */
const NO_ACTOR = null;

@ApiTags('interview rounds')
@Controller({ path: 'interview-rounds', version: '1' })
export class InterviewRoundsController {
  constructor(private readonly rounds: InterviewRoundsService) {}

  @Get()
  @ZodResponse({ type: InterviewRoundPageDto })
  list(@Query() query: ListRoundsQueryDto) {
    return this.rounds.list(query);
  }

  @Post()
  @ZodResponse({ status: 201, type: InterviewRoundDto })
  schedule(@Body() body: CreateRoundDto) {
    return this.rounds.schedule(body, NO_ACTOR);
  }

  @Get(':roundId')
  @ZodResponse({ type: InterviewRoundDto })
  get(@Param() params: RoundIdParamsDto) {
    return this.rounds.get(params.roundId);
  }

  @Patch(':roundId')
  @ZodResponse({ type: InterviewRoundDto })
  update(@Param() params: RoundIdParamsDto, @Body() body: UpdateRoundDto) {
    return this.rounds.update(params.roundId, body, NO_ACTOR);
  }
}
