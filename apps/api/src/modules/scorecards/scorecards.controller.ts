import {
  amendScorecardSchema,
  answerParamsSchema,
  answerSchema,
  declineScorecardSchema,
  saveAnswerSchema,
  scorecardIdParamsSchema,
  scorecardSchema,
  updateScorecardSchema,
} from '@calibrate/contracts';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { etag, expectedVersion } from '../../common/http/if-match';
import { ScorecardsService } from './scorecards.service';

class ScorecardIdParamsDto extends createZodDto(scorecardIdParamsSchema) {}
class AnswerParamsDto extends createZodDto(answerParamsSchema) {}
class SaveAnswerDto extends createZodDto(saveAnswerSchema) {}
class UpdateScorecardDto extends createZodDto(updateScorecardSchema) {}
class DeclineScorecardDto extends createZodDto(declineScorecardSchema) {}
class AmendScorecardDto extends createZodDto(amendScorecardSchema) {}
class ScorecardDto extends createZodDto(scorecardSchema) {}
class AnswerDto extends createZodDto(answerSchema) {}

/** Until sign-in exists, changes are recorded without an actor. */
const NO_ACTOR = null;

const ifMatchHeader = {
  name: 'If-Match',
  required: true,
  description: 'The version last seen, e.g. "3" ("0": never saved).',
};
const idempotencyHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Makes a retry apply once.',
};

@ApiTags('scorecards')
@Controller({ path: 'scorecards', version: '1' })
export class ScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Get(':scorecardId')
  @ZodResponse({ type: ScorecardDto })
  async get(
    @Param() params: ScorecardIdParamsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const scorecard = await this.scorecards.get(params.scorecardId);
    void reply.header('etag', etag(scorecard.version));
    return scorecard;
  }

  /** Saves one answer (the unit of autosave). */
  @Put(':scorecardId/scores/:questionId')
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ type: AnswerDto })
  async saveAnswer(
    @Param() params: AnswerParamsDto,
    @Body() body: SaveAnswerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = expectedVersion(ifMatch);
    const answer = await this.scorecards.saveAnswer(
      params.scorecardId,
      params.questionId,
      body,
      expected,
      {
        key,
        scope: 'PUT /scorecards/:scorecardId/scores/:questionId',
        fingerprint: { params, body, expected },
      },
      NO_ACTOR,
    );
    void reply.header('etag', etag(answer.version));
    return answer;
  }

  @Patch(':scorecardId')
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ type: ScorecardDto })
  async update(
    @Param() params: ScorecardIdParamsDto,
    @Body() body: UpdateScorecardDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = expectedVersion(ifMatch);
    const scorecard = await this.scorecards.update(
      params.scorecardId,
      body,
      expected,
      { key, scope: 'PATCH /scorecards/:scorecardId', fingerprint: { params, body, expected } },
      NO_ACTOR,
    );
    void reply.header('etag', etag(scorecard.version));
    return scorecard;
  }

  @Post(':scorecardId/submit')
  @HttpCode(200)
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ status: 200, type: ScorecardDto })
  async submit(
    @Param() params: ScorecardIdParamsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = expectedVersion(ifMatch);
    const scorecard = await this.scorecards.submit(
      params.scorecardId,
      expected,
      { key, scope: 'POST /scorecards/:scorecardId/submit', fingerprint: { params, expected } },
      NO_ACTOR,
    );
    void reply.header('etag', etag(scorecard.version));
    return scorecard;
  }

  @Post(':scorecardId/decline')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ScorecardDto })
  decline(@Param() params: ScorecardIdParamsDto, @Body() body: DeclineScorecardDto) {
    return this.scorecards.decline(params.scorecardId, body.reason, NO_ACTOR);
  }

  @Post(':scorecardId/amendments')
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ status: 201, type: ScorecardDto })
  async amend(
    @Param() params: ScorecardIdParamsDto,
    @Body() body: AmendScorecardDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = expectedVersion(ifMatch);
    const scorecard = await this.scorecards.amend(
      params.scorecardId,
      body,
      expected,
      {
        key,
        scope: 'POST /scorecards/:scorecardId/amendments',
        fingerprint: { params, body, expected },
      },
      NO_ACTOR,
    );
    void reply.header('etag', etag(scorecard.version));
    return scorecard;
  }
}
