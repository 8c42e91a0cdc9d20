import { importResultSchema, ImportRow } from '@calibrate/contracts';

import { apiRequest } from '@/lib/api-client';

/** Imports a batch of rows into a job; duplicates by email are reported and skipped. */
export function importBatch(jobId: string, rows: ImportRow[]) {
  return apiRequest(`/v1/jobs/${jobId}/candidate-imports`, {
    method: 'POST',
    body: { rows },
    schema: importResultSchema,
  });
}
