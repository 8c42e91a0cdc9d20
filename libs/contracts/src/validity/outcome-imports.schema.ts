import { z } from 'zod';

import {
  CandidateStage,
  createCandidateSchema,
  stageLabels,
} from '../candidates/candidates.schema';
import { text } from '../common/text.schema';
import {
  outcomeDefinitions,
  OutcomeKey,
  outcomeKeys,
  outcomeKeySchema,
  RecordOutcomes,
  recordOutcomesSchema,
} from './validity.schema';

/**
 * Post-hire outcomes from a CSV, the way a site's workforce team keeps them: one row per hire,
 * found by the candidate's email, with any of the outcome columns. Checked first (nothing
 * written), then imported in batches, the valid rows only.
 *
 * How a row changes the stored record (it **merges**, it never replaces):
 * - a figure in the row replaces the stored one;
 * - a column the file does not have leaves the stored figure as it is;
 * - an **empty cell leaves the stored figure as it is too**: a blank in a spreadsheet is "not
 *   known here" (a 90-day column filled in later, a QA score still to come), not "erase it". An
 *   import never clears a figure; to clear one, edit the record on the candidate's profile;
 * - a row that changes nothing (the same file again, or no figures at all) is reported as
 *   unchanged and writes nothing, not even an audit event.
 *
 * Cell formats:
 * - percentages and the QA score: "78", "78.5" or "78%" (on the 0–100 scale: "0.78" is 0.78%);
 * - average handle time: seconds ("395", "395s", decimals rounded to the second) or a duration
 *   ("6:35" m:ss, "0:06:35" h:mm:ss);
 * - still employed: yes / y / true / 1 / active / employed / retained for yes; no / n / false /
 *   0 / left / terminated / resigned / separated / inactive for no (any case).
 */

/** Rows per request, as the candidate import: a 10,000-row file goes in 20 requests. */
export const OUTCOME_IMPORT_BATCH = 500;
export const OUTCOME_IMPORT_MAX_ROWS = 20_000;

/** The columns an import understands: the hire's email and the outcomes. */
export const outcomeImportColumns = ['email', ...outcomeKeys] as const;
export type OutcomeImportColumn = (typeof outcomeImportColumns)[number];

const normalHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

const headerAliases: Record<string, OutcomeImportColumn> = {
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  'e-mail address': 'email',
  'candidate email': 'email',
  'candidate e-mail': 'email',
  'agent email': 'email',
  'agent e-mail': 'email',
  'employee email': 'email',
  'hire email': 'email',
  // The figures' labels ("Nesting QA score", "CSAT"…), as the rejected rows' download writes them.
  ...Object.fromEntries(
    outcomeKeys.map((key) => [normalHeader(outcomeDefinitions[key].label), key]),
  ),
  // Their API names too ("nestingQaScore").
  ...Object.fromEntries(outcomeKeys.map((key) => [key.toLowerCase(), key])),
  'nesting qa': 'nestingQaScore',
  'nesting score': 'nestingQaScore',
  'qa score': 'nestingQaScore',
  qa: 'nestingQaScore',
  'qa %': 'nestingQaScore',
  'quality score': 'nestingQaScore',
  aht: 'averageHandleTimeSeconds',
  'aht (sec)': 'averageHandleTimeSeconds',
  'aht (s)': 'averageHandleTimeSeconds',
  'aht (seconds)': 'averageHandleTimeSeconds',
  'aht sec': 'averageHandleTimeSeconds',
  'aht seconds': 'averageHandleTimeSeconds',
  'average handle time (sec)': 'averageHandleTimeSeconds',
  'average handle time (seconds)': 'averageHandleTimeSeconds',
  'avg handle time': 'averageHandleTimeSeconds',
  'handle time': 'averageHandleTimeSeconds',
  fcr: 'firstContactResolutionPercent',
  'fcr %': 'firstContactResolutionPercent',
  'fcr (%)': 'firstContactResolutionPercent',
  'first contact resolution': 'firstContactResolutionPercent',
  'first call resolution': 'firstContactResolutionPercent',
  'first-contact resolution %': 'firstContactResolutionPercent',
  'first contact resolution %': 'firstContactResolutionPercent',
  csat: 'csatPercent',
  'csat %': 'csatPercent',
  'csat (%)': 'csatPercent',
  'customer satisfaction': 'csatPercent',
  '30 day': 'employedAt30Days',
  '30 days': 'employedAt30Days',
  '30-day': 'employedAt30Days',
  '30 day retention': 'employedAt30Days',
  'active at 30 days': 'employedAt30Days',
  'employed at 30 days': 'employedAt30Days',
  'retained 30': 'employedAt30Days',
  'retained 30 days': 'employedAt30Days',
  'retained at 30 days': 'employedAt30Days',
  'still employed 30 days': 'employedAt30Days',
  'still employed (30 days)': 'employedAt30Days',
  'employed 30 days': 'employedAt30Days',
  '90 day': 'employedAt90Days',
  '90 days': 'employedAt90Days',
  '90-day': 'employedAt90Days',
  '90 day retention': 'employedAt90Days',
  'active at 90 days': 'employedAt90Days',
  'employed at 90 days': 'employedAt90Days',
  'retained 90': 'employedAt90Days',
  'retained 90 days': 'employedAt90Days',
  'retained at 90 days': 'employedAt90Days',
  'still employed 90 days': 'employedAt90Days',
  'still employed (90 days)': 'employedAt90Days',
  'employed 90 days': 'employedAt90Days',
};

