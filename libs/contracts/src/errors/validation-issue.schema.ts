import { z } from 'zod';

/** One field problem, as carried in `details` of a VALIDATION_FAILED error. */
export const validationIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;
