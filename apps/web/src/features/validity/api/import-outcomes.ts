import { outcomeImportResultSchema, OutcomeImportRow } from '@calibrate/contracts';

import { apiRequest } from '@/lib/api-client';

/** Merges a batch of outcome rows into the hires' records; invalid and unchanged rows are reported. */
export function importOutcomeBatch(rows: OutcomeImportRow[]) {
  return apiRequest('/v1/outcome-imports', {
    method: 'POST',
    body: { rows },
    schema: outcomeImportResultSchema,
  });
}
