import {
  candidatePageSchema,
  candidateSchema,
  createCandidateSchema,
  listCandidatesQuerySchema,
} from '@calibrate/contracts';
import { createZodDto } from 'nestjs-zod';

export class CandidateDto extends createZodDto(candidateSchema) {}
export class CandidatePageDto extends createZodDto(candidatePageSchema) {}
export class CreateCandidateDto extends createZodDto(createCandidateSchema) {}
export class ListCandidatesQueryDto extends createZodDto(listCandidatesQuerySchema) {}
