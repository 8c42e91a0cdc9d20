import {
  CANDIDATE_IMPORT_MAX_ROWS,
  CandidateImportColumn,
  importColumnFor,
  ImportRow,
} from '@calibrate/contracts';
import Papa from 'papaparse';

export interface CandidateCsv {
  rows: ImportRow[];
  /** Header names the import does not use (reported, not an error). */
  ignoredColumns: string[];
}

/**
 * A CSV file's text to import rows, by its header: "Full name", "E-mail", "Typing WPM" and the
 * like all map to their column. Row 2 is the first row under the header (blank lines skipped).
 */
export function readCandidateCsv(text: string): CandidateCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const mapping = new Map<string, CandidateImportColumn>();
  const ignoredColumns: string[] = [];
  for (const header of headers) {
    const column = importColumnFor(header);
    if (column && ![...mapping.values()].includes(column)) mapping.set(header, column);
    else if (header) ignoredColumns.push(header);
  }
  const columns = new Set(mapping.values());
  const missing = (['name', 'email'] as const).filter((column) => !columns.has(column));
  if (missing.length > 0) {
    throw new Error(
      `The file needs a header row with ${missing.map((c) => `“${c}”`).join(' and ')} columns. Found: ${headers.join(', ') || 'nothing'}.`,
    );
  }
  if (parsed.data.length === 0) throw new Error('The file has a header but no rows.');
  if (parsed.data.length > CANDIDATE_IMPORT_MAX_ROWS) {
    throw new Error(
      `The file has ${parsed.data.length.toLocaleString('en')} rows; import at most ${CANDIDATE_IMPORT_MAX_ROWS.toLocaleString('en')} at a time.`,
    );
  }
  const rows = parsed.data.map((record, index) => {
    const row: ImportRow = { row: index + 2 };
    for (const [header, column] of mapping) {
      const value = record[header];
      if (value !== undefined && value !== '') row[column] = value;
    }
    return row;
  });
  return { rows, ignoredColumns };
}

/** Splits rows into the API's batches. */
export function batches<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size)
    result.push(items.slice(index, index + size));
  return result;
}
