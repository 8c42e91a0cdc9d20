import { roundAnswersSchema, roundIdParamsSchema } from '@calibrate/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { ScorecardsService } from './scorecards.service';

class RoundAnswersParamsDto extends createZodDto(roundIdParamsSchema) {}
class RoundAnswersDto extends createZodDto(roundAnswersSchema) {}

/** A round's submitted answers, question by question: what the panel said, once yours is in. */
@ApiTags('scorecards')
@Controller({ path: 'interview-rounds', version: '1' })
export class RoundAnswersController {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly access: AccessService,
  ) {}

  /**
   * Whoever may see the round (its panel, the job's hiring managers, recruiters, admins; else
   * 404); a panel member whose own scorecard is a draft is refused (403, independence).
   */
  @Get(':roundId/answers')
  @ZodResponse({ type: RoundAnswersDto })
  @ApiOperation({ summary: 'Get a round’s submitted answers' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  async answers(@Param() params: RoundAnswersParamsDto, @CurrentUser() user: SessionUser) {
    await this.access.round(user, params.roundId);
    return this.scorecards.roundAnswers(params.roundId, user.id);
  }
}
