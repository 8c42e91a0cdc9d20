import { randomUUID } from 'node:crypto';

import { RubricContent, RubricVersionStatus } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, Sql } from '../../database/sql';

export interface RubricRow {
  id: string;
  name: string;
  description: string;
  created_at: Date;
}

export interface VersionRow {
  id: string;
  rubric_id: string;
  rubric_name: string;
  version: number;
  status: RubricVersionStatus;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  revision: number;
  round_count: number;
}

export interface CategoryRow {
  id: string;
  lineage_id: string;
  position: number;
  name: string;
  description: string;
  weight: string;
}

export interface QuestionRow {
  id: string;
  category_id: string;
  lineage_id: string;
  position: number;
  text: string;
  guidance: string;
  anchors: string[];
  follow_ups: string[];
  knock_out_min_rating: number | null;
}

export interface QuestionBankRow {
  question_id: string;
  text: string;
  guidance: string;
  anchors: string[];
  follow_ups: string[];
  category_name: string;
  rubric_id: string;
  rubric_name: string;
  version_id: string;
  version: number;
  status: RubricVersionStatus;
}

export interface VersionContentRows {
  categories: CategoryRow[];
  questions: QuestionRow[];
}

const versionColumns = `v.id, v.rubric_id, r.name AS rubric_name, v.version, v.status, v.published_at,
  v.created_at, v.updated_at, v.revision,
  (SELECT count(*)::int FROM interview_rounds ir WHERE ir.rubric_version_id = v.id) AS round_count`;

