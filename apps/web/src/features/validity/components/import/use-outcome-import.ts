import {
  OUTCOME_IMPORT_BATCH,
  OutcomeImportCheckRow,
  outcomeImportMessages,
  OutcomeImportResult,
  OutcomeImportRow,
} from '@calibrate/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ApiError } from '@/lib/api-client';
import { plural } from '@/lib/plural';

import { checkOutcomeImportBatch } from '../../api/check-outcome-import';
import { validityQueries } from '../../api/get-validity';
import { importOutcomeBatch } from '../../api/import-outcomes';
import { batches, OutcomeCsv, readOutcomeCsv } from '../../model/read-outcome-csv';

export type OutcomeImportStep =
  | { kind: 'pick' }
  | { kind: 'checking'; done: number; total: number }
  | {
      kind: 'preview';
      rows: OutcomeImportRow[];
      check: OutcomeImportCheckRow[];
      columns: OutcomeCsv['columns'];
      ignored: string[];
    }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; result: OutcomeImportResult; rows: OutcomeImportRow[] };

/** A valid row that changes something: what the import sends. */
export const isReady = (row: OutcomeImportCheckRow) =>
  row.errors.length === 0 && row.changes.length > 0;

/**
 * The outcome import's steps: read the file in the browser, check every row with the API in
 * batches (nothing written), then import the rows that would change a record, batch by batch.
 * Afterwards every validity report and every candidate's outcomes are asked again.
 */
export function useOutcomeImport() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<OutcomeImportStep>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setStep({ kind: 'pick' });
    setError(null);
  };
  const busy = step.kind === 'checking' || step.kind === 'importing';

  const check = async () => {
    if (!file) return;
    setError(null);
    try {
      const { rows, columns, ignoredColumns } = readOutcomeCsv(await file.text());
      const results: OutcomeImportCheckRow[] = [];
      setStep({ kind: 'checking', done: 0, total: rows.length });
      // Each batch finds repeats within itself; the browser knows the file's earlier batches.
      const firstRow = new Map<string, number>();
      for (const part of batches(rows, OUTCOME_IMPORT_BATCH)) {
        const checked = await checkOutcomeImportBatch(part);
        const batchFirst = new Map<string, number>();
        for (const row of checked.rows) {
          const earlier = row.email ? firstRow.get(row.email) : undefined;
          if (earlier !== undefined) {
            results.push({
              ...row,
              changes: [],
              errors: [
                { field: 'email', message: outcomeImportMessages.repeated(earlier) },
                ...row.errors,
              ],
            });
          } else {
            results.push(row);
            if (row.email && !batchFirst.has(row.email)) batchFirst.set(row.email, row.row);
          }
        }
        for (const [email, row] of batchFirst) if (!firstRow.has(email)) firstRow.set(email, row);
        setStep({ kind: 'checking', done: results.length, total: rows.length });
      }
      setStep({ kind: 'preview', rows, check: results, columns, ignored: ignoredColumns });
    } catch (caught) {
      setStep({ kind: 'pick' });
      setError(caught instanceof Error ? caught.message : 'The file could not be read.');
    }
  };

  const runImport = async (rows: OutcomeImportRow[], check: OutcomeImportCheckRow[]) => {
    const ready = new Set(check.filter(isReady).map((row) => row.row));
    const toImport = rows.filter((row) => ready.has(row.row));
    const total: OutcomeImportResult = {
      recorded: 0,
      unchanged: check
        .filter((row) => row.errors.length === 0 && row.changes.length === 0)
        .map((row) => ({ row: row.row, email: row.email })),
      invalid: check
        .filter((row) => row.errors.length > 0)
        .map((row) => ({ row: row.row, errors: row.errors })),
    };
    setStep({ kind: 'importing', done: 0, total: toImport.length });
    let done = 0;
    try {
      for (const part of batches(toImport, OUTCOME_IMPORT_BATCH)) {
        const result = await importOutcomeBatch(part);
        total.recorded += result.recorded;
        // Someone may have changed a record (or a stage) since the check: reported, not forced.
        total.unchanged.push(...result.unchanged);
        total.invalid.push(...result.invalid);
        done += part.length;
        setStep({ kind: 'importing', done, total: toImport.length });
      }
      setStep({ kind: 'done', result: sorted(total), rows });
    } catch (caught) {
      setStep({ kind: 'done', result: sorted(total), rows });
      setError(
        `${caught instanceof ApiError ? caught.message : 'The import stopped.'} ${plural(total.recorded, 'hire’s outcomes were', 'hires’ outcomes were')} recorded before it stopped; importing the file again finds them unchanged.`,
      );
    } finally {
      await queryClient.invalidateQueries({ queryKey: validityQueries.all() });
    }
  };

  return { file, setFile, step, error, busy, reset, check, runImport };
}

const sorted = (result: OutcomeImportResult): OutcomeImportResult => ({
  ...result,
  unchanged: [...result.unchanged].sort((a, b) => a.row - b.row),
  invalid: [...result.invalid].sort((a, b) => a.row - b.row),
});
