import { z } from 'zod';

/**
 * Ids as a query string carries them: "a,b,c" (spaces and empty items ignored), then checked by
 * `ids` (how many, each once).
 */
export const idListSchema = <T extends z.ZodType<string[], string[]>>(ids: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(ids);
