import { healthSchema, readinessSchema } from '@calibrate/contracts';
import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';

import { Public } from '../../common/auth/auth.decorators';
import { AppException } from '../../common/errors/app-exception';
import { ZodResponse } from '../../common/http/zod-response';

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
  health() {
    return { status: 'ok' as const };
  }

  /** The database answers (for a readiness probe and load balancers). */
  @Get('ready')
  @ZodResponse({ type: ReadinessDto })
  async ready() {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new AppException('DATABASE_UNAVAILABLE');
    }
    return { status: 'ok' as const, database: 'up' as const };
  }
}
