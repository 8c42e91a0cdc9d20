import {
  CandidateStage,
  changedOutcomes,
  mergeOutcomes,
  OutcomeImportCheckRow,
  outcomeImportMessages,
  OutcomeImportRow,
  OutcomeImportRowError,
  OutcomeKey,
  parseOutcomeImportRow,
  RecordOutcomes,
} from '@calibrate/contracts';

/** A candidate an import row's email names, with the record stored now (null: none yet). */
export interface ImportTarget {
  id: string;
  email: string;
  name: string;
  stage: CandidateStage;
  stored: RecordOutcomes | null;
}

/** A row as the import sees it: its problems, or the record it would write and what changes. */
export interface EvaluatedRow {
  row: number;
  email: string;
  candidateName: string | null;
  errors: OutcomeImportRowError[];
  changes: OutcomeKey[];
  /** Set when the row is valid and changes something. */
  write?: { candidateId: string; before: RecordOutcomes | null; after: RecordOutcomes };
}

/**
 * Each row against the candidates its email names: unknown email, not hired (naming the stage),
 * out-of-range figures (naming the column) and a repeated email (on the later row) are errors; a
 * valid row merges into the stored record (see `outcome-imports.schema.ts`).
 */
export function evaluateOutcomeRows(
  rows: OutcomeImportRow[],
  targets: Map<string, ImportTarget>,
): EvaluatedRow[] {
  const firstRow = new Map<string, number>();
  return rows.map((raw) => {
    const { email, figures, errors } = parseOutcomeImportRow(raw);
    const emailValid = !errors.some((error) => error.field === 'email');
    const target = emailValid ? targets.get(email) : undefined;
    if (emailValid) {
      const first = firstRow.get(email);
      if (first !== undefined)
        errors.unshift({ field: 'email', message: outcomeImportMessages.repeated(first) });
      else firstRow.set(email, raw.row);
      if (!target) errors.unshift({ field: 'email', message: outcomeImportMessages.unknownEmail });
      else if (target.stage !== 'hired')
        errors.unshift({ field: 'email', message: outcomeImportMessages.notHired(target.stage) });
    }
    const base = { row: raw.row, email, candidateName: target?.name ?? null };
    if (errors.length > 0 || !target) return { ...base, errors, changes: [] };
    const after = mergeOutcomes(target.stored, figures);
    const changes = changedOutcomes(target.stored, after);
    return {
      ...base,
      errors,
      changes,
      ...(changes.length > 0
        ? { write: { candidateId: target.id, before: target.stored, after } }
        : {}),
    };
  });
}

/** The check's answer for a row (what the API sends). */
export const toCheckRow = ({ row, email, candidateName, errors, changes }: EvaluatedRow) =>
  ({ row, email, candidateName, errors, changes }) satisfies OutcomeImportCheckRow;
