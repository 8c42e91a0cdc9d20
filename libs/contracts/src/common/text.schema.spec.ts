import { z } from 'zod';

import * as contracts from '../index';
import { isStorableText, text } from './text.schema';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('text(): the one string schema every client-sent text goes through', () => {
  it('takes ordinary text, emoji (surrogate pairs) and other scripts unchanged', () => {
    for (const value of ['', 'Ana Dela Cruz', 'Señora Ñuñez', '日本語', 'calm 😀 caller', '\t\n']) {
      expect(text().parse(value)).toBe(value);
    }
  });

  it('refuses U+0000 anywhere, naming the field', () => {
    const schema = z.object({ name: text().trim().min(1).max(200) });
    expect(issues(schema.safeParse({ name: 'Ana\u0000' }))).toEqual([
      ['name', 'name contains a NUL character (U+0000), which cannot be stored: remove it.'],
    ]);
    expect(schema.safeParse({ name: '\u0000' }).success).toBe(false);
  });

  it('names a nested field the way a client addresses it', () => {
    const schema = z.object({
      content: z.object({ categories: z.array(z.object({ anchors: z.array(text()) })) }),
    });
    const result = schema.safeParse({ content: { categories: [{ anchors: ['ok', 'a\u0000b'] }] } });
    expect(issues(result)).toEqual([
      [
        'content.categories.0.anchors.1',
        'content.categories[0].anchors[1] contains a NUL character (U+0000), which cannot be stored: remove it.',
      ],
    ]);
  });

  it('refuses lone UTF-16 surrogates (high or low), which the database would silently alter', () => {
    for (const value of ['\uD83D', 'a\uDE00', '\uDE00\uD83D', 'end \uD800']) {
      expect(isStorableText(value)).toBe(false);
      expect(issues(z.object({ note: text() }).safeParse({ note: value }))).toEqual([
        [
          'note',
          'note contains an unpaired UTF-16 surrogate (not valid Unicode): send well-formed text.',
        ],
      ]);
    }
    expect(isStorableText('\uD83D\uDE00')).toBe(true);
  });

  it('keeps the field rules chained after it (trim, lengths)', () => {
    const schema = text().trim().min(1).max(3);
    expect(schema.parse('  ab ')).toBe('ab');
    expect(schema.safeParse('abcd').success).toBe(false);
  });
});

/**
 * The guard that keeps it "one place": every string a client can send, in every request schema
 * the API validates, is built on `text()` (or is a format such as a uuid, email or date-time that
 * cannot hold U+0000 or a lone surrogate). A new `z.string()` in a request schema fails here.
 */
describe('every request schema builds its strings on text()', () => {
  const requestSchemas: Record<string, z.ZodType> = {
    loginSchema: contracts.loginSchema,
    changePasswordSchema: contracts.changePasswordSchema,
    resetPasswordSchema: contracts.resetPasswordSchema,
    passwordResetTokenParamsSchema: contracts.passwordResetTokenParamsSchema,
    createUserSchema: contracts.createUserSchema,
    updateUserSchema: contracts.updateUserSchema,
    createCandidateSchema: contracts.createCandidateSchema,
    updateCandidateSchema: contracts.updateCandidateSchema,
    changeStageSchema: contracts.changeStageSchema,
    listCandidatesQuerySchema: contracts.listCandidatesQuerySchema,
    importBatchSchema: contracts.importBatchSchema,
    createRubricSchema: contracts.createRubricSchema,
    rubricContentSchema: contracts.rubricContentSchema,
    questionBankQuerySchema: contracts.questionBankQuerySchema,
    createJobSchema: contracts.createJobSchema,
    updateJobSchema: contracts.updateJobSchema,
    listJobsQuerySchema: contracts.listJobsQuerySchema,
    createRoundSchema: contracts.createRoundSchema,
    updateRoundSchema: contracts.updateRoundSchema,
    listRoundsQuerySchema: contracts.listRoundsQuerySchema,
    roundBookingsQuerySchema: contracts.roundBookingsQuerySchema,
    saveAnswerSchema: contracts.saveAnswerSchema,
    updateScorecardSchema: contracts.updateScorecardSchema,
    declineScorecardSchema: contracts.declineScorecardSchema,
    amendScorecardSchema: contracts.amendScorecardSchema,
    comparisonQuerySchema: contracts.comparisonQuerySchema,
    calibrationFiltersSchema: contracts.calibrationFiltersSchema,
    candidateFiltersSchema: contracts.candidateFiltersSchema,
    userIdParamsSchema: contracts.userIdParamsSchema,
    candidateIdParamsSchema: contracts.candidateIdParamsSchema,
    answerParamsSchema: contracts.answerParamsSchema,
    feedbackOwedQuerySchema: contracts.feedbackOwedQuerySchema,
    listAuditEventsQuerySchema: contracts.listAuditEventsQuerySchema,
  };

  /** Formats whose pattern admits neither U+0000 nor a lone surrogate. */
  const safeFormats = new Set(['uuid', 'email', 'datetime']);

  function freeStrings(schema: z.ZodType, path: string, found: string[]): string[] {
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    const walk = (inner: unknown, at = path) => freeStrings(inner as z.ZodType, at, found);
    switch (def.type) {
      case 'string': {
        const checks = (def.checks ?? []) as { _zod: { def: { fn?: unknown } } }[];
        const guarded = checks.some((check) => check._zod.def.fn === isStorableText);
        if (!guarded && !safeFormats.has(String(def.format))) found.push(path);
        break;
      }
      case 'object':
        for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
          walk(value, `${path}.${key}`);
        }
        break;
      case 'array':
        walk(def.element, `${path}[]`);
        break;
      case 'union':
        (def.options as unknown[]).forEach((option) => walk(option));
        break;
      case 'pipe':
        walk(def.in);
        break;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'catch':
      case 'readonly':
      case 'nonoptional':
        walk(def.innerType);
        break;
      default:
        break;
    }
    return found;
  }

  it.each(Object.entries(requestSchemas))('%s', (name, schema) => {
    expect(schema).toBeDefined();
    expect(freeStrings(schema, name, [])).toEqual([]);
  });

  it('would catch a bare z.string()', () => {
    expect(freeStrings(z.object({ note: z.string().optional() }), 'probe', [])).toEqual([
      'probe.note',
    ]);
  });
});
