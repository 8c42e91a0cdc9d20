import { CANDIDATE_IMPORT_BATCH, ImportCheck, ImportResult, ImportRow } from '@calibrate/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ApiError } from '@/lib/api-client';
import { plural } from '@/lib/plural';

import { checkImportBatch } from '../../api/check-candidate-import';
import { candidateQueries } from '../../api/get-candidates';
import { importBatch } from '../../api/import-candidates';
import { batches, readCandidateCsv } from '../../model/read-candidate-csv';

export type ImportStep =
  | { kind: 'pick' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'preview'; rows: ImportRow[]; check: ImportCheck['rows']; ignored: string[] }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; result: ImportResult; rows: ImportRow[] };

/**
 * The import's steps: read the file in the browser, check every row with the API in batches
 * (nothing written), then import the rows that passed, batch by batch.
 */
export function useCandidateImport(defaultJobId: string | undefined) {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(defaultJobId ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<ImportStep>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setStep({ kind: 'pick' });
    setError(null);
  };
  const busy = step.kind === 'checking' || step.kind === 'importing';

  const check = async () => {
    if (!file || !jobId) return;
    setError(null);
    try {
      const { rows, ignoredColumns } = readCandidateCsv(await file.text());
      const parts = batches(rows, CANDIDATE_IMPORT_BATCH);
      const results: ImportCheck['rows'] = [];
      setStep({ kind: 'checking', done: 0, total: rows.length });
      const seen = new Set<string>();
      for (const part of parts) {
        const checked = await checkImportBatch(jobId, part);
        // Each batch knows the emails on file; the browser knows the file's earlier batches.
        for (const row of checked.rows) {
          results.push({
            ...row,
            duplicate: row.duplicate || (row.email !== '' && seen.has(row.email)),
          });
          if (row.email) seen.add(row.email);
        }
        setStep({ kind: 'checking', done: results.length, total: rows.length });
      }
      setStep({ kind: 'preview', rows, check: results, ignored: ignoredColumns });
    } catch (caught) {
      setStep({ kind: 'pick' });
      setError(caught instanceof Error ? caught.message : 'The file could not be read.');
    }
  };

  const runImport = async (rows: ImportRow[], check: ImportCheck['rows']) => {
    if (!jobId) return;
    const ready = new Set(
      check.filter((row) => row.errors.length === 0 && !row.duplicate).map((row) => row.row),
    );
    const toImport = rows.filter((row) => ready.has(row.row));
    const total: ImportResult = {
      created: 0,
      duplicates: check
        .filter((row) => row.duplicate && row.errors.length === 0)
        .map((row) => ({ row: row.row, email: row.email })),
      invalid: check
        .filter((row) => row.errors.length > 0)
        .map((row) => ({ row: row.row, errors: row.errors })),
    };
    setStep({ kind: 'importing', done: 0, total: toImport.length });
    let done = 0;
    try {
      for (const part of batches(toImport, CANDIDATE_IMPORT_BATCH)) {
        const result = await importBatch(jobId, part);
        total.created += result.created;
        // Someone may have added one of these emails since the check: still reported, not doubled.
        total.duplicates.push(...result.duplicates);
        total.invalid.push(...result.invalid);
        done += part.length;
        setStep({ kind: 'importing', done, total: toImport.length });
      }
      setStep({ kind: 'done', result: total, rows });
    } catch (caught) {
      setStep({ kind: 'done', result: total, rows });
      setError(
        `${caught instanceof ApiError ? caught.message : 'The import stopped.'} ${plural(total.created, 'candidate was', 'candidates were')} imported before it stopped; importing the file again skips them as duplicates.`,
      );
    } finally {
      await queryClient.invalidateQueries({ queryKey: candidateQueries.all() });
    }
  };

  return { jobId, setJobId, file, setFile, step, error, busy, reset, check, runImport };
}
