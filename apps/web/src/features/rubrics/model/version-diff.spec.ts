import { RubricCategory, RubricQuestion, RubricVersion } from '@calibrate/contracts';

import { describeDiff, diffVersions } from './version-diff';

const question = (
  lineage: string,
  text: string,
  extra: Partial<RubricQuestion> = {},
): RubricQuestion => ({
  id: `${lineage}-id-${text.length}`,
  lineageId: lineage,
  position: 0,
  text,
  guidance: '',
  anchors: ['a', 'b', 'c', 'd', 'e'],
  followUps: [],
  knockOutMinRating: null,
  ...extra,
});

const category = (
  lineage: string,
  name: string,
  questions: RubricQuestion[],
  weight = 1,
): RubricCategory => ({
  id: `${lineage}-id`,
  lineageId: lineage,
  position: 0,
  name,
  description: '',
  weight,
  questions,
});

const version = (categories: RubricCategory[]): RubricVersion => ({
  id: 'v',
  rubricId: 'r',
  rubricName: 'R',
  version: 1,
  status: 'draft',
  publishedAt: null,
  createdAt: '2026-11-23T00:00:00.000Z',
  updatedAt: '2026-11-23T00:00:00.000Z',
  revision: 1,
  roundCount: 0,
  categories,
});

describe('diffVersions', () => {
  const before = version([
    category('c1', 'Empathy', [
      question('q1', 'How do you calm a caller?'),
      question('q2', 'Tell me about a complaint.'),
    ]),
    category('c2', 'Systems', [question('q3', 'Which CRM have you used?')], 2),
  ]);

  it('matches by lineage: a reworded question is changed, not removed and added', () => {
    const after = version([
      category('c1', 'Empathy', [
        question('q1', 'How do you calm an angry caller?'),
        question('q2', 'Tell me about a complaint.', { anchors: ['a', 'b', 'C!', 'd', 'e'] }),
      ]),
      category('c2', 'Systems', [question('q3', 'Which CRM have you used?')], 2),
    ]);
    const diff = diffVersions(before, after);
    expect(diff.categories[0]?.questions.map((q) => [q.change, q.fields])).toEqual([
      ['changed', ['text']],
      ['changed', ['anchor 3']],
    ]);
    expect(diff.categories[1]?.change).toBe('unchanged');
    expect(describeDiff(diff)).toBe('2 questions changed');
  });

  it('reports added, removed and moved questions, and category field changes', () => {
    const after = version([
      category('c1', 'Empathy & tone', [
        question('q1', 'How do you calm a caller?'),
        question('q4', 'New one'),
      ]),
      category(
        'c2',
        'Systems',
        [question('q3', 'Which CRM have you used?'), question('q2', 'Tell me about a complaint.')],
        3,
      ),
    ]);
    const diff = diffVersions(before, after);
    expect(diff.categories[0]).toMatchObject({ change: 'changed', fields: ['name'] });
    expect(diff.categories[0]?.questions.map((q) => q.change)).toEqual(['unchanged', 'added']);
    expect(diff.categories[1]?.fields).toEqual(['weight']);
    expect(diff.categories[1]?.questions[1]).toMatchObject({
      change: 'changed',
      fields: ['moved'],
    });
    expect(describeDiff(diff)).toBe('1 question added, 2 categories changed, 1 question changed');
  });

  it('lists a removed category with its questions, and treats a first version as all added', () => {
    const after = version([category('c1', 'Empathy', before.categories[0]?.questions ?? [])]);
    const diff = diffVersions(before, after);
    expect(diff.categories.at(-1)).toMatchObject({
      change: 'removed',
      before: { name: 'Systems' },
    });
    expect(describeDiff(diff)).toBe('1 category removed, 1 question removed');
    expect(describeDiff(diffVersions(null, before))).toBe('2 categories added, 3 questions added');
  });

  it('names a question’s knock-out rule when it is set, changed or removed', () => {
    const rule = (minRating: number | null) =>
      version([
        category('c1', 'Empathy', [
          question('q1', 'How do you calm a caller?', { knockOutMinRating: minRating }),
        ]),
      ]);
    const fieldsOf = (before: number | null, after: number | null) =>
      diffVersions(rule(before), rule(after)).categories[0]?.questions[0]?.fields;
    expect(fieldsOf(null, 3)).toEqual(['knock-out ≥ 3']);
    expect(fieldsOf(2, 3)).toEqual(['knock-out ≥ 2 → ≥ 3']);
    expect(fieldsOf(3, null)).toEqual(['knock-out removed']);
    expect(fieldsOf(3, 3)).toEqual([]);
    expect(describeDiff(diffVersions(rule(null), rule(4)))).toBe('1 question changed');
  });
});
