import {
  candidateDetailSchema,
  candidateIdParamsSchema,
  candidatePageSchema,
  candidateSchema,
  changeStageSchema,
  createCandidateSchema,
  listCandidatesQuerySchema,
  updateCandidateSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { CandidatesService } from './candidates.service';

class CandidateDto extends createZodDto(candidateSchema) {}
class CandidateDetailDto extends createZodDto(candidateDetailSchema) {}
class CandidatePageDto extends createZodDto(candidatePageSchema) {}
class CreateCandidateDto extends createZodDto(createCandidateSchema) {}
class UpdateCandidateDto extends createZodDto(updateCandidateSchema) {}
class ChangeStageDto extends createZodDto(changeStageSchema) {}
class CandidateIdParamsDto extends createZodDto(candidateIdParamsSchema) {}
class ListCandidatesQueryDto extends createZodDto(listCandidatesQuerySchema) {}

/** Until sign-in exists, changes are recorded without an actor. */
const NO_ACTOR = null;

@ApiTags('candidates')
@Controller({ path: 'candidates', version: '1' })
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  /** Newest first or best score first, keyset-paginated; filters by job, stage and `q` (name or email). */
  @Get()
  @ZodResponse({ type: CandidatePageDto })
  list(@Query() query: ListCandidatesQueryDto) {
    return this.candidates.list(query);
  }

  @Post()
  @ZodResponse({ status: 201, type: CandidateDto })
  create(@Body() body: CreateCandidateDto) {
    return this.candidates.create(body, NO_ACTOR);
  }

  @Get(':candidateId')
  @ZodResponse({ type: CandidateDetailDto })
  get(@Param() params: CandidateIdParamsDto) {
    return this.candidates.get(params.candidateId);
  }

  @Patch(':candidateId')
  @ZodResponse({ type: CandidateDetailDto })
  update(@Param() params: CandidateIdParamsDto, @Body() body: UpdateCandidateDto) {
    return this.candidates.update(params.candidateId, body, NO_ACTOR);
  }

  @Post(':candidateId/stage')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: CandidateDetailDto })
  changeStage(@Param() params: CandidateIdParamsDto, @Body() body: ChangeStageDto) {
    return this.candidates.changeStage(params.candidateId, body, NO_ACTOR);
  }
}
