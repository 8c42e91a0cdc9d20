import {
  candidateIdParamsSchema,
  candidateOutcomesSchema,
  recordOutcomesSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { OutcomesService } from './outcomes.service';

class CandidateOutcomesDto extends createZodDto(candidateOutcomesSchema) {}
class RecordOutcomesDto extends createZodDto(recordOutcomesSchema) {}
class CandidateIdParamsDto extends createZodDto(candidateIdParamsSchema) {}

/** What happened after a hire: read by those who compare candidates, recorded by recruiters. */
@ApiTags('validity')
@Controller({ path: 'candidates/:candidateId/outcomes', version: '1' })
export class OutcomesController {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @Requires('candidates.compare')
  @ZodResponse({ type: CandidateOutcomesDto })
  @ApiOperation({ summary: 'Get a candidate’s post-hire outcomes' })
  @ApiErrors('NOT_FOUND')
  async get(@Param() params: CandidateIdParamsDto, @CurrentUser() user: SessionUser) {
    await this.access.candidate(user, params.candidateId);
    return this.outcomes.get(params.candidateId);
  }

  /** Replaces the record; a figure left out or null is "not recorded". Audited. */
  @Put()
  @Requires('outcomes.record')
  @ZodResponse({ type: CandidateOutcomesDto })
  @ApiOperation({ summary: 'Record a hired candidate’s post-hire outcomes' })
  @ApiErrors('NOT_FOUND', 'CANDIDATE_NOT_HIRED')
  async record(
    @Param() params: CandidateIdParamsDto,
    @Body() body: RecordOutcomesDto,
    @CurrentUser() user: SessionUser,
  ) {
    await this.access.candidate(user, params.candidateId);
    return this.outcomes.record(params.candidateId, body, user.id);
  }
}
