import { z } from 'zod';

import { pageQuerySchema, paginated } from '../common/pagination.schema';
import { text } from '../common/text.schema';
import { jobShiftSchema } from '../jobs/job-shifts.schema';
import { knockOutFilterSchema, knockOutSchema } from '../knock-outs/knock-outs.schema';
import { cefrLevelSchema } from './candidate-facts.schema';

export const candidateStages = [
  'applied',
  'screening',
  'interviewing',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export const candidateStageSchema = z.enum(candidateStages);
export type CandidateStage = z.infer<typeof candidateStageSchema>;

export type { CefrLevel } from './candidate-facts.schema';
export { cefrLevels, cefrLevelSchema } from './candidate-facts.schema';

export const candidateSources = [
  'job_board',
  'referral',
  'walk_in',
  'social_media',
  'agency',
  'career_site',
  'other',
] as const;
export const candidateSourceSchema = z.enum(candidateSources);
export type CandidateSource = z.infer<typeof candidateSourceSchema>;

/** How people read stages and sources, on screen and in exported files alike. */
export const stageLabels: Record<CandidateStage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
export const sourceLabels: Record<CandidateSource, string> = {
  job_board: 'Job board',
  referral: 'Referral',
  walk_in: 'Walk-in',
  social_media: 'Social media',
  agency: 'Agency',
  career_site: 'Career site',
  other: 'Other',
};

export const languageSkillSchema = z.object({
  language: text().trim().min(1).max(60),
  level: cefrLevelSchema,
});
export type LanguageSkill = z.infer<typeof languageSkillSchema>;

export const candidateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  jobId: z.uuid().nullable(),
  stage: candidateStageSchema,
  stageChangedAt: z.iso.datetime({ offset: true }),
  source: candidateSourceSchema.nullable(),
  languages: z.array(languageSkillSchema),
  shiftAvailability: z.array(jobShiftSchema),
  typingWpm: z.number().int().nullable(),
  notes: z.string(),
  /** Mean of the candidate's round scores on 0–100, from submitted scorecards; null before any. */
  score: z.number().nullable(),
  /**
   * The same with each interviewer's leniency taken out (latest calibration fit; interviewers
   * without a figure count as average); null when `score` is.
   */
  correctedScore: z.number().nullable(),
  /**
   * Some round's panel split (recommendations two or more steps apart, or a third of the
   * questions rated by two or more of them two or more points apart): the average hides it.
   * False when the score is hidden.
   */
  panelSplit: z.boolean(),
  /** True when a score may exist but this viewer may not see it (independence): both scores are null. */
  scoreHidden: z.boolean(),
  /**
   * The knock-out rules the candidate misses (the job's minimum facts, the rubric questions'
   * minimum ratings); empty when none. Question knock-outs are left out while the score is hidden.
   */
  knockOuts: z.array(knockOutSchema),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const stageEventSchema = z.object({
  id: z.uuid(),
  fromStage: candidateStageSchema.nullable(),
  toStage: candidateStageSchema,
  reason: z.string().nullable(),
  actorId: z.uuid().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type StageEvent = z.infer<typeof stageEventSchema>;

export const candidateDetailSchema = candidateSchema.extend({
  stageHistory: z.array(stageEventSchema),
});
export type CandidateDetail = z.infer<typeof candidateDetailSchema>;

/** Phone numbers as people type them: digits, spaces, dashes, dots, parentheses, a leading +. */
const phonePattern = /^\+?[0-9 ().-]{6,24}$/;

export const createCandidateSchema = z.object({
  name: text().trim().min(1, 'Enter the candidate’s name.').max(200),
  email: text()
    .trim()
    .min(1, 'Enter the candidate’s email address.')
    .max(254)
    .pipe(z.email('Enter a valid email address.'))
    .transform((email) => email.toLowerCase()),
  phone: text()
    .trim()
    .regex(phonePattern, 'Enter a phone number of digits, spaces or dashes.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  jobId: z.uuid().optional(),
  source: candidateSourceSchema.optional(),
  languages: z.array(languageSkillSchema).max(10).optional(),
  shiftAvailability: z.array(jobShiftSchema).max(5).optional(),
  typingWpm: z.number().int().min(0).max(250).optional(),
  notes: text().max(10000).optional(),
});
export type CreateCandidateInput = z.input<typeof createCandidateSchema>;
export type CreateCandidate = z.output<typeof createCandidateSchema>;

export const updateCandidateSchema = z
  .object({
    name: createCandidateSchema.shape.name,
    email: createCandidateSchema.shape.email,
    phone: text()
      .trim()
      .regex(phonePattern, 'Enter a phone number of digits, spaces or dashes.')
      .nullable(),
    jobId: z.uuid().nullable(),
    source: candidateSourceSchema.nullable(),
    languages: z.array(languageSkillSchema).max(10),
    shiftAvailability: z.array(jobShiftSchema).max(5),
    typingWpm: z.number().int().min(0).max(250).nullable(),
    notes: text().max(10000),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field.');
export type UpdateCandidate = z.output<typeof updateCandidateSchema>;

export const changeStageSchema = z
  .object({
    stage: candidateStageSchema,
    reason: text().trim().max(1000).optional(),
  })
  .refine((change) => change.stage !== 'rejected' || Boolean(change.reason), {
    message: 'Give a reason for rejecting.',
    path: ['reason'],
  });
export type ChangeStage = z.output<typeof changeStageSchema>;

export const candidateSorts = ['createdAt', 'score', 'name'] as const;

/** Which score a score sort and score bounds read: as rated, or leniency-corrected. */
export const scoreBases = ['raw', 'corrected'] as const;
export const scoreBasisSchema = z.enum(scoreBases);
export type ScoreBasis = z.infer<typeof scoreBasisSchema>;

/** A 0–100 score bound as a query string carries it. */
const scoreBoundSchema = z.coerce.number().min(0).max(100);

/** The filters a pipeline view shares between its table, its board, its counts and its CSV. */
const candidateFilterFields = z.object({
  q: text().trim().max(100).optional(),
  jobId: z.uuid().optional(),
  stage: candidateStageSchema.optional(),
  source: candidateSourceSchema.optional(),
  /** Speaks this language, at any level. */
  language: text().trim().min(1).max(60).optional(),
  /** Available for this shift. */
  shift: jobShiftSchema.optional(),
  /** Scored at least / at most this on 0–100; either bound leaves unscored candidates out. */
  minScore: scoreBoundSchema.optional(),
  maxScore: scoreBoundSchema.optional(),
  /** The score that the bounds and the score sort read (raw when absent). */
  scoreBasis: scoreBasisSchema.optional(),
  /** Only knocked-out candidates, or none of them. */
  knockOut: knockOutFilterSchema.optional(),
});
const scoreRangeInOrder: [
  (filters: { minScore?: number; maxScore?: number }) => boolean,
  { message: string; path: string[] },
] = [
  (filters) =>
    filters.minScore === undefined ||
    filters.maxScore === undefined ||
    filters.minScore <= filters.maxScore,
  { message: 'The lowest score must not be above the highest.', path: ['minScore'] },
];

export const candidateFiltersSchema = candidateFilterFields.refine(...scoreRangeInOrder);
export type CandidateFilters = z.output<typeof candidateFiltersSchema>;

export const listCandidatesQuerySchema = candidateFilterFields
  .extend(pageQuerySchema.shape)
  .extend({
    /**
     * createdAt: newest first; score: highest first (by `scoreBasis`), unscored last; name: A to Z,
     * case and accents aside ("Ávila" beside "Avila").
     */
    sort: z.enum(candidateSorts).default('createdAt'),
  })
  .refine(...scoreRangeInOrder);
export type ListCandidatesQuery = z.output<typeof listCandidatesQuerySchema>;

/** How many candidates the filters match at each stage (the stage filter itself is ignored). */
export const stageCountsSchema = z.object(
  Object.fromEntries(candidateStages.map((stage) => [stage, z.number().int()])) as Record<
    CandidateStage,
    z.ZodNumber
  >,
);
export type StageCounts = z.infer<typeof stageCountsSchema>;

export const candidatePageSchema = paginated(candidateSchema);
export type CandidatePage = z.infer<typeof candidatePageSchema>;

export const candidateIdParamsSchema = z.object({ candidateId: z.uuid() });
