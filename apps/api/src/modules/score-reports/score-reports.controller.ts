import {
  candidateIdParamsSchema,
  candidateSummarySchema,
  comparisonQuerySchema,
  comparisonSchema,
  feedbackOwedQuerySchema,
  feedbackOwedSchema,
  jobIdParamsSchema,
  listCandidatesQuerySchema,
} from '@calibrate/contracts';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService, seesEverything } from '../access/access.service';
import { CandidatesExportService } from './candidates-export.service';
import { FeedbackOwedService } from './feedback-owed.service';
import { ScoreReportsService } from './score-reports.service';

class CandidateIdParamsDto extends createZodDto(candidateIdParamsSchema) {}
class JobIdParamsDto extends createZodDto(jobIdParamsSchema) {}
class ComparisonQueryDto extends createZodDto(comparisonQuerySchema) {}
class CandidateSummaryDto extends createZodDto(candidateSummarySchema) {}
class ComparisonDto extends createZodDto(comparisonSchema) {}
class ExportQueryDto extends createZodDto(listCandidatesQuerySchema) {}
class FeedbackOwedQueryDto extends createZodDto(feedbackOwedQuerySchema) {}
class FeedbackOwedDto extends createZodDto(feedbackOwedSchema) {}

@ApiTags('scores')
@Controller({ version: '1' })
export class ScoreReportsController {
  constructor(
    private readonly reports: ScoreReportsService,
    private readonly access: AccessService,
    private readonly exporter: CandidatesExportService,
    private readonly feedback: FeedbackOwedService,
  ) {}

  /** Who still owes scorecards, worst first, and each job's received/expected, speed and show rate. */
  @Get('feedback-owed')
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ZodResponse({ type: FeedbackOwedDto })
  feedbackOwed(@Query() query: FeedbackOwedQueryDto, @CurrentUser() user: SessionUser) {
    return this.feedback.report(query, (alias, add) =>
      this.access.roundCondition(user, alias, add),
    );
  }

  /** The pipeline's current filter and sort as CSV, with overall and per-category scores. */
  @Get('candidates/export')
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ApiProduces('text/csv')
  async exportCandidates(
    @Query() query: ExportQueryDto,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { limit: _limit, cursor: _cursor, ...filters } = query;
    const result = await this.exporter.export(
      filters,
      (alias, add) => this.access.candidateCondition(user, alias, add),
      user,
    );
    const day = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="candidates-${day}.csv"`)
      .header('x-export-rows', String(result.rows))
      .header('x-export-truncated', String(result.truncated));
    // A byte-order mark so spreadsheet apps read names with accents as UTF-8.
    return `\uFEFF${result.csv}\r\n`;
  }

  /** Per round and overall: category scores, each interviewer's result, recommendations. */
  @Get('candidates/:candidateId/summary')
  @ZodResponse({ type: CandidateSummaryDto })
  async summary(@Param() params: CandidateIdParamsDto, @CurrentUser() user: SessionUser) {
    // Admins and recruiters see every candidate: the summary itself answers 404 for a missing one.
    if (!seesEverything(user.role)) await this.access.candidate(user, params.candidateId);
    return this.reports.candidateSummary(params.candidateId, user);
  }

  /** 2–8 candidates of a job side by side, with warnings where the comparison could mislead. */
  @Get('jobs/:jobId/comparison')
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ZodResponse({ type: ComparisonDto })
  async comparison(
    @Param() params: JobIdParamsDto,
    @Query() query: ComparisonQueryDto,
    @CurrentUser() user: SessionUser,
  ) {
    const job = await this.access.managedJob(user, params.jobId);
    return this.reports.comparison({ id: params.jobId, ...job }, query.candidateIds, user);
  }
}