/** The column a header names ("Agent Email", "AHT (sec)", "Retained 90"…), or undefined. */
export function outcomeImportColumnFor(header: string): OutcomeImportColumn | undefined {
  return headerAliases[normalHeader(header)];
}

/** How the import names a column to people: "Email", or the outcome's label. */
export const outcomeImportColumnLabel = (column: OutcomeImportColumn): string =>
  column === 'email' ? 'Email' : outcomeDefinitions[column].label;

const cell = text().max(10_000).optional();

/**
 * One CSV row as read, cells as text; `row` is its line in the file (the header is line 1). An
 * empty cell is sent as no cell: both leave the stored figure as it is.
 */
export const outcomeImportRowSchema = z.object({
  row: z.number().int().min(2),
  email: cell,
  nestingQaScore: cell,
  averageHandleTimeSeconds: cell,
  firstContactResolutionPercent: cell,
  csatPercent: cell,
  employedAt30Days: cell,
  employedAt90Days: cell,
});
export type OutcomeImportRow = z.infer<typeof outcomeImportRowSchema>;

export const outcomeImportBatchSchema = z.object({
  rows: z.array(outcomeImportRowSchema).min(1).max(OUTCOME_IMPORT_BATCH),
});
export type OutcomeImportBatch = z.infer<typeof outcomeImportBatchSchema>;

export const outcomeImportRowErrorSchema = z.object({
  field: z.enum(outcomeImportColumns),
  message: z.string(),
});
export type OutcomeImportRowError = z.infer<typeof outcomeImportRowErrorSchema>;

export const outcomeImportCheckSchema = z.object({
  rows: z.array(
    z.object({
      row: z.number().int(),
      /** As read, lower-cased. */
      email: z.string(),
      /** The hire the email names; null when none does. */
      candidateName: z.string().nullable(),
      errors: z.array(outcomeImportRowErrorSchema),
      /** The figures the row would change; none: the row is unchanged and writes nothing. */
      changes: z.array(outcomeKeySchema),
    }),
  ),
});
export type OutcomeImportCheck = z.infer<typeof outcomeImportCheckSchema>;
export type OutcomeImportCheckRow = OutcomeImportCheck['rows'][number];

export const outcomeImportResultSchema = z.object({
  /** Hires whose record the import changed (one `candidate.outcomes_recorded` event each). */
  recorded: z.number().int(),
  /** Rows that changed nothing. */
  unchanged: z.array(z.object({ row: z.number().int(), email: z.string() })),
  invalid: z.array(
    z.object({ row: z.number().int(), errors: z.array(outcomeImportRowErrorSchema) }),
  ),
});
export type OutcomeImportResult = z.infer<typeof outcomeImportResultSchema>;

/** The figures a row gives: only those in it (the rest are left as stored). */
export type OutcomeFigures = Partial<RecordOutcomes>;

type NumberRule = { min: number | null; max: number | null; integer: boolean };

