import {
  Candidate,
  CandidateFilters,
  CandidateStage,
  CreateCandidate,
  JobShift,
  KnockOut,
  LanguageSkill,
  ListCandidatesQuery,
  ScoreBasis,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import {
  cursorTimestampSql,
  decodeCursor,
  decodeScoreCursor,
  decodeTextCursor,
  encodeCursor,
  encodeScoreCursor,
  encodeTextCursor,
  likePattern,
  prefixPattern,
} from '../../common/pagination/keyset-cursor';
import { queryOne, queryRows, Sql } from '../../database/sql';
import {
  hiddenScoreCandidatesSql,
  sqlParams,
  StoredScores,
  visibleCandidateSql,
  visibleStoredScoreSql,
} from '../access/visibility.sql';
import { knockedOutSql } from '../knock-outs/knock-outs.sql';

/** A candidates row as the repository reads it. */
export interface CandidateRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  job_id: string | null;
  stage: CandidateStage;
  stage_changed_at: Date;
  source: Candidate['source'];
  languages: LanguageSkill[];
  shift_availability: JobShift[];
  typing_wpm: number | null;
  notes: string;
  score: number | null;
  corrected_score: number | null;
  panel_split: boolean;
  knock_outs: KnockOut[];
  /** Set by lists: the sorted score exactly as stored, for cursors. */
  score_text?: string | null;
  /** Set by lists sorted by name: the name's sort key, for cursors. */
  name_key?: string;
  /** Set by lists: the caller may not see the stored score. */
  score_hidden?: boolean;
  version: number;
  created_at: Date;
  cursor_created_at?: string;
}

export interface StageEventRow {
  id: string;
  from_stage: CandidateStage | null;
  to_stage: CandidateStage;
  reason: string | null;
  actor_id: string | null;
  created_at: Date;
}

export interface CandidateRowPage {
  rows: CandidateRow[];
  nextCursor: string | null;
}

/** Everything stored about a candidate, as the repository writes it. */
export interface CandidateFields {
  name: string;
  email: string;
  phone: string | null;
  jobId: string | null;
  source: Candidate['source'];
  languages: LanguageSkill[];
  shiftAvailability: JobShift[];
  typingWpm: number | null;
  notes: string;
}

/** A candidate's columns (lists add `score_hidden`: whether the caller may see the score). */
const candidateColumns = `c.id, c.name, c.email, c.phone, c.job_id, c.stage, c.stage_changed_at, c.source, c.languages,
   c.shift_availability, c.typing_wpm, c.notes, c.score::float8 AS score,
   c.corrected_score::float8 AS corrected_score, c.panel_split, c.knock_outs, c.version, c.created_at`;

/** The stored score column a score sort and score bounds read. */
const scoreColumn = (basis: ScoreBasis | undefined) =>
  basis === 'corrected' ? 'c.corrected_score' : 'c.score';

/**
 * A name's place A to Z: lower-cased and unaccented, compared byte by byte (the "C" collation),
 * as the index of migration 1763990000000 holds it, so a page is a short index walk at 1M rows.
 */
const nameSortKey = `name_sort_key(c.name) COLLATE "C"`;

/** Candidate lists in one SQL query each, served by the (job, stage, created_at), score and trigram indexes. */
@Injectable()
export class CandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(db: Sql, input: CreateCandidate): Promise<string> {
    const row = await queryOne<{ id: string }>(
      db,
      `INSERT INTO candidates (name, email, phone, job_id, source, languages, shift_availability, typing_wpm, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        input.name,
        input.email,
        input.phone ?? null,
        input.jobId ?? null,
        input.source ?? null,
        JSON.stringify(input.languages ?? []),
        input.shiftAvailability ?? [],
        input.typingWpm ?? null,
        input.notes ?? '',
      ],
    );
    if (!row) throw new Error('candidate insert returned no row');
    return row.id;
  }

  findById(id: string, db: Sql, forUpdate = false): Promise<CandidateRow | undefined> {
    return queryOne(
      db,
      `SELECT ${candidateColumns} FROM candidates c WHERE c.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
  }

