import {
  createRubricSchema,
  questionBankQuerySchema,
  questionBankSchema,
  rubricContentSchema,
  rubricIdParamsSchema,
  rubricListSchema,
  rubricSchema,
  rubricVersionIdParamsSchema,
  rubricVersionSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { expectedVersion } from '../../common/http/if-match';
import { ZodResponse } from '../../common/http/zod-response';
import { toQuestionBankItem } from './rubrics.mapper';
import { RubricsRepository } from './rubrics.repository';
import { RubricsService } from './rubrics.service';

class CreateRubricDto extends createZodDto(createRubricSchema) {}
class RubricContentDto extends createZodDto(rubricContentSchema) {}
class RubricIdParamsDto extends createZodDto(rubricIdParamsSchema) {}
class RubricVersionIdParamsDto extends createZodDto(rubricVersionIdParamsSchema) {}
class RubricDto extends createZodDto(rubricSchema) {}
class RubricListDto extends createZodDto(rubricListSchema) {}
class RubricVersionDto extends createZodDto(rubricVersionSchema) {}
class QuestionBankQueryDto extends createZodDto(questionBankQuerySchema) {}
class QuestionBankDto extends createZodDto(questionBankSchema) {}

@ApiTags('rubrics')
@Controller({ version: '1' })
export class RubricsController {
  constructor(
    private readonly rubrics: RubricsService,
    private readonly repository: RubricsRepository,
  ) {}

  @Get('rubrics')
  @ZodResponse({ type: RubricListDto })
  @ApiOperation({ summary: 'List rubrics' })
  async list() {
    return { items: await this.rubrics.list() };
  }

  @Post('rubrics')
  @Requires('rubrics.edit')
  @ZodResponse({ status: 201, type: RubricDto })
  @ApiOperation({ summary: 'Create a rubric (with a first draft)' })
  create(@Body() body: CreateRubricDto, @CurrentUser() user: SessionUser) {
    return this.rubrics.create(body, user.id);
  }

  @Get('rubrics/:rubricId')
  @ZodResponse({ type: RubricDto })
  @ApiOperation({ summary: 'Get a rubric and its versions' })
  @ApiErrors('NOT_FOUND')
  get(@Param() params: RubricIdParamsDto) {
    return this.rubrics.get(params.rubricId);
  }

  @Post('rubrics/:rubricId/versions')
  @Requires('rubrics.edit')
  @ZodResponse({ status: 201, type: RubricVersionDto })
  @ApiOperation({ summary: 'Start a new draft version of a rubric' })
  @ApiErrors('NOT_FOUND', 'RUBRIC_DRAFT_EXISTS')
  createVersion(@Param() params: RubricIdParamsDto, @CurrentUser() user: SessionUser) {
    return this.rubrics.createVersion(params.rubricId, user.id);
  }

  @Get('rubric-versions/:versionId')
  @ZodResponse({ type: RubricVersionDto })
  @ApiOperation({ summary: 'Get a rubric version' })
  @ApiErrors('NOT_FOUND')
  getVersion(@Param() params: RubricVersionIdParamsDto) {
    return this.rubrics.getVersion(params.versionId);
  }

  @Put('rubric-versions/:versionId')
  @Requires('rubrics.edit')
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description:
      'The draft revision last seen, e.g. "3" (412 RUBRIC_DRAFT_CONFLICT if it moved on).',
  })
  @ZodResponse({ type: RubricVersionDto })
  @ApiOperation({ summary: 'Save a rubric draft (If-Match)' })
  @ApiErrors(
    'NOT_FOUND',
    'PRECONDITION_REQUIRED',
    'RUBRIC_DRAFT_CONFLICT',
    'RUBRIC_VERSION_PUBLISHED',
  )
  updateDraft(
    @Param() params: RubricVersionIdParamsDto,
    @Body() body: RubricContentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: SessionUser,
  ) {
    return this.rubrics.updateDraft(params.versionId, body, expectedVersion(ifMatch), user.id);
  }

  @Post('rubric-versions/:versionId/publish')
  @Requires('rubrics.edit')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: RubricVersionDto })
  @ApiOperation({ summary: 'Publish a rubric draft' })
  @ApiErrors('NOT_FOUND', 'RUBRIC_VERSION_INCOMPLETE', 'RUBRIC_VERSION_PUBLISHED')
  publish(@Param() params: RubricVersionIdParamsDto, @CurrentUser() user: SessionUser) {
    return this.rubrics.publish(params.versionId, user.id);
  }

  /** The question bank: search every rubric's questions to copy one into a draft. */
  @Get('rubric-questions')
  @Requires('rubrics.edit')
  @ZodResponse({ type: QuestionBankDto })
  @ApiOperation({ summary: 'Search the question bank' })
  async searchQuestions(@Query() query: QuestionBankQueryDto) {
    const rows = await this.repository.searchQuestions(query.q, query.limit);
    return { items: rows.map(toQuestionBankItem) };
  }
}
