import { z } from 'zod';

import { pageQuerySchema, paginated } from '../common/pagination.schema';

export const candidateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Candidate = z.infer<typeof candidateSchema>;

/** Phone numbers as people type them: digits, spaces, dashes, dots, parentheses, a leading +. */
const phonePattern = /^\+?[0-9 ().-]{6,24}$/;

export const createCandidateSchema = z.object({
  name: z.string().trim().min(1, 'Enter the candidate’s name.').max(200),
  email: z
    .string()
    .trim()
    .min(1, 'Enter the candidate’s email address.')
    .max(254)
    .pipe(z.email('Enter a valid email address.'))
    .transform((email) => email.toLowerCase()),
  phone: z
    .string()
    .trim()
    .regex(phonePattern, 'Enter a phone number of digits, spaces or dashes.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type CreateCandidateInput = z.input<typeof createCandidateSchema>;
export type CreateCandidate = z.output<typeof createCandidateSchema>;

export const listCandidatesQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
});
export type ListCandidatesQuery = z.output<typeof listCandidatesQuerySchema>;

export const candidatePageSchema = paginated(candidateSchema);
export type CandidatePage = z.infer<typeof candidatePageSchema>;
