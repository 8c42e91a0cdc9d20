import { z } from 'zod';

import { text } from '../common/text.schema';
import { JobShift, jobShifts } from '../jobs/jobs.schema';
import {
  CandidateSource,
  candidateSources,
  cefrLevels,
  CreateCandidate,
  createCandidateSchema,
  LanguageSkill,
  sourceLabels,
} from './candidates.schema';

/** Rows per request: a 10,000-row file goes in 20 requests, each well under the body limit. */
export const CANDIDATE_IMPORT_BATCH = 500;
export const CANDIDATE_IMPORT_MAX_ROWS = 50_000;

/** The columns an import understands, as the file's header names them (see importColumnFor). */
export const candidateImportColumns = [
  'name',
  'email',
  'phone',
  'source',
  'languages',
  'shifts',
  'typing_wpm',
] as const;
export type CandidateImportColumn = (typeof candidateImportColumns)[number];

const headerAliases: Record<string, CandidateImportColumn> = {
  name: 'name',
  'full name': 'name',
  'candidate name': 'name',
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  phone: 'phone',
  mobile: 'phone',
  'phone number': 'phone',
  source: 'source',
  languages: 'languages',
  language: 'languages',
  shift: 'shifts',
  shifts: 'shifts',
  'shift availability': 'shifts',
  'typing wpm': 'typing_wpm',
  typing_wpm: 'typing_wpm',
  wpm: 'typing_wpm',
  'typing speed': 'typing_wpm',
  'typing speed (wpm)': 'typing_wpm',
};

/** The column a header names ("Full name", "E-mail", "Typing WPM"…), or undefined if none. */
export function importColumnFor(header: string): CandidateImportColumn | undefined {
  return headerAliases[header.trim().toLowerCase().replace(/\s+/g, ' ')];
}

const cell = text().max(10_000).optional();

/** One CSV row as read, cells as text; `row` is its line in the file (the header is line 1). */
export const importRowSchema = z.object({
  row: z.number().int().min(2),
  name: cell,
  email: cell,
  phone: cell,
  source: cell,
  languages: cell,
  shifts: cell,
  typing_wpm: cell,
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importBatchSchema = z.object({
  rows: z.array(importRowSchema).min(1).max(CANDIDATE_IMPORT_BATCH),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const importRowErrorSchema = z.object({
  field: z.enum(candidateImportColumns),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importCheckSchema = z.object({
  rows: z.array(
    z.object({
      row: z.number().int(),
      email: z.string(),
      errors: z.array(importRowErrorSchema),
      /** A candidate with this email exists already: the row would be skipped. */
      duplicate: z.boolean(),
    }),
  ),
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

export const importResultSchema = z.object({
  created: z.number().int(),
  duplicates: z.array(z.object({ row: z.number().int(), email: z.string() })),
  invalid: z.array(z.object({ row: z.number().int(), errors: z.array(importRowErrorSchema) })),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const listSeparator = /[;|,]/;
const words = (value: string) =>
  value
    .split(listSeparator)
    .map((part) => part.trim())
    .filter(Boolean);

function parseSource(value: string): CandidateSource | string {
  const wanted = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (
    candidateSources.find(
      (source) =>
        source === wanted || sourceLabels[source].toLowerCase().replace(/[\s-]+/g, '_') === wanted,
    ) ?? value
  );
}

/**
 * A CSV row to a candidate of `jobId`, or the row's problems, one per column: the same rules as
 * adding a candidate by hand, plus the file's formats ("Spanish C1; English B2", "day; night").
 */
export function parseImportRow(
  raw: ImportRow,
  jobId: string,
): { candidate: CreateCandidate; errors: [] } | { candidate: undefined; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const text = (value: string | undefined) => value?.trim() ?? '';

  let source: CandidateSource | undefined;
  if (text(raw.source)) {
    const parsed = parseSource(text(raw.source));
    if ((candidateSources as readonly string[]).includes(parsed))
      source = parsed as CandidateSource;
    else
      errors.push({
        field: 'source',
        message: `Unknown source “${text(raw.source)}”. Use one of: ${candidateSources.map((s) => sourceLabels[s]).join(', ')}.`,
      });
  }

  const languages: LanguageSkill[] = [];
  for (const entry of words(text(raw.languages))) {
    const match = /^(.+?)\s*[(\s-]\s*(A1|A2|B1|B2|C1|C2)\)?$/i.exec(entry);
    const level = match?.[2]?.toUpperCase() as (typeof cefrLevels)[number] | undefined;
    if (!match?.[1] || !level) {
      errors.push({
        field: 'languages',
        message: `Give “${entry}” a CEFR level (A1–C2), e.g. “Spanish B2”.`,
      });
    } else languages.push({ language: match[1].trim(), level });
  }

  const shifts: JobShift[] = [];
  for (const entry of words(text(raw.shifts))) {
    const shift = jobShifts.find((s) => s === entry.toLowerCase());
    if (shift) shifts.push(shift);
    else
      errors.push({
        field: 'shifts',
        message: `Unknown shift “${entry}”. Use ${jobShifts.join(', ')}.`,
      });
  }

  let typingWpm: number | undefined;
  if (text(raw.typing_wpm)) {
    const value = Number(text(raw.typing_wpm));
    if (Number.isInteger(value) && value >= 0 && value <= 250) typingWpm = value;
    else
      errors.push({
        field: 'typing_wpm',
        message: 'Typing speed is a whole number from 0 to 250.',
      });
  }

  const parsed = createCandidateSchema.safeParse({
    name: text(raw.name),
    email: text(raw.email),
    phone: text(raw.phone),
    jobId,
    source,
    languages,
    shiftAvailability: [...new Set(shifts)],
    typingWpm,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'name' || field === 'email' || field === 'phone')
        errors.push({ field, message: issue.message });
      else if (field === 'languages') errors.push({ field: 'languages', message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) {
    return {
      candidate: undefined,
      errors: errors.length ? errors : [{ field: 'name', message: 'This row is not valid.' }],
    };
  }
  return { candidate: parsed.data, errors: [] };
}
