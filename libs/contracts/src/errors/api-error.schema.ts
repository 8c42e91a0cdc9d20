import { z } from 'zod';

import { errorCodeSchema } from './error-codes';

/** The one body shape of every non-2xx API response. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
