import { z } from 'zod';

import { passwordResetLinkReasonSchema } from '../auth/auth.schema';
import { candidateSchema, candidateStageSchema } from '../candidates/candidates.schema';
import { roundStatusSchema } from '../interviews/interviews.schema';
import { rubricVersionSchema } from '../rubrics/rubrics.schema';
import { answerSchema, scorecardSchema } from '../scorecards/scorecards.schema';
import type { ErrorCode } from './error-codes';
import { validationIssueSchema } from './validation-issue.schema';

const issueListSchema = z.array(validationIssueSchema);

/** A 412 on an answer: the answer the server holds now (null: it was never saved). */
export const answerConflictDetailsSchema = z.object({ current: answerSchema.nullable() });

/** A 412 on the scorecard itself (recommendation, summary, submit): its fields the server holds now. */
export const scorecardConflictDetailsSchema = z.object({
  current: scorecardSchema.pick({
    version: true,
    status: true,
    recommendation: true,
    summary: true,
  }),
});

/** A 412 on a candidate edit: every editable field as stored now, and its version. */
export const candidateConflictDetailsSchema = z.object({
  current: candidateSchema.pick({
    name: true,
    email: true,
    phone: true,
    jobId: true,
    source: true,
    languages: true,
    shiftAvailability: true,
    typingWpm: true,
    notes: true,
  }),
  version: z.number().int(),
});

/** Which rubric version exists already, or is published and so cannot change. */
const rubricVersionRefSchema = z.object({ versionId: z.uuid(), version: z.number().int() });

/**
 * The `details` each error code carries, once for the API that sends them and the clients that
 * read them. A code missing here carries no details.
 */
export const errorDetailsSchemas = {
  VALIDATION_FAILED: issueListSchema,
  SCORECARD_INCOMPLETE: issueListSchema,
  RUBRIC_VERSION_INCOMPLETE: issueListSchema,
  TOO_MANY_ATTEMPTS: z.object({ retryAfterSeconds: z.number() }),
  REMINDER_TOO_SOON: z.object({ retryAfterSeconds: z.number() }),
  PASSWORD_RESET_LINK_INVALID: z.object({ reason: passwordResetLinkReasonSchema }),
  CSRF_TOKEN_INVALID: z.object({ origin: z.string() }),
  USER_EMAIL_TAKEN: z.object({ email: z.string() }),
  // The email is absent when the change that collided did not name one.
  CANDIDATE_EMAIL_TAKEN: z.object({ email: z.string().optional() }),
  // The stage the candidate is at instead of hired.
  CANDIDATE_NOT_HIRED: z.object({ stage: candidateStageSchema }),
  RUBRIC_DRAFT_EXISTS: rubricVersionRefSchema,
  RUBRIC_VERSION_PUBLISHED: rubricVersionRefSchema,
  RUBRIC_NOT_PUBLISHED: z.union([
    z.object({ rubricVersionId: z.uuid() }),
    z.object({ rubricId: z.uuid() }),
  ]),
  ROUND_NOT_ACTIVE: z.object({ roundStatus: roundStatusSchema }),
  ROUND_STATE_CONFLICT: z.object({ status: roundStatusSchema }),
  ROUND_DUPLICATE: z.object({ roundId: z.uuid(), scheduledAt: z.iso.datetime({ offset: true }) }),
  SCORECARD_VERSION_CONFLICT: z.union([
    answerConflictDetailsSchema,
    scorecardConflictDetailsSchema,
  ]),
  CANDIDATE_VERSION_CONFLICT: candidateConflictDetailsSchema,
  // The draft as saved now (its content and revision), to choose between it and one's own edits.
  RUBRIC_DRAFT_CONFLICT: z.object({ current: rubricVersionSchema }),
} satisfies Partial<Record<ErrorCode, z.ZodType>>;

/** The codes whose errors carry `details`. */
export type CodeWithDetails = keyof typeof errorDetailsSchemas;

/** What `details` holds for an error of code `C`. */
export type ErrorDetails<C extends CodeWithDetails> = z.output<(typeof errorDetailsSchemas)[C]>;

const schemaByCode: { [C in CodeWithDetails]: z.ZodType<ErrorDetails<C>> } = errorDetailsSchemas;

export function hasDetails(code: string): code is CodeWithDetails {
  return Object.hasOwn(errorDetailsSchemas, code);
}

/**
 * The `details` of an error of code `code`, parsed by its schema: typed, or undefined when they
 * are missing or not what the contract says.
 */
export function errorDetails<C extends CodeWithDetails>(
  code: C,
  details: unknown,
): ErrorDetails<C> | undefined {
  const parsed = schemaByCode[code].safeParse(details);
  return parsed.success ? parsed.data : undefined;
}
