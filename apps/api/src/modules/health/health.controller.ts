import { healthSchema, readinessSchema } from '@calibrate/contracts';
import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';

import { Public } from '../../common/auth/auth.decorators';
import { AppException } from '../../common/errors/app-exception';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';

/** How long readiness waits for the database's answer. */
const READY_TIMEOUT_MS = 2000;

class HealthDto extends createZodDto(healthSchema) {}
class ReadinessDto extends createZodDto(readinessSchema) {}

@ApiTags('health')
@Public()
@Controller({ version: VERSION_NEUTRAL })
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process is up (for a liveness probe: no dependencies checked). */
  @Get('health')
  @ZodResponse({ type: HealthDto })
  @ApiOperation({ summary: 'Liveness probe' })
  health() {
    return { status: 'ok' as const };
  }

  /**
   * The database answers within READY_TIMEOUT_MS (for a readiness probe and load balancers): a
   * stalled database must take the instance out of rotation, not hang the probe.
   */
  @Get('ready')
  @ZodResponse({ type: ReadinessDto })
  @ApiOperation({ summary: 'Readiness probe (the database answers)' })
  @ApiErrors('DATABASE_UNAVAILABLE')
  async ready() {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
    } catch {
      throw new AppException('DATABASE_UNAVAILABLE');
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok' as const, database: 'up' as const };
  }
}