/** Rubrics, their versions and content, in SQL: each read is a fixed number of queries. */
@Injectable()
export class RubricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every rubric, by name. Read-only, outside transactions. */
  listRubrics(): Promise<RubricRow[]> {
    return this.dataSource.query(
      `SELECT id, name, description, created_at FROM rubrics ORDER BY name, id`,
    );
  }

  findRubric(db: Sql, id: string, forUpdate = false): Promise<RubricRow | undefined> {
    return queryOne(
      db,
      `SELECT id, name, description, created_at FROM rubrics WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
  }

  /** Version summaries of many rubrics at once, newest version first. */
  listVersions(db: Sql, rubricIds: string[]): Promise<VersionRow[]> {
    return db.query(
      `SELECT ${versionColumns} FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
        WHERE v.rubric_id = ANY($1::uuid[]) ORDER BY v.rubric_id, v.version DESC`,
      [rubricIds],
    );
  }

  findVersion(db: Sql, id: string, forUpdate = false): Promise<VersionRow | undefined> {
    return queryOne(
      db,
      `SELECT ${versionColumns} FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
        WHERE v.id = $1 ${forUpdate ? 'FOR UPDATE OF v' : ''}`,
      [id],
    );
  }

  /** The newest published version of a rubric: what a new round pins. */
  findCurrentVersion(db: Sql, rubricId: string): Promise<VersionRow | undefined> {
    return queryOne(
      db,
      `SELECT ${versionColumns} FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
        WHERE v.rubric_id = $1 AND v.status = 'published' ORDER BY v.version DESC LIMIT 1`,
      [rubricId],
    );
  }

  async findContent(db: Sql, versionId: string): Promise<VersionContentRows> {
    const [categories, questions] = await Promise.all([
      db.query(
        `SELECT id, lineage_id, position, name, description, weight::text AS weight
           FROM rubric_categories WHERE rubric_version_id = $1 ORDER BY position`,
        [versionId],
      ) as Promise<CategoryRow[]>,
      db.query(
        `SELECT q.id, q.category_id, q.lineage_id, q.position, q.text, q.guidance, q.anchors, q.follow_ups,
                q.knock_out_min_rating
           FROM rubric_questions q WHERE q.rubric_version_id = $1 ORDER BY q.position`,
        [versionId],
      ) as Promise<QuestionRow[]>,
    ]);
    return { categories, questions };
  }

  async insertRubric(db: Sql, name: string, description: string): Promise<RubricRow> {
    const row = await queryOne<RubricRow>(
      db,
      `INSERT INTO rubrics (name, description) VALUES ($1, $2) RETURNING id, name, description, created_at`,
      [name, description],
    );
    if (!row) throw new Error('rubric insert returned no row');
    return row;
  }

  async insertDraftVersion(db: Sql, rubricId: string): Promise<string> {
    const row = await queryOne<{ id: string }>(
      db,
      `INSERT INTO rubric_versions (rubric_id, version, status)
       SELECT $1, COALESCE(MAX(version), 0) + 1, 'draft' FROM rubric_versions WHERE rubric_id = $1
       RETURNING id`,
      [rubricId],
    );
    if (!row) throw new Error('version insert returned no row');
    return row.id;
  }

  /** Copies a version's categories and questions into another, with new ids and the same lineage. */
  async copyContent(db: Sql, fromVersionId: string, toVersionId: string): Promise<void> {
    await db.query(
      `WITH copied AS (
         INSERT INTO rubric_categories (rubric_version_id, lineage_id, position, name, description, weight)
         SELECT $2, lineage_id, position, name, description, weight FROM rubric_categories WHERE rubric_version_id = $1
         RETURNING id, lineage_id)
       INSERT INTO rubric_questions (rubric_version_id, category_id, lineage_id, position, text, guidance, anchors, follow_ups, knock_out_min_rating)
       SELECT $2, copied.id, q.lineage_id, q.position, q.text, q.guidance, q.anchors, q.follow_ups, q.knock_out_min_rating
         FROM rubric_questions q
         JOIN rubric_categories c ON c.id = q.category_id
         JOIN copied ON copied.lineage_id = c.lineage_id
        WHERE q.rubric_version_id = $1`,
      [fromVersionId, toVersionId],
    );
  }

  /**
   * Replaces a draft's content. Items that carry the id of one of this draft's items keep it (and
   * its lineage); the others are new. Safe because no round pins a draft.
   */
  async replaceContent(
    db: Sql,
    versionId: string,
    content: RubricContent,
    existing: VersionContentRows,
  ): Promise<void> {
    const lineageOf = new Map<string, string>([
      ...existing.categories.map((c) => [c.id, c.lineage_id] as const),
      ...existing.questions.map((q) => [q.id, q.lineage_id] as const),
    ]);
    let questionPosition = 0;
    const categories: object[] = [];
    const questions: object[] = [];
    content.categories.forEach((category, position) => {
      const categoryId = category.id ?? randomUUID();
      categories.push({
        id: categoryId,
        lineage_id: lineageOf.get(categoryId) ?? categoryId,
        position,
        name: category.name,
        description: category.description,
        weight: category.weight,
      });
      for (const question of category.questions) {
        const questionId = question.id ?? randomUUID();
        questions.push({
          id: questionId,
          category_id: categoryId,
          lineage_id: lineageOf.get(questionId) ?? questionId,
          // Positions run across the whole version: the order an interviewer meets the questions.
          position: questionPosition++,
          text: question.text,
          guidance: question.guidance,
          anchors: question.anchors,
          follow_ups: question.followUps,
          knock_out_min_rating: question.knockOutMinRating,
        });
      }
    });

    await db.query(`DELETE FROM rubric_categories WHERE rubric_version_id = $1`, [versionId]);
    await db.query(
      `INSERT INTO rubric_categories (id, rubric_version_id, lineage_id, position, name, description, weight)
       SELECT x.id, $1, x.lineage_id, x.position, x.name, x.description, x.weight
         FROM jsonb_to_recordset($2::jsonb)
           AS x(id uuid, lineage_id uuid, position int, name text, description text, weight numeric)`,
      [versionId, JSON.stringify(categories)],
    );
    await db.query(
      `INSERT INTO rubric_questions (id, rubric_version_id, category_id, lineage_id, position, text, guidance, anchors, follow_ups, knock_out_min_rating)
       SELECT x.id, $1, x.category_id, x.lineage_id, x.position, x.text, x.guidance,
              ARRAY(SELECT jsonb_array_elements_text(x.anchors)),
              ARRAY(SELECT jsonb_array_elements_text(x.follow_ups)), x.knock_out_min_rating
         FROM jsonb_to_recordset($2::jsonb)
           AS x(id uuid, category_id uuid, lineage_id uuid, position int, text text, guidance text, anchors jsonb, follow_ups jsonb, knock_out_min_rating smallint)`,
      [versionId, JSON.stringify(questions)],
    );
    await db.query(
      `UPDATE rubric_versions SET updated_at = now(), revision = revision + 1 WHERE id = $1`,
      [versionId],
    );
  }

  /**
   * The question bank: questions whose text matches, from every rubric, newest version first
   * (the trigram index serves the ILIKE). Read-only, outside transactions.
   */
  searchQuestions(query: string, limit: number): Promise<QuestionBankRow[]> {
    return this.dataSource.query(
      `SELECT q.id AS question_id, q.text, q.guidance, q.anchors, q.follow_ups, c.name AS category_name,
              r.id AS rubric_id, r.name AS rubric_name, v.id AS version_id, v.version, v.status
         FROM rubric_questions q
         JOIN rubric_categories c ON c.id = q.category_id
         JOIN rubric_versions v ON v.id = q.rubric_version_id
         JOIN rubrics r ON r.id = v.rubric_id
        WHERE q.text ILIKE '%' || $1 || '%'
        ORDER BY r.name, v.version DESC, q.position
        LIMIT $2`,
      [query.replace(/[\\%_]/g, (c) => `\\${c}`), limit],
    );
  }

  async publish(db: Sql, versionId: string): Promise<void> {
    await db.query(
      `UPDATE rubric_versions SET status = 'published', published_at = now(), updated_at = now() WHERE id = $1`,
      [versionId],
    );
  }
}
