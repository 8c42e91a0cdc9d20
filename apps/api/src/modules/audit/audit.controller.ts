import { auditEventPageSchema, listAuditEventsQuerySchema } from '@calibrate/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { AuditService } from './audit.service';

class ListAuditEventsQueryDto extends createZodDto(listAuditEventsQuerySchema) {}
class AuditEventPageDto extends createZodDto(auditEventPageSchema) {}

@ApiTags('audit')
@Controller({ path: 'audit-events', version: '1' })
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ZodResponse({ type: AuditEventPageDto })
  list(@Query() query: ListAuditEventsQueryDto) {
    return this.audit.list(query);
  }
}
