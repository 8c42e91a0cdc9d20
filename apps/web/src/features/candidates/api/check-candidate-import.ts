import { importCheckSchema, ImportRow } from '@calibrate/contracts';

import { apiRequest } from '@/lib/api-client';

/** Checks a batch of import rows (errors, emails already on file); writes nothing. */
export function checkImportBatch(jobId: string, rows: ImportRow[]) {
  return apiRequest(`/v1/jobs/${jobId}/candidate-imports/check`, {
    method: 'POST',
    body: { rows },
    schema: importCheckSchema,
  });
}
