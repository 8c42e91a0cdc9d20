import { RubricCategory, RubricQuestion, RubricVersion } from '@calibrate/contracts';

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

export interface QuestionDiff {
  change: Change;
  before: RubricQuestion | null;
  after: RubricQuestion | null;
  /**
   * What differs, in words: "text", "guidance", "anchor 3", "follow-ups", "knock-out ≥ 3" (the
   * rule as it stands after; "knock-out removed" when it is gone), "moved".
   */
  fields: string[];
}

export interface CategoryDiff {
  change: Change;
  before: RubricCategory | null;
  after: RubricCategory | null;
  fields: string[];
  questions: QuestionDiff[];
}

export interface VersionDiff {
  categories: CategoryDiff[];
  /** Counts for a one-line summary ("2 questions added, 1 changed"). */
  summary: Record<'added' | 'removed' | 'changed', { categories: number; questions: number }>;
}

/** A question's knock-out rule, in the words of the diff: "knock-out ≥ 3", "no knock-out". */
export function knockOutLabel(minRating: number | null): string {
  return minRating === null ? 'no knock-out' : `knock-out ≥ ${minRating}`;
}

function describeKnockOutChange(before: number | null, after: number | null): string | null {
  if (before === after) return null;
  if (after === null) return 'knock-out removed';
  return before === null ? knockOutLabel(after) : `knock-out ≥ ${before} → ≥ ${after}`;
}

function questionFields(before: RubricQuestion, after: RubricQuestion, moved: boolean): string[] {
  const fields: string[] = [];
  if (before.text !== after.text) fields.push('text');
  if (before.guidance !== after.guidance) fields.push('guidance');
  before.anchors.forEach((anchor, index) => {
    if (anchor !== (after.anchors[index] ?? '')) fields.push(`anchor ${index + 1}`);
  });
  if (JSON.stringify(before.followUps) !== JSON.stringify(after.followUps))
    fields.push('follow-ups');
  const knockOut = describeKnockOutChange(before.knockOutMinRating, after.knockOutMinRating);
  if (knockOut) fields.push(knockOut);
  if (moved) fields.push('moved');
  return fields;
}

/**
 * What changed from one version of a rubric to another. Categories and questions are matched by
 * lineage (kept when a version is drafted from another), so a reworded question reads as changed,
 * not as one removed and one added.
 */
export function diffVersions(before: RubricVersion | null, after: RubricVersion): VersionDiff {
  const summary: VersionDiff['summary'] = {
    added: { categories: 0, questions: 0 },
    removed: { categories: 0, questions: 0 },
    changed: { categories: 0, questions: 0 },
  };
  const beforeCategories = new Map((before?.categories ?? []).map((c) => [c.lineageId, c]));
  const beforeQuestions = new Map(
    (before?.categories ?? []).flatMap((c) =>
      c.questions.map((q) => [q.lineageId, { q, c }] as const),
    ),
  );
  const afterQuestionLineages = new Set(
    after.categories.flatMap((c) => c.questions.map((q) => q.lineageId)),
  );
  const count = (change: Change, kind: 'categories' | 'questions') => {
    if (change !== 'unchanged') summary[change][kind] += 1;
  };

  const categories: CategoryDiff[] = after.categories.map((category) => {
    const old = beforeCategories.get(category.lineageId) ?? null;
    const questions: QuestionDiff[] = category.questions.map((question) => {
      const previous = beforeQuestions.get(question.lineageId);
      if (!previous) {
        count('added', 'questions');
        return { change: 'added', before: null, after: question, fields: [] };
      }
      const fields = questionFields(
        previous.q,
        question,
        previous.c.lineageId !== category.lineageId,
      );
      const change: Change = fields.length ? 'changed' : 'unchanged';
      count(change, 'questions');
      return { change, before: previous.q, after: question, fields };
    });
    // Questions that were in this category and are gone from the whole version.
    for (const question of old?.questions ?? []) {
      if (afterQuestionLineages.has(question.lineageId)) continue;
      count('removed', 'questions');
      questions.push({ change: 'removed', before: question, after: null, fields: [] });
    }
    if (!old) {
      count('added', 'categories');
      return { change: 'added', before: null, after: category, fields: [], questions };
    }
    const fields: string[] = [];
    if (old.name !== category.name) fields.push('name');
    if (old.description !== category.description) fields.push('description');
    if (old.weight !== category.weight) fields.push('weight');
    // Counted as a changed category only for its own fields; its questions are counted apart.
    count(fields.length ? 'changed' : 'unchanged', 'categories');
    const change: Change =
      fields.length || questions.some((q) => q.change !== 'unchanged') ? 'changed' : 'unchanged';
    return { change, before: old, after: category, fields, questions };
  });

  const afterCategoryLineages = new Set(after.categories.map((c) => c.lineageId));
  for (const category of before?.categories ?? []) {
    if (afterCategoryLineages.has(category.lineageId)) continue;
    count('removed', 'categories');
    const questions: QuestionDiff[] = category.questions
      .filter((q) => !afterQuestionLineages.has(q.lineageId))
      .map((q) => {
        count('removed', 'questions');
        return { change: 'removed', before: q, after: null, fields: [] };
      });
    categories.push({ change: 'removed', before: category, after: null, fields: [], questions });
  }
  return { categories, summary };
}

export function describeDiff(diff: VersionDiff): string {
  const parts: string[] = [];
  for (const change of ['added', 'changed', 'removed'] as const) {
    const { categories, questions } = diff.summary[change];
    if (categories) parts.push(`${categories} categor${categories === 1 ? 'y' : 'ies'} ${change}`);
    if (questions) parts.push(`${questions} question${questions === 1 ? '' : 's'} ${change}`);
  }
  return parts.length ? parts.join(', ') : 'No changes';
}
