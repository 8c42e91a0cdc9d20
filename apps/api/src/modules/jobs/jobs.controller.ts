import {
  createJobSchema,
  jobIdParamsSchema,
  jobPageSchema,
  jobSchema,
  listJobsQuerySchema,
  updateJobSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { JobsService } from './jobs.service';

class CreateJobDto extends createZodDto(createJobSchema) {}
class UpdateJobDto extends createZodDto(updateJobSchema) {}
class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class ListJobsQueryDto extends createZodDto(listJobsQuerySchema) {}
class JobDto extends createZodDto(jobSchema) {}
class JobPageDto extends createZodDto(jobPageSchema) {}

@ApiTags('jobs')
@Controller({ path: 'jobs', version: '1' })
export class JobsController {
  constructor(
    private readonly jobs: JobsService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ZodResponse({ type: JobPageDto })
  @ApiOperation({ summary: 'List jobs' })
  list(@Query() query: ListJobsQueryDto, @CurrentUser() user: SessionUser) {
    return this.jobs.list(query, user);
  }

  @Post()
  @Requires('jobs.edit')
  @ZodResponse({ status: 201, type: JobDto })
  @ApiOperation({ summary: 'Create a job' })
  create(@Body() body: CreateJobDto, @CurrentUser() user: SessionUser) {
    return this.jobs.create(body, user.id);
  }

  @Get(':jobId')
  @ZodResponse({ type: JobDto })
  @ApiOperation({ summary: 'Get a job' })
  @ApiErrors('NOT_FOUND')
  async get(@Param() params: JobIdParamsDto, @CurrentUser() user: SessionUser) {
    await this.access.job(user, params.jobId);
    return this.jobs.get(params.jobId);
  }

  @Patch(':jobId')
  @ZodResponse({ type: JobDto })
  @ApiOperation({ summary: 'Change a job' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  async update(
    @Param() params: JobIdParamsDto,
    @Body() body: UpdateJobDto,
    @CurrentUser() user: SessionUser,
  ) {
    await this.access.job(user, params.jobId, 'jobs.edit');
    return this.jobs.update(params.jobId, body, user.id);
  }
}
