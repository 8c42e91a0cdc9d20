import { ListCandidatesQuery, sourceLabels, stageLabels } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import Papa from 'papaparse';

import { SessionUser } from '../../common/auth/session-user';
import { ComparisonService } from '../comparison/comparison.service';
import { CandidateRow, CandidatesRepository } from './candidates.repository';

/** An export is a working file, not a backup: past this many rows, narrow the filter. */
export const MAX_EXPORT_ROWS = 50_000;
const BATCH = 500;

export interface CandidatesCsv {
  csv: string;
  rows: number;
  truncated: boolean;
}

/**
 * The pipeline's current filter as CSV: each candidate's fields, overall score (raw and
 * leniency-corrected) and per-category scores (1–5), as the viewer may see them. Categories of different rubrics meet by name.
 */
@Injectable()
export class CandidatesExportService {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly comparisons: ComparisonService,
  ) {}

  async export(
    query: Omit<ListCandidatesQuery, 'limit' | 'cursor'>,
    viewer: SessionUser,
  ): Promise<CandidatesCsv> {
    const rows: { candidate: CandidateRow; overall: OverallScores | undefined }[] = [];
    let cursor: string | undefined;
    do {
      // Its scores are the summaries' (restricted to what the viewer may see), never the stored one.
      const page = await this.candidates.findPage(
        { ...query, limit: BATCH, cursor },
        viewer,
        'never',
      );
      const overall = await this.comparisons.overallScores(
        page.rows.map((row) => row.id),
        viewer,
      );
      for (const candidate of page.rows)
        rows.push({ candidate, overall: overall.get(candidate.id) });
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < MAX_EXPORT_ROWS);

    const jobTitles = await this.candidates.findJobTitles(rows.map((row) => row.candidate.job_id));
    const categories = [
      ...new Set(rows.flatMap((row) => row.overall?.categories.map((c) => c.name) ?? [])),
    ];
    const header = [
      'Name',
      'Email',
      'Phone',
      'Job',
      'Stage',
      'Source',
      'Languages',
      'Shifts',
      'Typing WPM',
      'Score (0-100)',
      'Corrected score (0-100)',
      'Scored rounds',
      'Interviewers',
      ...categories.map((name) => `${name} (1-5)`),
    ];
    const data = rows.map(({ candidate, overall }) => {
      const byCategory = new Map(overall?.categories.map((c) => [c.name, c.score]) ?? []);
      return [
        candidate.name,
        candidate.email,
        candidate.phone ?? '',
        candidate.job_id ? (jobTitles.get(candidate.job_id) ?? '') : '',
        stageLabels[candidate.stage],
        candidate.source ? sourceLabels[candidate.source] : '',
        candidate.languages.map((l) => `${l.language} ${l.level}`).join('; '),
        candidate.shift_availability.join('; '),
        candidate.typing_wpm ?? '',
        fixed(overall?.weightedScore100 ?? null, 1),
        fixed(overall?.correctedScore100 ?? null, 1),
        overall?.scoredRounds ?? 0,
        overall?.interviewers ?? 0,
        ...categories.map((name) => fixed(byCategory.get(name) ?? null, 2)),
      ].map(safeCell);
    });
    return {
      csv: Papa.unparse({ fields: header, data }, { newline: '\r\n' }),
      rows: rows.length,
      truncated: Boolean(cursor),
    };
  }
}

type OverallScores =
  Awaited<ReturnType<ComparisonService['overallScores']>> extends Map<string, infer Overall>
    ? Overall
    : never;

function fixed(value: number | null, digits: number): string {
  return value === null ? '' : value.toFixed(digits);
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * a leading apostrophe keeps candidate-typed text as text.
 */
export function safeCell(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
