import { z } from 'zod';

import { text } from '../common/text.schema';
import { knockOutMinRatingSchema } from '../knock-outs/knock-outs.schema';

export const RATING_LEVELS = [1, 2, 3, 4, 5] as const;
export const rubricVersionStatuses = ['draft', 'published'] as const;
export const rubricVersionStatusSchema = z.enum(rubricVersionStatuses);
export type RubricVersionStatus = z.infer<typeof rubricVersionStatusSchema>;

/**
 * What an admin edits: categories with weights, questions with guidance and one anchor per rating
 * level. A draft may be incomplete (it is autosaved while typed); publishing checks it is whole.
 * Ids are kept across edits so that an edited question stays the same question.
 */
export const rubricQuestionInputSchema = z.object({
  id: z.uuid().optional(),
  text: text().trim().max(500),
  guidance: text().trim().max(4000).default(''),
  anchors: z.array(text().trim().max(1000)).length(5, 'Give one anchor per rating level, 1 to 5.'),
  /** Optional prompts the interviewer can use to dig deeper. */
  followUps: z.array(text().trim().max(500)).max(10).default([]),
  /** Knock-out: the panel's mean rating must reach this, whatever the score; null: no minimum. */
  knockOutMinRating: knockOutMinRatingSchema.default(null),
});

export const rubricCategoryInputSchema = z.object({
  id: z.uuid().optional(),
  name: text().trim().max(120),
  description: text().trim().max(2000).default(''),
  weight: z.number().min(0).max(100),
  questions: z.array(rubricQuestionInputSchema).max(100),
});

export const rubricContentSchema = z.object({
  categories: z.array(rubricCategoryInputSchema).max(30),
});
export type RubricContentInput = z.input<typeof rubricContentSchema>;
export type RubricContent = z.output<typeof rubricContentSchema>;

export const rubricQuestionSchema = z.object({
  id: z.uuid(),
  /** The same question across versions (kept when a new version is drafted): for diffs. */
  lineageId: z.uuid(),
  position: z.number().int(),
  text: z.string(),
  guidance: z.string(),
  anchors: z.array(z.string()),
  followUps: z.array(z.string()),
  knockOutMinRating: z.number().int().nullable(),
});
export type RubricQuestion = z.infer<typeof rubricQuestionSchema>;

export const rubricCategorySchema = z.object({
  id: z.uuid(),
  lineageId: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  questions: z.array(rubricQuestionSchema),
});
export type RubricCategory = z.infer<typeof rubricCategorySchema>;

export const rubricVersionSummarySchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: rubricVersionStatusSchema,
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Interview rounds pinned to this version: how much scoring depends on it. */
  roundCount: z.number().int(),
});
export type RubricVersionSummary = z.infer<typeof rubricVersionSummarySchema>;

export const rubricVersionSchema = rubricVersionSummarySchema.extend({
  rubricId: z.uuid(),
  rubricName: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
  /** The draft's edit revision: every save adds one; a save sends it as `If-Match: "<revision>"`. */
  revision: z.number().int(),
  categories: z.array(rubricCategorySchema),
});
export type RubricVersion = z.infer<typeof rubricVersionSchema>;

export const rubricSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The newest published version: what new rounds pin. */
  currentVersionId: z.uuid().nullable(),
  versions: z.array(rubricVersionSummarySchema),
});
export type Rubric = z.infer<typeof rubricSchema>;

export const rubricListSchema = z.object({ items: z.array(rubricSchema) });
export type RubricList = z.infer<typeof rubricListSchema>;

export const createRubricSchema = z.object({
  name: text().trim().min(1, 'Name the rubric.').max(200),
  description: text().trim().max(2000).default(''),
  /** The first draft's content; empty when omitted. */
  content: rubricContentSchema.optional(),
});
export type CreateRubricInput = z.input<typeof createRubricSchema>;
export type CreateRubric = z.output<typeof createRubricSchema>;

/** The question bank: questions of every rubric, to copy into a draft. */
export const questionBankQuerySchema = z.object({
  q: text().trim().min(2, 'Type at least 2 characters.').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type QuestionBankQuery = z.output<typeof questionBankQuerySchema>;

export const questionBankItemSchema = z.object({
  questionId: z.uuid(),
  text: z.string(),
  guidance: z.string(),
  anchors: z.array(z.string()),
  followUps: z.array(z.string()),
  categoryName: z.string(),
  rubricId: z.uuid(),
  rubricName: z.string(),
  versionId: z.uuid(),
  version: z.number().int(),
  versionStatus: rubricVersionStatusSchema,
});
export type QuestionBankItem = z.infer<typeof questionBankItemSchema>;
export const questionBankSchema = z.object({ items: z.array(questionBankItemSchema) });

export const rubricIdParamsSchema = z.object({ rubricId: z.uuid() });
export const rubricVersionIdParamsSchema = z.object({ versionId: z.uuid() });
