import { outcomeImportCheckSchema, OutcomeImportRow } from '@calibrate/contracts';

import { apiRequest } from '@/lib/api-client';

/** Checks a batch of outcome rows (errors, the hire, what would change); writes nothing. */
export function checkOutcomeImportBatch(rows: OutcomeImportRow[]) {
  return apiRequest('/v1/outcome-imports/check', {
    method: 'POST',
    body: { rows },
    schema: outcomeImportCheckSchema,
  });
}
