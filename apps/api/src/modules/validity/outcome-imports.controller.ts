import {
  outcomeImportBatchSchema,
  outcomeImportCheckSchema,
  outcomeImportResultSchema,
} from '@calibrate/contracts';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ZodResponse } from '../../common/http/zod-response';
import { OutcomeImportsService } from './outcome-imports.service';

class OutcomeImportBatchDto extends createZodDto(outcomeImportBatchSchema) {}
class OutcomeImportCheckDto extends createZodDto(outcomeImportCheckSchema) {}
class OutcomeImportResultDto extends createZodDto(outcomeImportResultSchema) {}

/** Hires' post-hire outcomes from a workforce team's spreadsheet, by candidate email. */
@ApiTags('validity')
@Controller({ path: 'outcome-imports', version: '1' })
@Requires('outcomes.record')
export class OutcomeImportsController {
  constructor(private readonly imports: OutcomeImportsService) {}

  /** Each row's problems, its hire and the figures it would change; writes nothing. */
  @Post('check')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: OutcomeImportCheckDto })
  @ApiOperation({ summary: 'Check outcome rows before importing them' })
  check(@Body() body: OutcomeImportBatchDto) {
    return this.imports.check(body.rows);
  }

  /**
   * Merges the valid rows into their hires' records (a figure the row does not give stays as
   * stored), each audited as `candidate.outcomes_recorded`; invalid and unchanged rows are
   * reported, not written.
   */
  @Post()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: OutcomeImportResultDto })
  @ApiOperation({ summary: 'Import hires’ post-hire outcomes' })
  import(@Body() body: OutcomeImportBatchDto, @CurrentUser() user: SessionUser) {
    return this.imports.import(body.rows, user.id);
  }
}