  async update(db: Sql, id: string, fields: CandidateFields): Promise<void> {
    await db.query(
      `UPDATE candidates SET name = $2, email = $3, phone = $4, job_id = $5, source = $6, languages = $7,
              shift_availability = $8, typing_wpm = $9, notes = $10, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [
        id,
        fields.name,
        fields.email,
        fields.phone,
        fields.jobId,
        fields.source,
        JSON.stringify(fields.languages),
        fields.shiftAvailability,
        fields.typingWpm,
        fields.notes,
      ],
    );
  }

  async changeStage(
    db: Sql,
    id: string,
    from: CandidateStage,
    to: CandidateStage,
    reason: string | null,
    actorId: string | null,
  ) {
    await db.query(
      `UPDATE candidates SET stage = $2, stage_changed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
      [id, to],
    );
    await db.query(
      `INSERT INTO candidate_stage_events (candidate_id, from_stage, to_stage, reason, actor_id) VALUES ($1, $2, $3, $4, $5)`,
      [id, from, to, reason, actorId],
    );
  }

  /** The history starts with the stage a candidate entered at. */
  async recordFirstStage(db: Sql, id: string, actorId: string | null): Promise<void> {
    await db.query(
      `INSERT INTO candidate_stage_events (candidate_id, from_stage, to_stage, actor_id)
       SELECT id, NULL, stage, $2 FROM candidates WHERE id = $1`,
      [id, actorId],
    );
  }

  findStageHistory(candidateId: string, db: Sql): Promise<StageEventRow[]> {
    return db.query(
      `SELECT id, from_stage, to_stage, reason, actor_id, created_at FROM candidate_stage_events
        WHERE candidate_id = $1 ORDER BY created_at, id`,
      [candidateId],
    );
  }

