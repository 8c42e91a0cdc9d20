import {
  questionAnalysisParamsSchema,
  questionAnalysisQuerySchema,
  questionAnalysisSchema,
} from '@calibrate/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { Requires } from '../../common/auth/auth.decorators';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { QuestionAnalysisService } from './question-analysis.service';

class QuestionAnalysisParamsDto extends createZodDto(questionAnalysisParamsSchema) {}
class QuestionAnalysisQueryDto extends createZodDto(questionAnalysisQuerySchema) {}
class QuestionAnalysisDto extends createZodDto(questionAnalysisSchema) {}

@ApiTags('rubrics')
@Controller({ version: '1' })
export class QuestionAnalysisController {
  constructor(private readonly analysis: QuestionAnalysisService) {}

  /**
   * For each question of a rubric (pooled across its versions), how often it is asked, how it
   * is rated, how well it separates candidates, how much of it is the candidate rather than the
   * interviewer, and how often applicants at one site hear it in one week. Admins only.
   */
  @Get('rubrics/:rubricId/question-analysis')
  @Requires('rubrics.edit')
  @ZodResponse({ type: QuestionAnalysisDto })
  @ApiOperation({ summary: 'Analyse the questions of a rubric' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  analyse(@Param() params: QuestionAnalysisParamsDto, @Query() query: QuestionAnalysisQueryDto) {
    return this.analysis.analyse(params.rubricId, query);
  }
}
