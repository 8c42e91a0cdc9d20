import {
  CreateRubric,
  findPublishProblems,
  Rubric,
  RubricContent,
  RubricVersion,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import { Sql } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { toContent, toRubric, toRubricVersion } from './rubrics.mapper';
import { RubricsRepository, VersionContentRows } from './rubrics.repository';

const rubricNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This rubric does not exist.');
const versionNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This rubric version does not exist.');

/**
 * Versioned rubrics. A published version never changes (rounds pin it, so old scores keep their
 * meaning); edits happen on the rubric's one draft.
 */
@Injectable()
export class RubricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rubrics: RubricsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Rubric[]> {
    const rows = await this.rubrics.listRubrics();
    const versions = await this.rubrics.listVersions(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return rows.map((row) =>
      toRubric(
        row,
        versions.filter((version) => version.rubric_id === row.id),
      ),
    );
  }

  get(rubricId: string): Promise<Rubric> {
    return this.readRubric(this.dataSource.manager, rubricId);
  }

  getVersion(versionId: string): Promise<RubricVersion> {
    return this.readVersion(this.dataSource.manager, versionId);
  }

  /** A new rubric with its first draft (version 1), empty or with the given content. */
  create(input: CreateRubric, actorId: string | null): Promise<Rubric> {
    return this.dataSource.transaction(async (db) => {
      const rubric = await this.rubrics.insertRubric(db, input.name, input.description);
      const versionId = await this.rubrics.insertDraftVersion(db, rubric.id);
      const content = input.content ?? { categories: [] };
      assertOwnIds(content, { categories: [], questions: [] });
      await this.rubrics.replaceContent(db, versionId, content, { categories: [], questions: [] });
      await this.audit.record(db, {
        actorId,
        action: 'rubric.created',
        entityType: 'rubric',
        entityId: rubric.id,
        after: { name: input.name, description: input.description, versionId },
      });
      return this.readRubric(db, rubric.id);
    });
  }

  /** Starts the next version as a draft, copied from the newest one; one draft at a time. */
  createVersion(rubricId: string, actorId: string | null): Promise<RubricVersion> {
    return this.dataSource.transaction(async (db) => {
      // Locking the rubric serialises two "new version" clicks.
      if (!(await this.rubrics.findRubric(db, rubricId, true))) throw rubricNotFound();
      const versions = await this.rubrics.listVersions(db, [rubricId]);
      const draft = versions.find((version) => version.status === 'draft');
      if (draft)
        throw new AppException('RUBRIC_DRAFT_EXISTS', {
          versionId: draft.id,
          version: draft.version,
        });
      const versionId = await this.rubrics.insertDraftVersion(db, rubricId);
      const latest = versions[0];
      if (latest) await this.rubrics.copyContent(db, latest.id, versionId);
      const created = await this.readVersion(db, versionId);
      await this.audit.record(db, {
        actorId,
        action: 'rubric_version.created',
        entityType: 'rubric_version',
        entityId: versionId,
        after: { version: created.version, copiedFrom: latest?.id ?? null },
      });
      return created;
    });
  }

  /**
   * Replaces a draft's content, if it is still at `expectedRevision`: otherwise someone saved it
   * in between, and the 412 carries the draft as it is now, for the editor to choose.
   */
  updateDraft(
    versionId: string,
    content: RubricContent,
    expectedRevision: number,
    actorId: string | null,
  ): Promise<RubricVersion> {
    return this.dataSource.transaction(async (db) => {
      const before = await this.lockDraft(db, versionId);
      if (before.revision !== expectedRevision)
        throw new AppException('RUBRIC_DRAFT_CONFLICT', { current: before });
      const existing = await this.rubrics.findContent(db, versionId);
      assertOwnIds(content, existing);
      await this.rubrics.replaceContent(db, versionId, content, existing);
      const after = await this.readVersion(db, versionId);
      await this.audit.record(db, {
        actorId,
        action: 'rubric_version.updated',
        entityType: 'rubric_version',
        entityId: versionId,
        before: toContent(before),
        after: toContent(after),
      });
      return after;
    });
  }

  publish(versionId: string, actorId: string | null): Promise<RubricVersion> {
    return this.dataSource.transaction(async (db) => {
      const draft = await this.lockDraft(db, versionId);
      const problems = findPublishProblems(toContent(draft));
      if (problems.length > 0) throw new AppException('RUBRIC_VERSION_INCOMPLETE', problems);
      await this.rubrics.publish(db, versionId);
      await this.audit.record(db, {
        actorId,
        action: 'rubric_version.published',
        entityType: 'rubric_version',
        entityId: versionId,
        before: { status: 'draft' },
        after: { status: 'published' },
      });
      return this.readVersion(db, versionId);
    });
  }

  /** The rubric as the API shows it, read on `db` (a transaction, or the data source's manager). */
  private async readRubric(db: Sql, rubricId: string): Promise<Rubric> {
    const row = await this.rubrics.findRubric(db, rubricId);
    if (!row) throw rubricNotFound();
    return toRubric(row, await this.rubrics.listVersions(db, [rubricId]));
  }

  /** The version with its content, read on `db` (a transaction, or the data source's manager). */
  private async readVersion(db: Sql, versionId: string): Promise<RubricVersion> {
    const row = await this.rubrics.findVersion(db, versionId);
    if (!row) throw versionNotFound();
    return toRubricVersion(row, await this.rubrics.findContent(db, versionId));
  }

  /** The version, locked for this transaction; 409 once it is published. */
  private async lockDraft(db: Sql, versionId: string): Promise<RubricVersion> {
    const row = await this.rubrics.findVersion(db, versionId, true);
    if (!row) throw versionNotFound();
    if (row.status === 'published') {
      throw new AppException('RUBRIC_VERSION_PUBLISHED', { versionId, version: row.version });
    }
    return toRubricVersion(row, await this.rubrics.findContent(db, versionId));
  }
}

/** Ids in an edit must be this draft's own (or absent, for new items), and used once. */
function assertOwnIds(content: RubricContent, existing: VersionContentRows): void {
  const categoryIds = new Set(existing.categories.map((category) => category.id));
  const questionIds = new Set(existing.questions.map((question) => question.id));
  const seen = new Set<string>();
  const problems: { path: (string | number)[]; code: string; message: string }[] = [];
  const check = (id: string | undefined, known: Set<string>, path: (string | number)[]) => {
    if (id === undefined) return;
    if (!known.has(id) || seen.has(id)) {
      problems.push({ path, code: 'unknown_id', message: 'This id is not an item of this draft.' });
    }
    seen.add(id);
  };
  content.categories.forEach((category, c) => {
    check(category.id, categoryIds, ['categories', c, 'id']);
    category.questions.forEach((question, q) =>
      check(question.id, questionIds, ['categories', c, 'questions', q, 'id']),
    );
  });
  if (problems.length > 0) throw new AppException('VALIDATION_FAILED', problems);
}
