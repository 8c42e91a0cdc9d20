import {
  findMissingAnchors,
  findPublishProblems,
  QuestionBankItem,
  RubricContent,
  RubricContentInput,
  RubricVersion,
} from '@calibrate/contracts';

/** A question as the editor holds it: `key` is stable on screen, `id` once the server knows it. */
export interface EditorQuestion {
  key: string;
  id?: string;
  text: string;
  guidance: string;
  anchors: string[];
  followUps: string[];
  /** Knock-out: the panel's mean rating must reach this; null: no minimum. */
  knockOutMinRating: number | null;
}

export interface EditorCategory {
  key: string;
  id?: string;
  name: string;
  description: string;
  weight: number;
  questions: EditorQuestion[];
}

export interface EditorContent {
  categories: EditorCategory[];
}

/** How the editor's parts change the content: a function of the current content. */
export type EditorUpdate = (update: (content: EditorContent) => EditorContent) => void;

const newKey = () => crypto.randomUUID();

export function fromVersion(version: Pick<RubricVersion, 'categories'>): EditorContent {
  return {
    categories: version.categories.map((category) => ({
      key: category.id,
      id: category.id,
      name: category.name,
      description: category.description,
      weight: category.weight,
      questions: category.questions.map((question) => ({
        key: question.id,
        id: question.id,
        text: question.text,
        guidance: question.guidance,
        anchors: [...question.anchors],
        followUps: [...question.followUps],
        knockOutMinRating: question.knockOutMinRating,
      })),
    })),
  };
}

/** What the API takes: no keys; ids only for items it already has. */
export function toPayload(content: EditorContent, { withIds = true } = {}): RubricContentInput {
  return {
    categories: content.categories.map((category) => ({
      ...(withIds && category.id ? { id: category.id } : {}),
      name: category.name,
      description: category.description,
      weight: category.weight,
      questions: category.questions.map((question) => ({
        ...(withIds && question.id ? { id: question.id } : {}),
        text: question.text,
        guidance: question.guidance,
        anchors: question.anchors,
        followUps: question.followUps.filter((prompt) => prompt.trim() !== ''),
        // A backup kept in this browser before knock-outs existed has no such field.
        knockOutMinRating: question.knockOutMinRating ?? null,
      })),
    })),
  };
}

/**
 * After a save, the server's ids for what was new in the sent content, by editor key. The server
 * keeps the order it was sent, so sent and saved line up item by item.
 */
export function idsFromSave(sent: EditorContent, saved: RubricVersion): Map<string, string> {
  const ids = new Map<string, string>();
  sent.categories.forEach((category, c) => {
    const savedCategory = saved.categories[c];
    if (!savedCategory) return;
    ids.set(category.key, savedCategory.id);
    category.questions.forEach((question, q) => {
      const savedQuestion = savedCategory.questions[q];
      if (savedQuestion) ids.set(question.key, savedQuestion.id);
    });
  });
  return ids;
}

/**
 * Edits rebased onto a version someone else saved: items that version no longer has lose their
 * ids and are saved as new ones (the server refuses ids that are not items of the draft).
 */
export function onlyIdsOf(content: EditorContent, version: RubricVersion): EditorContent {
  const categoryIds = new Set(version.categories.map((category) => category.id));
  const questionIds = new Set(
    version.categories.flatMap((category) => category.questions.map((question) => question.id)),
  );
  return {
    categories: content.categories.map((category) => ({
      ...category,
      id: category.id && categoryIds.has(category.id) ? category.id : undefined,
      questions: category.questions.map((question) => ({
        ...question,
        id: question.id && questionIds.has(question.id) ? question.id : undefined,
      })),
    })),
  };
}

/** Gives items edited meanwhile the ids the server assigned, without touching anything else. */
export function withIds(content: EditorContent, ids: Map<string, string>): EditorContent {
  return {
    categories: content.categories.map((category) => ({
      ...category,
      id: category.id ?? ids.get(category.key),
      questions: category.questions.map((question) => ({
        ...question,
        id: question.id ?? ids.get(question.key),
      })),
    })),
  };
}

export function newCategory(): EditorCategory {
  return { key: newKey(), name: '', description: '', weight: 1, questions: [newQuestion()] };
}

export function newQuestion(from?: Partial<EditorQuestion>): EditorQuestion {
  return {
    text: '',
    guidance: '',
    anchors: ['', '', '', '', ''],
    followUps: [],
    knockOutMinRating: null,
    ...from,
    key: newKey(),
    id: undefined,
  };
}

