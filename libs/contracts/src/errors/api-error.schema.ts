import { z } from 'zod';

import { errorCodeSchema } from './error-codes';

// The package index lists this file: what the errors folder offers is exported from here.
export * from './error-details';
export * from './validation-issue.schema';

/** The one body shape of every non-2xx API response. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
