import {
  createJobSchema,
  jobIdParamsSchema,
  jobPageSchema,
  jobSchema,
  listJobsQuerySchema,
  updateJobSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { JobsService } from './jobs.service';

class CreateJobDto extends createZodDto(createJobSchema) {}
class UpdateJobDto extends createZodDto(updateJobSchema) {}
class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class ListJobsQueryDto extends createZodDto(listJobsQuerySchema) {}
class JobDto extends createZodDto(jobSchema) {}
class JobPageDto extends createZodDto(jobPageSchema) {}

/** Until sign-in exists, changes are recorded without an actor. */
const NO_ACTOR = null;

@ApiTags('jobs')
@Controller({ path: 'jobs', version: '1' })
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ZodResponse({ type: JobPageDto })
  list(@Query() query: ListJobsQueryDto) {
    return this.jobs.list(query);
  }

  @Post()
  @ZodResponse({ status: 201, type: JobDto })
  create(@Body() body: CreateJobDto) {
    return this.jobs.create(body, NO_ACTOR);
  }

  @Get(':jobId')
  @ZodResponse({ type: JobDto })
  get(@Param() params: JobIdParamsDto) {
    return this.jobs.get(params.jobId);
  }

  @Patch(':jobId')
  @ZodResponse({ type: JobDto })
  update(@Param() params: JobIdParamsDto, @Body() body: UpdateJobDto) {
    return this.jobs.update(params.jobId, body, NO_ACTOR);
  }
}
