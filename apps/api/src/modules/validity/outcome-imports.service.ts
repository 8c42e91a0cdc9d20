import { OutcomeImportCheck, OutcomeImportResult, OutcomeImportRow } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { evaluateOutcomeRows, ImportTarget, toCheckRow } from './outcome-imports.rows';
import { toRecordedFigures } from './outcomes.mapper';
import { OutcomesByEmailRow, OutcomesRepository } from './outcomes.repository';

/**
 * Post-hire outcomes from a CSV, a batch of rows per request: check first (nothing written),
 * then import. A row finds its hire by email and merges into the stored record; the valid rows
 * that change something are written in one transaction per batch, each audited as the PUT is.
 * Only those with `outcomes.record` (admins, recruiters) get here, and they see every candidate.
 */
@Injectable()
export class OutcomeImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
  ) {}

  async check(rows: OutcomeImportRow[]): Promise<OutcomeImportCheck> {
    const targets = byEmail(
      await this.outcomes.findByEmails(this.dataSource.manager, emailsOf(rows)),
    );
    return { rows: evaluateOutcomeRows(rows, targets).map(toCheckRow) };
  }

  import(rows: OutcomeImportRow[], actorId: string): Promise<OutcomeImportResult> {
    return this.dataSource.transaction(async (db) => {
      const targets = byEmail(await this.outcomes.findByEmails(db, emailsOf(rows), true));
      const evaluated = evaluateOutcomeRows(rows, targets);
      const writes = evaluated.flatMap((row) => (row.write ? [row.write] : []));
      await this.outcomes.upsertMany(db, writes, actorId);
      await this.audit.recordMany(
        db,
        writes.map((write) => ({
          actorId,
          action: 'candidate.outcomes_recorded',
          entityType: 'candidate' as const,
          entityId: write.candidateId,
          before: write.before,
          after: write.after,
        })),
      );
      return {
        recorded: writes.length,
        unchanged: evaluated
          .filter((row) => row.errors.length === 0 && !row.write)
          .map((row) => ({ row: row.row, email: row.email })),
        invalid: evaluated
          .filter((row) => row.errors.length > 0)
          .map((row) => ({ row: row.row, errors: row.errors })),
      };
    });
  }
}

const emailsOf = (rows: OutcomeImportRow[]) =>
  rows.map((row) => (row.email ?? '').trim().toLowerCase()).filter(Boolean);

/** The hires a batch names, by email, with their stored figures (null: none recorded). */
const byEmail = (rows: OutcomesByEmailRow[]): Map<string, ImportTarget> =>
  new Map(
    rows.map((row) => [
      row.email,
      {
        id: row.candidate_id,
        email: row.email,
        name: row.name,
        stage: row.stage,
        stored: row.recorded_at ? toRecordedFigures(row) : null,
      },
    ]),
  );
