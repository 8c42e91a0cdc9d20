import {
  amendScorecardSchema,
  answerParamsSchema,
  answerSchema,
  declineScorecardSchema,
  saveAnswerSchema,
  scorecardAmendmentListSchema,
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
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { ApiErrors } from '../../common/http/api-errors';
import { etag, expectedVersion, expectedVersionOrUndefined } from '../../common/http/if-match';
import { ZodResponse } from '../../common/http/zod-response';
import { IdempotencyRequest } from '../../common/idempotency/idempotency.service';
import { AccessService } from '../access/access.service';
import { ScorecardsService } from './scorecards.service';

class ScorecardIdParamsDto extends createZodDto(scorecardIdParamsSchema) {}
class AnswerParamsDto extends createZodDto(answerParamsSchema) {}
class SaveAnswerDto extends createZodDto(saveAnswerSchema) {}
class UpdateScorecardDto extends createZodDto(updateScorecardSchema) {}
class DeclineScorecardDto extends createZodDto(declineScorecardSchema) {}
class AmendScorecardDto extends createZodDto(amendScorecardSchema) {}
class ScorecardDto extends createZodDto(scorecardSchema) {}
class AnswerDto extends createZodDto(answerSchema) {}
class ScorecardAmendmentListDto extends createZodDto(scorecardAmendmentListSchema) {}

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

/** What a write to a draft scorecard can meet: the answer autosave, the wrap-up fields, submitting. */
const draftWriteErrors = [
  'NOT_FOUND',
  'FORBIDDEN',
  'PRECONDITION_REQUIRED',
  'SCORECARD_VERSION_CONFLICT',
  'SCORECARD_SUBMITTED',
  'SCORECARD_DECLINED',
  'ROUND_NOT_ACTIVE',
  'IDEMPOTENCY_KEY_REUSED',
] as const;

@ApiTags('scorecards')
@Controller({ path: 'scorecards', version: '1' })
export class ScorecardsController {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly access: AccessService,
  ) {}

  /** Readable by its owner, and by others once submitted (independence); hidden is 404. */
  private async assertReadable(user: SessionUser, scorecardId: string): Promise<void> {
    if ((await this.access.scorecardVisibility(user, scorecardId)) === 'hidden') {
      throw new AppException('NOT_FOUND', undefined, 'This scorecard does not exist.');
    }
  }

  /** Only the interviewer it belongs to writes a scorecard. */
  private async assertOwner(user: SessionUser, scorecardId: string): Promise<void> {
    const visibility = await this.access.scorecardVisibility(user, scorecardId);
    if (visibility === 'hidden')
      throw new AppException('NOT_FOUND', undefined, 'This scorecard does not exist.');
    if (visibility !== 'owner') throw new AppException('FORBIDDEN');
  }

  @Get(':scorecardId')
  @ZodResponse({ type: ScorecardDto })
  @ApiOperation({ summary: 'Get a scorecard' })
  @ApiErrors('NOT_FOUND')
  async get(
    @Param() params: ScorecardIdParamsDto,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.assertReadable(user, params.scorecardId);
    const scorecard = await this.scorecards.get(params.scorecardId);
    void reply.header('etag', etag(scorecard.version));
    return scorecard;
  }

  /**
   * Saves one answer (the unit of autosave). The common case is one statement after the session
   * lookup; anything unusual (not the owner, a stale version, a replayed key, a bad header) goes
   * through the step-by-step protocol below, which answers with the precise error.
   */
  @Put(':scorecardId/scores/:questionId')
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ type: AnswerDto })
  @ApiOperation({ summary: 'Save one answer (autosave; If-Match, Idempotency-Key)' })
  @ApiErrors(...draftWriteErrors)
  async saveAnswer(
    @Param() params: AnswerParamsDto,
    @Body() body: SaveAnswerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const scope = 'PUT /scorecards/:scorecardId/scores/:questionId';
    const expected = expectedVersionOrUndefined(ifMatch);
    if (expected !== undefined) {
      const saved = await this.scorecards.saveAnswerInOneStatement(
        params.scorecardId,
        params.questionId,
        body,
        expected,
        // The same fingerprint as `versionedWrite`: a retry may take either path.
        { key, scope, userId: user.id, fingerprint: { params, body, expected } },
        user.id,
      );
      if (saved) {
        void reply.header('etag', etag(saved.version));
        return saved;
      }
    }
    const write = { user, ifMatch, key, reply, scope, params, body };
    return this.versionedWrite(write, (expectedVersion, idempotency) =>
      this.scorecards.saveAnswer(
        params.scorecardId,
        params.questionId,
        body,
        expectedVersion,
        idempotency,
        user.id,
      ),
    );
  }

  @Patch(':scorecardId')
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ type: ScorecardDto })
  @ApiOperation({ summary: 'Change a scorecard’s recommendation or summary (If-Match)' })
  @ApiErrors(...draftWriteErrors)
  update(
    @Param() params: ScorecardIdParamsDto,
    @Body() body: UpdateScorecardDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const write = {
      user,
      ifMatch,
      key,
      reply,
      scope: 'PATCH /scorecards/:scorecardId',
      params,
      body,
    };
    return this.versionedWrite(write, (expected, idempotency) =>
      this.scorecards.update(params.scorecardId, body, expected, idempotency, user.id),
    );
  }

  @Post(':scorecardId/submit')
  @HttpCode(200)
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ status: 200, type: ScorecardDto })
  @ApiOperation({ summary: 'Submit a scorecard (If-Match)' })
  @ApiErrors(...draftWriteErrors, 'SCORECARD_INCOMPLETE')
  submit(
    @Param() params: ScorecardIdParamsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const write = {
      user,
      ifMatch,
      key,
      reply,
      scope: 'POST /scorecards/:scorecardId/submit',
      params,
      body: null,
    };
    return this.versionedWrite(write, (expected, idempotency) =>
      this.scorecards.submit(params.scorecardId, expected, idempotency, user.id),
    );
  }

  @Post(':scorecardId/decline')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ScorecardDto })
  @ApiOperation({ summary: 'Decline a scorecard' })
  @ApiErrors(
    'NOT_FOUND',
    'FORBIDDEN',
    'SCORECARD_SUBMITTED',
    'SCORECARD_DECLINED',
    'ROUND_NOT_ACTIVE',
    'SCORECARD_VERSION_CONFLICT',
  )
  async decline(
    @Param() params: ScorecardIdParamsDto,
    @Body() body: DeclineScorecardDto,
    @CurrentUser() user: SessionUser,
  ) {
    await this.assertOwner(user, params.scorecardId);
    return this.scorecards.decline(params.scorecardId, body.reason, user.id);
  }

  @Post(':scorecardId/amendments')
  @ApiHeader(ifMatchHeader)
  @ApiHeader(idempotencyHeader)
  @ZodResponse({ status: 201, type: ScorecardDto })
  @ApiOperation({ summary: 'Amend a submitted scorecard, with a reason (If-Match)' })
  @ApiErrors(
    'NOT_FOUND',
    'FORBIDDEN',
    'PRECONDITION_REQUIRED',
    'SCORECARD_VERSION_CONFLICT',
    'SCORECARD_NOT_SUBMITTED',
    'SCORECARD_INCOMPLETE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  amend(
    @Param() params: ScorecardIdParamsDto,
    @Body() body: AmendScorecardDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const write = {
      user,
      ifMatch,
      key,
      reply,
      scope: 'POST /scorecards/:scorecardId/amendments',
      params,
      body,
    };
    return this.versionedWrite(write, (expected, idempotency) =>
      this.scorecards.amend(params.scorecardId, body, expected, idempotency, user.id),
    );
  }

  /** Who amended the submitted scorecard, when, why, and each change before and after. */
  @Get(':scorecardId/amendments')
  @ZodResponse({ type: ScorecardAmendmentListDto })
  @ApiOperation({ summary: 'List a scorecard’s amendments' })
  @ApiErrors('NOT_FOUND')
  async amendments(@Param() params: ScorecardIdParamsDto, @CurrentUser() user: SessionUser) {
    await this.assertReadable(user, params.scorecardId);
    return this.scorecards.amendments(params.scorecardId);
  }

  /**
   * The protocol every scorecard write follows: only the owner writes; If-Match gives the version
   * the write expects; an Idempotency-Key makes a retry apply once; the new version goes back as ETag.
   */
  private async versionedWrite<T extends { version: number }>(
    write: {
      user: SessionUser;
      ifMatch: string | undefined;
      key: string | undefined;
      reply: FastifyReply;
      scope: string;
      params: { scorecardId: string };
      body: unknown;
    },
    apply: (expected: number, idempotency: IdempotencyRequest) => Promise<T>,
  ): Promise<T> {
    await this.assertOwner(write.user, write.params.scorecardId);
    const expected = expectedVersion(write.ifMatch);
    const result = await apply(expected, {
      key: write.key,
      scope: write.scope,
      userId: write.user.id,
      fingerprint: { params: write.params, body: write.body, expected },
    });
    void write.reply.header('etag', etag(result.version));
    return result;
  }
}
