import {
  emailIdParamsSchema,
  emailMessageSchema,
  emailOutboxPageSchema,
  emailOutboxQuerySchema,
} from '@calibrate/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { Requires } from '../../common/auth/auth.decorators';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { EmailOutboxService } from './email-outbox.service';

class EmailOutboxQueryDto extends createZodDto(emailOutboxQuerySchema) {}
class EmailOutboxPageDto extends createZodDto(emailOutboxPageSchema) {}
class EmailMessageDto extends createZodDto(emailMessageSchema) {}
class EmailIdParamsDto extends createZodDto(emailIdParamsSchema) {}

/** The e-mail outbox, for admins: in development (no SMTP) this is where mail can be read. */
@ApiTags('email')
@Requires('email.outbox.view')
@Controller({ path: 'email-outbox', version: '1' })
export class EmailOutboxController {
  constructor(private readonly outbox: EmailOutboxService) {}

  /** Newest first, keyset-paged, of one status if asked. */
  @Get()
  @ZodResponse({ type: EmailOutboxPageDto })
  @ApiOperation({ summary: 'List the e-mail outbox' })
  list(@Query() query: EmailOutboxQueryDto) {
    return this.outbox.list(query);
  }

  /** One e-mail with its whole text and attachments. */
  @Get(':emailId')
  @ZodResponse({ type: EmailMessageDto })
  @ApiOperation({ summary: 'Get one e-mail of the outbox' })
  @ApiErrors('NOT_FOUND')
  get(@Param() params: EmailIdParamsDto) {
    return this.outbox.get(params.emailId);
  }
}
