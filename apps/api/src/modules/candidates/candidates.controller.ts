import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';

import {
  CandidateDto,
  CandidatePageDto,
  CreateCandidateDto,
  ListCandidatesQueryDto,
} from './candidates.dto';
import { toCandidate } from './candidates.mapper';
import { CandidatesService } from './candidates.service';

@ApiTags('candidates')
@Controller({ path: 'candidates', version: '1' })
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  /** Newest first, keyset-paginated; `q` searches name and email. */
  @Get()
  @ZodResponse({ type: CandidatePageDto })
  async list(@Query() query: ListCandidatesQueryDto) {
    const page = await this.candidates.list(query);
    return { items: page.items.map(toCandidate), nextCursor: page.nextCursor };
  }

  @Post()
  @ZodResponse({ status: 201, type: CandidateDto })
  async create(@Body() body: CreateCandidateDto) {
    return toCandidate(await this.candidates.create(body));
  }
}
