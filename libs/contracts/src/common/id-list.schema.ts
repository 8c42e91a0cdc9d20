import { z } from 'zod';

import { text } from './text.schema';

/**
 * Ids as a query string carries them: "a,b,c" (spaces and empty items ignored), then checked by
 * `ids` (how many, each once).
 */
export const idListSchema = <T extends z.ZodType<string[], string[]>>(ids: T) =>
  text()
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(ids);
