import {
  CreateCandidate,
  ImportCheck,
  ImportResult,
  ImportRow,
  ImportRowError,
  parseImportRow,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import { Sql } from '../../database/sql';
import { KnockOutsRepository } from '../knock-outs/knock-outs.repository';
import { WebhookEventsPublisher } from '../webhooks/webhook-events.publisher';
import { CandidateImportsRepository } from './candidate-imports.repository';

interface ParsedRow {
  row: number;
  email: string;
  candidate: CreateCandidate | undefined;
  errors: ImportRowError[];
}

/**
 * Candidates from a CSV into a job, a batch of rows per request: check first (nothing written),
 * then import. Each row is validated as if typed by hand; an email already on file is reported as
 * a duplicate and skipped, never doubled. A batch is one multi-row insert in one transaction, with
 * its stage history and audit rows.
 */
@Injectable()
export class CandidateImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: CandidateImportsRepository,
    private readonly webhooks: WebhookEventsPublisher,
    private readonly knockOuts: KnockOutsRepository,
  ) {}

  async check(jobId: string, rows: ImportRow[]): Promise<ImportCheck> {
    await this.assertJob(this.dataSource.manager, jobId);
    const parsed = parseRows(rows, jobId);
    const existing = await this.imports.findExistingEmails(
      this.dataSource.manager,
      parsed.map((row) => row.email).filter(Boolean),
    );
    const seen = new Set<string>();
    return {
      rows: parsed.map((row) => {
        const duplicate = Boolean(row.email) && (existing.has(row.email) || seen.has(row.email));
        if (row.email) seen.add(row.email);
        return { row: row.row, email: row.email, errors: row.errors, duplicate };
      }),
    };
  }

  async import(jobId: string, rows: ImportRow[], actorId: string): Promise<ImportResult> {
    const parsed = parseRows(rows, jobId);
    const invalid = parsed
      .filter((row) => row.errors.length > 0)
      .map((row) => ({ row: row.row, errors: row.errors }));
    const valid = parsed.filter(
      (row): row is ParsedRow & { candidate: CreateCandidate } => row.candidate !== undefined,
    );

    return this.dataSource.transaction(async (db) => {
      await this.assertJob(db, jobId);
      // Only new emails are written: not those already on file, nor a repeat within the batch.
      const inserted = await this.imports.insertBatch(
        db,
        jobId,
        valid.map((row) => row.candidate),
      );
      const ids = inserted.map((row) => row.id);
      if (ids.length > 0) {
        await this.knockOuts.refreshCandidates(db, ids);
        await this.imports.insertFirstStageEvents(db, ids, actorId);
        await this.imports.insertImportedAuditEvents(db, ids, actorId);
        await this.webhooks.candidatesCreated(db, ids);
      }
      const created = new Set(inserted.map((row) => row.email));
      const claimed = new Set<string>();
      const duplicates = valid.flatMap((row) => {
        if (created.has(row.candidate.email) && !claimed.has(row.candidate.email)) {
          claimed.add(row.candidate.email);
          return [];
        }
        return [{ row: row.row, email: row.candidate.email }];
      });
      return { created: inserted.length, duplicates, invalid };
    });
  }

  private async assertJob(db: Sql, jobId: string): Promise<void> {
    if (!(await this.imports.jobExists(db, jobId)))
      throw new AppException('NOT_FOUND', undefined, 'This job does not exist.');
  }
}

function parseRows(rows: ImportRow[], jobId: string): ParsedRow[] {
  return rows.map((raw) => {
    const result = parseImportRow(raw, jobId);
    return {
      row: raw.row,
      email: result.candidate?.email ?? (raw.email ?? '').trim().toLowerCase(),
      candidate: result.candidate,
      errors: result.errors,
    };
  });
}