/** A figure's bounds, read from `recordOutcomesSchema` (the one place they are written). */
function numberRule(key: OutcomeKey): NumberRule {
  const inner = (
    recordOutcomesSchema.shape[key] as unknown as {
      in: {
        unwrap(): {
          unwrap(): { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
        };
      };
    }
  ).in
    .unwrap()
    .unwrap();
  return {
    min:
      typeof inner.minValue === 'number' && Number.isFinite(inner.minValue) ? inner.minValue : null,
    max:
      typeof inner.maxValue === 'number' && Number.isFinite(inner.maxValue) ? inner.maxValue : null,
    integer: inner.isInt === true,
  };
}

/** "from 0 to 100", "from 1 to 7200 seconds": what a figure may be. */
export function outcomeRangeText(key: OutcomeKey): string {
  const { min, max } = numberRule(key);
  const unit = outcomeDefinitions[key].unit === 'seconds' ? ' seconds' : '';
  if (min !== null && max !== null) return `from ${min} to ${max}${unit}`;
  if (min !== null) return `at least ${min}${unit}`;
  if (max !== null) return `at most ${max}${unit}`;
  return 'a number';
}

const yes = new Set(['yes', 'y', 'true', '1', 'active', 'employed', 'retained']);
const no = new Set([
  'no',
  'n',
  'false',
  '0',
  'left',
  'terminated',
  'resigned',
  'separated',
  'inactive',
]);

/** A yes/no cell, or undefined when it is neither. */
export function parseYesNo(value: string): boolean | undefined {
  const word = value.trim().toLowerCase();
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return undefined;
}

/** "395", "395s", "395 sec", "6:35", "0:06:35" to seconds (decimals kept); undefined if neither. */
export function parseHandleTime(value: string): number | undefined {
  const cellText = value.trim().toLowerCase();
  const seconds = /^(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)?$/.exec(cellText);
  if (seconds?.[1]) return Number(seconds[1]);
  const clock = /^(?:(\d+):)?(\d+):([0-5]\d(?:\.\d+)?)$/.exec(cellText);
  if (clock?.[2] && clock[3]) {
    const hours = clock[1] ? Number(clock[1]) : 0;
    if (clock[1] && Number(clock[2]) > 59) return undefined;
    return hours * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  }
  return undefined;
}

/** "78", "78.5", "78%", "78 %" to a number; undefined if it is not one. */
export function parsePercent(value: string): number | undefined {
  const match = /^([-+]?\d+(?:\.\d+)?|[-+]?\.\d+)\s*%?$/.exec(value.trim());
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * A CSV row's email and figures, or its problems, one per column: each figure by the same rules
 * as recording it by hand (`recordOutcomesSchema`), in the file's formats. Whether the email
 * names a hire is the API's part (`evaluate` in the import service).
 */
export function parseOutcomeImportRow(raw: OutcomeImportRow): {
  email: string;
  figures: OutcomeFigures;
  errors: OutcomeImportRowError[];
} {
  const errors: OutcomeImportRowError[] = [];
  const figures: OutcomeFigures = {};
  const email = createCandidateSchema.shape.email.safeParse(raw.email ?? '');
  if (!email.success)
    errors.push({ field: 'email', message: email.error.issues[0]?.message ?? 'Enter an email.' });

  for (const key of outcomeKeys) {
    const value = raw[key]?.trim() ?? '';
    if (!value) continue;
    const { label } = outcomeDefinitions[key];
    if (outcomeDefinitions[key].kind === 'binary') {
      const parsed = parseYesNo(value);
      if (parsed === undefined)
        errors.push({
          field: key,
          message: `${label}: “${value}” is not yes or no. Use yes/no, y/n, true/false, 1/0, active/left or terminated.`,
        });
      else figures[key as 'employedAt30Days' | 'employedAt90Days'] = parsed;
      continue;
    }
    const isTime = key === 'averageHandleTimeSeconds';
    const read = isTime ? parseHandleTime(value) : parsePercent(value);
    if (read === undefined || !Number.isFinite(read)) {
      errors.push({
        field: key,
        message: isTime
          ? `${label}: “${value}” is not a time. Use seconds (“395”) or minutes and seconds (“6:35”).`
          : `${label}: “${value}” is not a number. Use e.g. “78” or “78%”.`,
      });
      continue;
    }
    const number = numberRule(key).integer ? Math.round(read) : read;
    const checked = recordOutcomesSchema.shape[key].safeParse(number);
    if (!checked.success || typeof checked.data !== 'number') {
      errors.push({
        field: key,
        message: `${label} must be ${outcomeRangeText(key)}; this row has ${value}.`,
      });
      continue;
    }
    figures[key as Exclude<OutcomeKey, 'employedAt30Days' | 'employedAt90Days'>] = checked.data;
  }
  return {
    email: email.success ? email.data : (raw.email ?? '').trim().toLowerCase(),
    figures,
    errors,
  };
}

/** No figure recorded. */
export const emptyOutcomes = (): RecordOutcomes => ({
  nestingQaScore: null,
  averageHandleTimeSeconds: null,
  firstContactResolutionPercent: null,
  csatPercent: null,
  employedAt30Days: null,
  employedAt90Days: null,
});

/** The stored record with a row's figures merged in: those it gives replace, the rest stay. */
export function mergeOutcomes(
  stored: RecordOutcomes | null,
  figures: OutcomeFigures,
): RecordOutcomes {
  const merged = { ...(stored ?? emptyOutcomes()) };
  for (const key of outcomeKeys) {
    const value = figures[key];
    if (value !== undefined && value !== null) (merged as Record<OutcomeKey, unknown>)[key] = value;
  }
  return merged;
}

/** The figures that differ between two records. */
export function changedOutcomes(
  before: RecordOutcomes | null,
  after: RecordOutcomes,
): OutcomeKey[] {
  const from = before ?? emptyOutcomes();
  return outcomeKeys.filter((key) => from[key] !== after[key]);
}

/** "No candidate with this email", "…is at Interviewing": why an email names no hire to record. */
export const outcomeImportMessages = {
  unknownEmail: 'No candidate with this email.',
  notHired: (stage: CandidateStage) =>
    `This candidate is at ${stageLabels[stage]}: outcomes are recorded for hired candidates only.`,
  repeated: (firstRow: number) =>
    `This email is also on row ${firstRow}: each hire once per file (this row is left out).`,
};
