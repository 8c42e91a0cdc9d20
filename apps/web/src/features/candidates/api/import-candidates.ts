import { importCheckSchema, importResultSchema, ImportRow } from '@calibrate/contracts';

import { apiRequest } from '@/lib/api-client';

export function checkImportBatch(jobId: string, rows: ImportRow[]) {
  return apiRequest(`/v1/jobs/${jobId}/candidate-imports/check`, {
    method: 'POST',
    body: { rows },
    schema: importCheckSchema,
  });
}

export function importBatch(jobId: string, rows: ImportRow[]) {
  return apiRequest(`/v1/jobs/${jobId}/candidate-imports`, {
    method: 'POST',
    body: { rows },
    schema: importResultSchema,
  });
}
