import {
  OutcomeImportCheckRow,
  outcomeImportColumnLabel,
  outcomeImportColumns,
  OutcomeImportRow,
} from '@calibrate/contracts';
import Papa from 'papaparse';

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * a leading apostrophe keeps the file's text as text.
 */
const safeCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The rows the check leaves out: those with errors (an unchanged row is not rejected). */
export function rejectedOutcomeRows(check: OutcomeImportCheckRow[]): OutcomeImportCheckRow[] {
  return check.filter((row) => row.errors.length > 0);
}

/**
 * The rows an import leaves out, as a CSV to fix and import again: the file's row number, the
 * row's cells under the import's own column names (they import as they are), and the problems.
 * Null when no row is left out.
 */
export function outcomeRejectedRowsCsv(
  rows: OutcomeImportRow[],
  check: OutcomeImportCheckRow[],
): string | null {
  const rejected = rejectedOutcomeRows(check);
  if (rejected.length === 0) return null;
  const byRow = new Map(rows.map((row) => [row.row, row]));
  const data = rejected.map((checked) => {
    const row = byRow.get(checked.row);
    const problem = checked.errors.map((error) => error.message).join('; ');
    return [
      String(checked.row),
      ...outcomeImportColumns.map((column) => row?.[column] ?? ''),
      problem,
    ].map(safeCell);
  });
  return Papa.unparse(
    { fields: ['Row', ...outcomeImportColumns.map(outcomeImportColumnLabel), 'Problem'], data },
    { newline: '\r\n' },
  );
}