/** Changes one category's own fields. */
export function patchCategory(
  content: EditorContent,
  categoryKey: string,
  patch: Partial<EditorCategory>,
): EditorContent {
  return {
    categories: content.categories.map((x) => (x.key === categoryKey ? { ...x, ...patch } : x)),
  };
}

/** Changes one category's questions. */
export function updateQuestions(
  content: EditorContent,
  categoryKey: string,
  questions: (current: EditorQuestion[]) => EditorQuestion[],
): EditorContent {
  return {
    categories: content.categories.map((x) =>
      x.key === categoryKey ? { ...x, questions: questions(x.questions) } : x,
    ),
  };
}

/** A copy of a question of the bank at the end of a category, new to this draft. */
export function addBankQuestion(
  content: EditorContent,
  categoryKey: string,
  item: Pick<QuestionBankItem, 'text' | 'guidance' | 'anchors' | 'followUps'>,
): EditorContent {
  return updateQuestions(content, categoryKey, (questions) => [
    ...questions,
    newQuestion({
      text: item.text,
      guidance: item.guidance,
      anchors: [...item.anchors],
      followUps: [...item.followUps],
    }),
  ]);
}

export function move<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Each category's share of the total weight, in percent (what the weights mean). */
export function weightShares(content: EditorContent): number[] {
  const total = content.categories.reduce((sum, c) => sum + (c.weight > 0 ? c.weight : 0), 0);
  return content.categories.map((c) => (total > 0 && c.weight > 0 ? (c.weight / total) * 100 : 0));
}

/**
 * How each category is named in its controls' labels ("Add question to Greeting", "Question 1 of
 * Greeting"): its name, "Category 2" while it has none, and its place when two categories share a
 * name ("Greeting (category 3)"), so that no two controls on the page have the same name.
 */
export function categoryLabels(content: EditorContent): string[] {
  const base = content.categories.map((c, i) => c.name.trim() || `Category ${i + 1}`);
  const seen = new Map<string, number>();
  for (const label of base) seen.set(label.toLowerCase(), (seen.get(label.toLowerCase()) ?? 0) + 1);
  return base.map((label, i) =>
    (seen.get(label.toLowerCase()) ?? 0) > 1 ? `${label} (category ${i + 1})` : label,
  );
}

export interface EditorIssues {
  /** Blocking publish, keyed by path ("categories.0.name"). */
  errors: Map<string, string>;
  /** Question keys with one or more empty anchors. */
  missingAnchors: Set<string>;
  errorCount: number;
}

export function editorIssues(content: EditorContent): EditorIssues {
  const payload = toPayload(content) as RubricContent;
  const problems = findPublishProblems(payload);
  const errors = new Map(problems.map((p) => [p.path.join('.'), p.message]));
  const missingAnchors = new Set(
    findMissingAnchors(payload).flatMap((issue) => {
      const [, c, , q] = issue.path as [string, number, string, number];
      const key = content.categories[c]?.questions[q]?.key;
      return key ? [key] : [];
    }),
  );
  return { errors, missingAnchors, errorCount: problems.length };
}

/** The editor's content as a version, for the interviewer preview (keys stand in for ids). */
export function asPreviewVersion(content: EditorContent, base: RubricVersion): RubricVersion {
  let position = 0;
  return {
    ...base,
    categories: content.categories.map((category, c) => ({
      id: category.key,
      lineageId: category.key,
      position: c,
      name: category.name || 'Untitled category',
      description: category.description,
      weight: category.weight,
      questions: category.questions.map((question) => ({
        id: question.key,
        lineageId: question.key,
        position: position++,
        text: question.text || 'Untitled question',
        guidance: question.guidance,
        anchors: question.anchors,
        followUps: question.followUps,
        knockOutMinRating: question.knockOutMinRating ?? null,
      })),
    })),
  };
}

/** The editor's content as the version publishing it makes, to diff against the current one. */
export function asPublishedVersion(content: EditorContent, version: RubricVersion): RubricVersion {
  const after = asPreviewVersion(content, version);
  // Lineage of new items is their key until saved; saved items carry the server's lineage.
  return {
    ...after,
    categories: after.categories.map((category, c) => {
      const saved = version.categories.find((x) => x.id === content.categories[c]?.id);
      return {
        ...category,
        lineageId: saved?.lineageId ?? category.lineageId,
        questions: category.questions.map((question, q) => {
          const id = content.categories[c]?.questions[q]?.id;
          const savedQuestion = version.categories
            .flatMap((x) => x.questions)
            .find((x) => x.id === id);
          return { ...question, lineageId: savedQuestion?.lineageId ?? question.lineageId };
        }),
      };
    }),
  };
}
