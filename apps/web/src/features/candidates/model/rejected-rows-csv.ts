import { ImportCheck, ImportRow } from '@calibrate/contracts';
import Papa from 'papaparse';

/** The import's own column names: a corrected file imports again as it is. */
const columns = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['source', 'Source'],
  ['languages', 'Languages'],
  ['shifts', 'Shifts'],
  ['typing_wpm', 'Typing WPM'],
] as const satisfies readonly (readonly [keyof ImportRow, string])[];

export const DUPLICATE_PROBLEM = 'Duplicate: a candidate with this email exists';

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * a leading apostrophe keeps the file's text as text.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** How many rows the check leaves out: rows with errors, and duplicates. */
export function rejectedRows(check: ImportCheck['rows']): ImportCheck['rows'] {
  return check.filter((row) => row.errors.length > 0 || row.duplicate);
}

/**
 * The rows an import leaves out, as a CSV to fix and import again: the file's row number, the
 * row's cells as read, and what is wrong with it. Null when no row is left out.
 */
export function rejectedRowsCsv(rows: ImportRow[], check: ImportCheck['rows']): string | null {
  const rejected = rejectedRows(check);
  if (rejected.length === 0) return null;
  const byRow = new Map(rows.map((row) => [row.row, row]));
  const data = rejected.map((checked) => {
    const row = byRow.get(checked.row);
    const problem =
      checked.errors.length > 0
        ? checked.errors.map((error) => `${error.field}: ${error.message}`).join('; ')
        : DUPLICATE_PROBLEM;
    return [String(checked.row), ...columns.map(([key]) => row?.[key] ?? ''), problem].map(
      safeCell,
    );
  });
  return Papa.unparse(
    { fields: ['Row', ...columns.map(([, label]) => label), 'Problem'], data },
    { newline: '\r\n' },
  );
}
