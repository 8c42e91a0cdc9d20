import {
  OUTCOME_IMPORT_MAX_ROWS,
  OutcomeImportColumn,
  outcomeImportColumnFor,
  outcomeImportColumnLabel,
  OutcomeImportRow,
} from '@calibrate/contracts';
import Papa from 'papaparse';

export interface OutcomeCsv {
  rows: OutcomeImportRow[];
  /** The file's headers the import reads, and as what ("QA Score" → Nesting QA score). */
  columns: { header: string; column: OutcomeImportColumn; label: string }[];
  /** Header names the import does not use (reported, not an error). */
  ignoredColumns: string[];
}

/**
 * A CSV file's text to outcome rows, by its header: "Agent email", "QA score", "AHT (sec)",
 * "Retained 90" and the like map to their column. Row 2 is the first row under the header (blank
 * lines skipped). An empty cell is left out of the row: the stored figure stays as it is.
 */
export function readOutcomeCsv(text: string): OutcomeCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const mapping = new Map<string, OutcomeImportColumn>();
  const ignoredColumns: string[] = [];
  for (const header of headers) {
    const column = outcomeImportColumnFor(header);
    // The first header naming a column wins; a second "CSAT" is reported as not imported.
    if (column && ![...mapping.values()].includes(column)) mapping.set(header, column);
    else if (header) ignoredColumns.push(header);
  }
  const columns = [...mapping].map(([header, column]) => ({
    header,
    column,
    label: outcomeImportColumnLabel(column),
  }));
  const found = headers.join(', ') || 'nothing';
  if (!columns.some((c) => c.column === 'email'))
    throw new Error(
      `The file needs a header row with an “email” column (the hire’s email). Found: ${found}.`,
    );
  if (!columns.some((c) => c.column !== 'email'))
    throw new Error(
      `The file has no outcome column: add one of nesting QA, AHT, FCR, CSAT, 30 day or 90 day. Found: ${found}.`,
    );
  if (parsed.data.length === 0) throw new Error('The file has a header but no rows.');
  if (parsed.data.length > OUTCOME_IMPORT_MAX_ROWS) {
    throw new Error(
      `The file has ${parsed.data.length.toLocaleString('en')} rows; import at most ${OUTCOME_IMPORT_MAX_ROWS.toLocaleString('en')} at a time.`,
    );
  }
  const rows = parsed.data.map((record, index) => {
    const row: OutcomeImportRow = { row: index + 2 };
    for (const [header, column] of mapping) {
      const value = record[header]?.trim();
      if (value) row[column] = value;
    }
    return row;
  });
  return { rows, columns, ignoredColumns };
}

/** Splits rows into the API's batches. */
export function batches<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size)
    result.push(items.slice(index, index + size));
  return result;
}
