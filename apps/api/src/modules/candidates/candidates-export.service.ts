import {
  describeKnockOut,
  ListCandidatesQuery,
  roundGroupLabel,
  RoundGroupScore,
  sourceLabels,
  stageLabels,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import Papa from 'papaparse';

import { SessionUser } from '../../common/auth/session-user';
import { ComparisonService, GroupedScores } from '../comparison/comparison.service';
import { RoundGroupHead, sortRoundGroups } from '../comparison/score-roll-ups';
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
 * The pipeline's current filter as CSV: each candidate's fields and the knock-out rules they
 * miss (one reason each); per round group (plan round and rubric, in plan order, as the
 * comparison groups them) its categories' scores (1–5) and its subtotal (0–100, raw and
 * leniency-corrected); then the overall score (raw and corrected), as the viewer may see them.
 * Categories of different rubrics never share a column.
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
    const rows: { candidate: CandidateRow; scores: GroupedScores | undefined }[] = [];
    // Groups met in any batch, merged: a plan round keeps its lowest position over the jobs.
    const heads = new Map<string, RoundGroupHead>();
    let cursor: string | undefined;
    do {
      // Its scores are the summaries' (restricted to what the viewer may see), never the stored one.
      const page = await this.candidates.findPage(
        { ...query, limit: BATCH, cursor },
        viewer,
        'never',
      );
      const grouped = await this.comparisons.groupedScores(
        page.rows.map((row) => row.id),
        viewer,
      );
      for (const head of grouped.groups) {
        const known = heads.get(head.key);
        heads.set(
          head.key,
          known
            ? {
                ...known,
                planned: known.planned || head.planned,
                position:
                  known.position === null || head.position === null
                    ? (known.position ?? head.position)
                    : Math.min(known.position, head.position),
                firstScheduledAt: Math.min(known.firstScheduledAt, head.firstScheduledAt),
              }
            : head,
        );
      }
      for (const candidate of page.rows)
        rows.push({ candidate, scores: grouped.candidates.get(candidate.id) });
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < MAX_EXPORT_ROWS);

    const jobTitles = await this.candidates.findJobTitles(rows.map((row) => row.candidate.job_id));
    const groups = sortRoundGroups([...heads.values()]);
    const scoresIn = (scores: GroupedScores | undefined, key: string) =>
      scores?.roundGroups.find((group) => group.key === key);
    const columns = groups.map((group) => ({
      key: group.key,
      label: roundGroupLabel(group, groups),
      categories: [
        ...new Set(
          rows.flatMap(
            (row) => scoresIn(row.scores, group.key)?.categories.map((c) => c.name) ?? [],
          ),
        ),
      ],
    }));
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
      'Knocked out',
      ...columns.flatMap(({ label, categories }) => [
        ...categories.map((name) => `${label}: ${name} (1-5)`),
        `${label} subtotal (0-100)`,
        `${label} subtotal corrected (0-100)`,
      ]),
      'Score (0-100)',
      'Corrected score (0-100)',
      'Scored rounds',
      'Interviewers',
    ].map(safeCell);
    const data = rows.map(({ candidate, scores }) => {
      const overall = scores?.overall;
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
        // The summary's knock-outs: restricted to what the viewer may see, as the scores are.
        (scores?.knockOuts ?? []).map(describeKnockOut).join('; '),
        ...columns.flatMap(({ key, categories }) => groupCells(scoresIn(scores, key), categories)),
        fixed(overall?.weightedScore100 ?? null, 1),
        fixed(overall?.correctedScore100 ?? null, 1),
        overall?.scoredRounds ?? 0,
        overall?.interviewers ?? 0,
      ].map(safeCell);
    });
    return {
      csv: Papa.unparse({ fields: header.map(String), data }, { newline: '\r\n' }),
      rows: rows.length,
      truncated: Boolean(cursor),
    };
  }
}

/** A round group's cells: each category (1–5), then the subtotal, raw and corrected (0–100). */
function groupCells(scores: RoundGroupScore | undefined, categories: string[]): string[] {
  const byCategory = new Map(scores?.categories.map((c) => [c.name, c.score]) ?? []);
  return [
    ...categories.map((name) => fixed(byCategory.get(name) ?? null, 2)),
    fixed(scores?.weightedScore100 ?? null, 1),
    fixed(scores?.correctedScore100 ?? null, 1),
  ];
}

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
