import { z } from 'zod';

import { cefrLevelSchema } from '../candidates/candidate-facts.schema';
import { JobShift, jobShiftSchema } from '../jobs/job-shifts.schema';

/**
 * Knock-out rules: minimums a candidate must meet whatever their score. A rubric version's
 * question may set a minimum panel rating ("Clear speech on a call" ≥ 3); a job may set minimum
 * facts (CEFR level in the job's language, availability for the job's shift, typing speed).
 * A candidate who misses one is flagged with the reason on every screen and export, never folded
 * into the score.
 */

/** A question's minimum: the panel's mean rating of a round must reach it. 1 would never fail. */
export const knockOutMinRatingSchema = z
  .number()
  .int('A whole rating, 2 to 5.')
  .min(2, 'A minimum of 1 knocks nobody out: pick 2 to 5, or no minimum.')
  .max(5, 'Ratings go up to 5.')
  .nullable();

/** A job's minimum facts; each null or false: no such rule. */
export const jobKnockOutRulesSchema = z.object({
  /** The lowest CEFR level in the job's language (voice programs). */
  minLanguageLevel: cefrLevelSchema.nullable(),
  /** The candidate must be available for the job's shift. */
  requireShift: z.boolean(),
  /** The lowest typing speed, in words per minute. */
  minTypingWpm: z
    .number()
    .int('Whole words per minute.')
    .min(1, 'At least 1 word per minute, or no minimum.')
    .max(250, 'At most 250 words per minute.')
    .nullable(),
});
export type JobKnockOutRules = z.infer<typeof jobKnockOutRulesSchema>;

export const noJobKnockOutRules: JobKnockOutRules = {
  minLanguageLevel: null,
  requireShift: false,
  minTypingWpm: null,
};

/** Why a candidate is knocked out: one rule they miss. */
export const knockOutSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('question'),
    roundId: z.uuid(),
    roundName: z.string(),
    questionId: z.uuid(),
    question: z.string(),
    minRating: z.number().int(),
    /** The panel's mean rating of the question in that round (submitted scorecards). */
    rating: z.number(),
  }),
  z.object({
    kind: z.literal('language'),
    language: z.string(),
    minLevel: cefrLevelSchema,
    /** The candidate's level in that language; null when not recorded. */
    level: cefrLevelSchema.nullable(),
  }),
  z.object({
    kind: z.literal('shift'),
    shift: jobShiftSchema,
  }),
  z.object({
    kind: z.literal('typing'),
    minWpm: z.number().int(),
    /** Null when not recorded. */
    wpm: z.number().int().nullable(),
  }),
]);
export type KnockOut = z.infer<typeof knockOutSchema>;

/** The pipeline filter: only knocked-out candidates, or none of them. */
export const knockOutFilters = ['only', 'exclude'] as const;
export const knockOutFilterSchema = z.enum(knockOutFilters);
export type KnockOutFilter = z.infer<typeof knockOutFilterSchema>;

const shiftNames: Record<JobShift, string> = {
  day: 'day',
  mid: 'mid',
  night: 'night',
  rotating: 'rotating',
  flexible: 'flexible',
};

const formatRating = (rating: number) =>
  Number.isInteger(rating) ? String(rating) : rating.toFixed(1);

/** One line per reason, the same on screen and in the CSV export. */
export function describeKnockOut(knockOut: KnockOut): string {
  switch (knockOut.kind) {
    case 'question':
      return `“${knockOut.question}”: panel average ${formatRating(knockOut.rating)} in ${knockOut.roundName}, needs ${knockOut.minRating} or more`;
    case 'language':
      return knockOut.level === null
        ? `${knockOut.language} level not recorded, needs ${knockOut.minLevel}`
        : `${knockOut.language} ${knockOut.level}, needs ${knockOut.minLevel}`;
    case 'shift':
      return `Not available for the ${shiftNames[knockOut.shift]} shift`;
    case 'typing':
      return knockOut.wpm === null
        ? `Typing speed not recorded, needs ${knockOut.minWpm} WPM`
        : `Types ${knockOut.wpm} WPM, needs ${knockOut.minWpm}`;
  }
}

/**
 * How many past candidates a rubric draft's knock-out questions would have knocked out: every
 * candidate whose round on another version of the rubric rated the question's lineage, by the
 * panel's mean rating per round (as the flag itself reads it), in the most recent rounds only
 * when there are many (the API's KNOCK_OUT_WHAT_IF_ROUNDS, 5,000 by default).
 */
export const rubricKnockOutWhatIfSchema = z.object({
  /** Candidates with a submitted rating of at least one of the draft's knock-out questions. */
  candidatesRated: z.number().int(),
  /** Of those, how many at least one rule would have knocked out. */
  knockedOut: z.number().int(),
  /** Rounds with a submitted scorecard that were read, newest first. */
  roundsRead: z.number().int(),
  /** Whether older rounds were left out (there were more than the API reads). */
  olderRoundsLeftOut: z.boolean(),
  questions: z.array(
    z.object({
      /** The draft's question. */
      questionId: z.uuid(),
      lineageId: z.uuid(),
      text: z.string(),
      minRating: z.number().int(),
      candidatesRated: z.number().int(),
      knockedOut: z.number().int(),
    }),
  ),
});
export type RubricKnockOutWhatIf = z.infer<typeof rubricKnockOutWhatIfSchema>;

/** A job's rules as they would stand (the form's values), to count before saving. */
export const jobKnockOutWhatIfQuerySchema = z.object({
  minLanguageLevel: cefrLevelSchema.optional(),
  requireShift: z.enum(['true', 'false']).optional(),
  minTypingWpm: z.coerce.number().int().min(1).max(250).optional(),
});
export type JobKnockOutWhatIfQuery = z.output<typeof jobKnockOutWhatIfQuerySchema>;

/** How many of the job's candidates (rejected and withdrawn aside) each rule would knock out. */
export const jobKnockOutWhatIfSchema = z.object({
  candidates: z.number().int(),
  knockedOut: z.number().int(),
  language: z.number().int(),
  shift: z.number().int(),
  typing: z.number().int(),
});
export type JobKnockOutWhatIf = z.infer<typeof jobKnockOutWhatIfSchema>;
