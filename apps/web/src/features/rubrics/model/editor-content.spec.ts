import { RubricVersion } from '@calibrate/contracts';

import {
  addBankQuestion,
  asPublishedVersion,
  categoryLabels,
  EditorContent,
  fromVersion,
  newCategory,
  newQuestion,
  patchCategory,
  updateQuestions,
} from './editor-content';

const saved: RubricVersion = {
  id: 'v2',
  rubricId: 'r',
  rubricName: 'Phone support',
  version: 2,
  status: 'draft',
  publishedAt: null,
  createdAt: '2026-01-10T10:00:00.000Z',
  updatedAt: '2026-01-10T10:00:00.000Z',
  revision: 1,
  roundCount: 0,
  categories: [
    {
      id: 'c1',
      lineageId: 'lc1',
      position: 0,
      name: 'Empathy',
      description: '',
      weight: 1,
      questions: [
        {
          id: 'q1',
          lineageId: 'lq1',
          position: 0,
          text: 'An upset caller?',
          guidance: '',
          anchors: ['a', 'b', 'c', 'd', 'e'],
          followUps: [],
          knockOutMinRating: null,
        },
      ],
    },
  ],
};

describe('editor content edits', () => {
  it('changes one category, or its questions, and leaves the others as they were', () => {
    const other = newCategory();
    const content: EditorContent = { categories: [...fromVersion(saved).categories, other] };

    const renamed = patchCategory(content, 'c1', { name: 'Care', weight: 2 });
    expect(renamed.categories.map((c) => [c.name, c.weight])).toEqual([
      ['Care', 2],
      ['', 1],
    ]);
    expect(renamed.categories[1]).toBe(other);

    const emptied = updateQuestions(content, 'c1', () => []);
    expect(emptied.categories[0]?.questions).toEqual([]);
    expect(emptied.categories[1]).toBe(other);
  });

  it('copies a bank question as a new one at the end of the category', () => {
    const item = {
      text: 'Difficult customers?',
      guidance: 'Calm',
      anchors: ['1', '2', '3', '4', '5'],
      followUps: ['Example?'],
    };
    const content = addBankQuestion(fromVersion(saved), 'c1', item);
    const copied = content.categories[0]?.questions[1];
    expect(copied).toMatchObject({ ...item, id: undefined });
    expect(copied?.anchors).not.toBe(item.anchors);
    expect(copied?.followUps).not.toBe(item.followUps);
  });

  it('gives saved items their lineage and new ones their key, for the publish diff', () => {
    const content = fromVersion(saved);
    const added = newQuestion({ text: 'New one' });
    const edited = updateQuestions(content, 'c1', (qs) => [...qs, added]);
    const version = asPublishedVersion(edited, saved);
    expect(version.categories[0]?.lineageId).toBe('lc1');
    expect(version.categories[0]?.questions.map((q) => [q.text, q.lineageId])).toEqual([
      ['An upset caller?', 'lq1'],
      ['New one', added.key],
    ]);
  });

  it('names each category in its controls once: by name, by place without one or when shared', () => {
    const named = (...names: string[]): EditorContent => ({
      categories: names.map((name) => ({ ...newCategory(), name })),
    });
    expect(categoryLabels(named('Greeting', ' ', 'Closing '))).toEqual([
      'Greeting',
      'Category 2',
      'Closing',
    ]);
    expect(categoryLabels(named('Greeting', 'Closing', 'greeting'))).toEqual([
      'Greeting (category 1)',
      'Closing',
      'greeting (category 3)',
    ]);
  });
});
