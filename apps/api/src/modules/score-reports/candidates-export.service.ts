import { ListCandidatesQuery, sourceLabels, stageLabels } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Papa from 'papaparse';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { VisibleCondition } from '../access/access.service';
import { CandidateRow } from '../candidates/candidates.mapper';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { ScoreReportsService } from './score-reports.service';

/** An export is a working file, not a backup: past this many rows, narrow the filter. */
export const MAX_EXPORT_ROWS = 50_000;
const BATCH = 500;

export interface CandidatesCsv {
  csv: string;
  rows: number;
  truncated: boolean;
}

/**
 * The pipeline's current filter as CSV: each candidate's fields, overall score and per-category
 * scores (1–5), as the viewer may see them. Categories of different rubrics meet by name.
 */
@Injectable()
export class CandidatesExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly reports: ScoreReportsService,
  ) {}

  async export(
    query: Omit<ListCandidatesQuery, 'limit' | 'cursor'>,
    visible: VisibleCondition,
    viewer: SessionUser,
  ): Promise<CandidatesCsv> {
    const rows: { candidate: CandidateRow; overall: OverallScores | undefined }[] = [];
    let cursor: string | undefined;
    do {
      // Its scores are the summaries' (restricted to what the viewer may see), never the stored one.
      const page = await this.candidates.findPage(
        { ...query, limit: BATCH, cursor },
        visible,
        () => 'FALSE',
      );
      const overall = await this.reports.overallScores(
        page.rows.map((row) => row.id),
        viewer,
      );
      for (const candidate of page.rows)
        rows.push({ candidate, overall: overall.get(candidate.id) });
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < MAX_EXPORT_ROWS);

    const jobTitles = await this.jobTitles(rows.map((row) => row.candidate.job_id));
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

  private async jobTitles(jobIds: (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(jobIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT id, title FROM jobs WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; title: string }[];
    return new Map(rows.map((row) => [row.id, row.title]));
  }
}

type OverallScores =
  Awaited<ReturnType<ScoreReportsService['overallScores']>> extends Map<string, infer Overall>
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
