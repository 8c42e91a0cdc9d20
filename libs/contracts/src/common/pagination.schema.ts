import { z } from 'zod';

import { text } from './text.schema';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** Query fields every keyset-paginated list accepts. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: text().min(1).max(200).optional(),
});

/** The envelope of every list: a page of items and the cursor of the next page, if any. */
export function paginated<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
  });
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