  /** The titles of these candidates' jobs, for exports. */
  async findJobTitles(jobIds: (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(jobIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows = await queryRows<{ id: string; title: string }>(
      this.dataSource.manager,
      `SELECT id, title FROM jobs WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  async jobExists(db: Sql, jobId: string): Promise<boolean> {
    return Boolean(await queryOne(db, `SELECT 1 FROM jobs WHERE id = $1`, [jobId]));
  }

  /**
   * A page of the candidates the viewer may see. `storedScores`: whether the stored score shows
   * as the viewer's rule allows (`visibleStoredScoreSql`), or never (exports compute their own).
   */
  async findPage(
    query: ListCandidatesQuery,
    viewer: SessionUser,
    storedScores: StoredScores,
  ): Promise<CandidateRowPage> {
    const { params, add } = sqlParams();
    // The scores hidden from the viewer matter only to a score order or bounds: other lists do
    // not pay for the look-up (its InitPlan ran as a parallel query, 3 ms of worker start-up).
    const byScore =
      query.sort === 'score' || query.minScore !== undefined || query.maxScore !== undefined;
    const hidden = byScore ? hiddenScoreCandidatesSql(viewer, add) : null;
    const conditions = [
      visibleCandidateSql(viewer, 'c', add),
      ...filterConditions(query, hidden, add),
    ];
    if (query.stage) conditions.push(`c.stage = ${add(query.stage)}`);

    // Where the page starts: for the rows in score order, and for the scores the viewer may not
    // see, which sort with the unscored rows.
    const pastCursor: string[] = [];
    const hiddenPastCursor: string[] = [];
    let order: string;
    const score = scoreColumn(query.scoreBasis);
    const shownScore = hidden
      ? `(CASE WHEN c.id = ANY (${hidden}) THEN NULL ELSE ${score} END)`
      : score;
    const scoreHiddenFromSort = query.sort === 'score' && hidden !== null;
    if (query.sort === 'score') {
      order = `${score} DESC NULLS LAST, c.id DESC`;
      if (query.cursor) {
        const after = decodeScoreCursor(query.cursor);
        const id = add(after.id);
        // Past a scored row: lower scores, the same score with a lower id, or any unscored row.
        pastCursor.push(
          after.score === null
            ? `(${score} IS NULL AND c.id < ${id}::uuid)`
            : `(${score} < ${add(after.score)}::numeric OR (${score} = $${params.length}::numeric AND c.id < ${id}::uuid) OR ${score} IS NULL)`,
        );
        if (after.score === null) hiddenPastCursor.push(`c.id < ${id}::uuid`);
      }
    } else if (query.sort === 'name') {
      order = `${nameSortKey} ASC, c.id ASC`;
      if (query.cursor) {
        const after = decodeTextCursor(query.cursor);
        pastCursor.push(
          `(${nameSortKey}, c.id) > (${add(after.key)}::text COLLATE "C", ${add(after.id)}::uuid)`,
        );
      }
    } else {
      order = 'c.created_at DESC, c.id DESC';
      if (query.cursor) {
        const after = decodeCursor(query.cursor);
        pastCursor.push(
          `(c.created_at, c.id) < (${add(after.at)}::timestamptz, ${add(after.id)}::uuid)`,
        );
      }
    }
    const pageOrder = scoreHiddenFromSort ? `${shownScore} DESC NULLS LAST, c.id DESC` : order;
    const limit = add(query.limit + 1);
    const where = (extra: string[]) => {
      const all = [...conditions, ...extra];
      return all.length ? `WHERE ${all.join(' AND ')}` : '';
    };
    const shown = storedScores === 'never' ? 'FALSE' : visibleStoredScoreSql(viewer, 'c', add);
    const sortedScore = scoreHiddenFromSort ? shownScore : score;
    const columns = `${candidateColumns}, ${sortedScore}::text AS score_text, NOT (${shown}) AS score_hidden,
                     ${cursorTimestampSql('c.created_at')} AS cursor_created_at,
                     name_sort_key(c.name) AS name_key`;
    // A search is a union of one page per way of matching, each planned on its own index: as
    // one OR condition the planner misjudges and walks the whole list for rare terms. The
    // branches pick keys only, which the prefix indexes cover (no table reads for the
    // thousands of "Maria Santos"); the page's rows are read last. A score order that hides
    // some scores from the viewer is a union too: the score index's walk without them, and
    // them (a few rows) among the unscored.
    const branches: (string | null)[] = query.q ? searchBranches(query.q, add) : [null];
    const keys = {
      score: `c.id, ${score}`,
      name: 'c.id, c.name',
      createdAt: 'c.id, c.created_at',
    }[query.sort];
    const pages = branches.flatMap((branch) => {
      const matching = branch ? [branch] : [];
      if (!scoreHiddenFromSort) {
        return [
          `(SELECT ${keys} FROM candidates c ${where([...matching, ...pastCursor])} ORDER BY ${order} LIMIT ${limit})`,
        ];
      }
      return [
        `(SELECT ${keys} FROM candidates c ${where([...matching, ...pastCursor, `c.id <> ALL (${hidden})`])} ORDER BY ${order} LIMIT ${limit})`,
        `(SELECT ${keys} FROM candidates c ${where([...matching, ...hiddenPastCursor, `c.id = ANY (${hidden})`])} ORDER BY c.id DESC LIMIT ${limit})`,
      ];
    });
    const sql =
      pages.length === 1 && !query.q
        ? `SELECT ${columns} FROM candidates c ${where(pastCursor)} ORDER BY ${order} LIMIT ${limit}`
        : `SELECT ${columns} FROM candidates c
            WHERE c.id IN (SELECT c.id FROM (${pages.join(' UNION ')}) c ORDER BY ${pageOrder} LIMIT ${limit})
            ORDER BY ${pageOrder}`;
    const rows = (await this.dataSource.query(sql, params)) as CandidateRow[];
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    let nextCursor: string | null = null;
    if (rows.length > query.limit && last) {
      nextCursor = {
        score: () => encodeScoreCursor({ score: last.score_text ?? null, id: last.id }),
        name: () => encodeTextCursor({ key: last.name_key ?? '', id: last.id }),
        createdAt: () => encodeCursor({ at: last.cursor_created_at ?? '', id: last.id }),
      }[query.sort]();
    }
    return { rows: page, nextCursor };
  }

  /** Candidates matching the filters at each stage; the stage filter itself does not apply. */
  async countByStage(
    filters: CandidateFilters,
    viewer: SessionUser,
  ): Promise<{ stage: CandidateStage; count: number }[]> {
    const { params, add } = sqlParams();
    // The hidden-score list adds the viewer as a parameter: ask for it only when a score bound
    // uses it, as PostgreSQL cannot type a parameter that no clause references (a 500).
    const bounded = filters.minScore !== undefined || filters.maxScore !== undefined;
    const conditions = [
      visibleCandidateSql(viewer, 'c', add),
      ...filterConditions(filters, bounded ? hiddenScoreCandidatesSql(viewer, add) : null, add),
    ];
    if (filters.q) conditions.push(`(${searchBranches(filters.q, add).join(' OR ')})`);
    return this.dataSource.query(
      `SELECT c.stage, count(*)::int AS count FROM candidates c
        WHERE ${conditions.join(' AND ')} GROUP BY c.stage`,
      params,
    );
  }
}

/** The words after the first of an email that have an index of their own (migration 1764000000000). */
const EMAIL_WORDS_INDEXED = [2, 3, 4] as const;

/**
 * The ways a search term matches candidate `c`, each served by its own index, case and accents
 * aside (`search_text`, migration 1763950000000). One word: the name contains it (trigram index;
 * a word under 3 letters has no trigram), or the email or one of its words starts with it
 * (B-tree indexes of the address and of its second to fourth words, migration 1764000000000).
 * An email address (it has an @) is looked for from the start of the address or of a word, not
 * in names. Several words, as in a full name: the name starts with them (prefix index), which a
 * trigram search would answer slowly by intersecting the long posting lists of common names.
 */
function searchBranches(term: string, add: (value: unknown) => string): string[] {
  const words = term.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  if (words.length > 1)
    return [`search_text(c.name) LIKE search_text(${add(prefixPattern(words.join(' ')))})`];
  const [word = ''] = words;
  const start = add(prefixPattern(word));
  const emailStarts = [
    `c.email LIKE ${start}`,
    ...EMAIL_WORDS_INDEXED.map((n) => `email_word_suffix(c.email, ${n}) LIKE ${start}`),
  ];
  if (word.includes('@')) return emailStarts;
  return [`search_text(c.name) LIKE search_text(${add(likePattern(word))})`, ...emailStarts];
}

/** SQL conditions on alias `c` for the filters every pipeline view shares (all but the stage and search). */
function filterConditions(
  filters: CandidateFilters,
  hiddenScores: string | null,
  add: (value: unknown) => string,
): string[] {
  const conditions: string[] = [];
  if (filters.jobId) conditions.push(`c.job_id = ${add(filters.jobId)}`);
  if (filters.source) conditions.push(`c.source = ${add(filters.source)}`);
  if (filters.language) {
    conditions.push(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(c.languages) spoken
                WHERE lower(spoken->>'language') = lower(${add(filters.language)}))`,
    );
  }
  if (filters.shift) conditions.push(`${add(filters.shift)} = ANY (c.shift_availability)`);
  const score = scoreColumn(filters.scoreBasis);
  if (filters.minScore !== undefined) conditions.push(`${score} >= ${add(filters.minScore)}`);
  if (filters.maxScore !== undefined) conditions.push(`${score} <= ${add(filters.maxScore)}`);
  // A score the viewer may not see is no score to them: a bound does not find it.
  const bounded = filters.minScore !== undefined || filters.maxScore !== undefined;
  if (bounded && hiddenScores) conditions.push(`c.id <> ALL (${hiddenScores})`);
  if (filters.knockOut) {
    const knockedOut = knockedOutSql('c', hiddenScores);
    conditions.push(filters.knockOut === 'only' ? knockedOut : `NOT ${knockedOut}`);
  }
  return conditions;
}
