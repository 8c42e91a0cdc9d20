import { auditEventPageSchema, listAuditEventsQuerySchema } from '@calibrate/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { AuditService } from './audit.service';

class ListAuditEventsQueryDto extends createZodDto(listAuditEventsQuerySchema) {}
class AuditEventPageDto extends createZodDto(auditEventPageSchema) {}

@ApiTags('audit')
@Controller({ path: 'audit-events', version: '1' })
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ZodResponse({ type: AuditEventPageDto })
  @ApiOperation({ summary: 'List the audit history of one record' })
  @ApiErrors('NOT_FOUND')
  async list(@Query() query: ListAuditEventsQueryDto, @CurrentUser() user: SessionUser) {
    // A history is as visible as the thing it is the history of.
    if (!(await this.visible(user, query.entityType, query.entityId))) {
      throw new AppException('NOT_FOUND', undefined, 'Nothing was found with this id.');
    }
    return this.audit.list(query);
  }

  private async visible(
    user: SessionUser,
    type: ListAuditEventsQueryDto['entityType'],
    id: string,
  ): Promise<boolean> {
    switch (type) {
      case 'rubric':
      case 'rubric_version':
        return true;
      case 'job':
        return this.access.canSeeJob(user, id);
      case 'candidate':
        return this.access.canSeeCandidate(user, id);
      case 'interview_round':
        return this.access.canSeeRound(user, id);
      case 'scorecard':
        return (await this.access.scorecardVisibility(user, id)) !== 'hidden';
      case 'user':
      case 'webhook_endpoint':
      case 'sso_settings':
        return user.role === 'admin';
    }
  }
}
