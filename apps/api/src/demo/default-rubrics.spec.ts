import {
  findMissingAnchors,
  findPublishProblems,
  RubricContentInput,
  rubricContentSchema,
} from '@calibrate/contracts';

import callCenterRubric from './call-center-rubric.json';
import { mockCallRubric } from './mock-call-rubric';

/**
 * The demo's two default rubrics are reviewed data written for the interviewer. These checks keep
 * an edit from sliding back into interview-prep advice to the candidate or into one template
 * shared by every question.
 */
const rubrics: [string, RubricContentInput, { categories: number; questions: number }][] = [
  ['Call center agent', callCenterRubric as RubricContentInput, { categories: 12, questions: 38 }],
  ['Mock call', mockCallRubric, { categories: 7, questions: 8 }],
];

describe.each(rubrics)('the %s rubric', (_name, input, size) => {
  const content = rubricContentSchema.parse(input);
  const questions = content.categories.flatMap((category) => category.questions);

  it('is valid, publishable content with every anchor written', () => {
    expect(content.categories).toHaveLength(size.categories);
    expect(questions).toHaveLength(size.questions);
    expect(findPublishProblems(content)).toEqual([]);
    expect(findMissingAnchors(content)).toEqual([]);
  });

  it('tells the interviewer what to listen for, never addressing the candidate', () => {
    const secondPerson = /\byou(r|rs|rself)?\b/i;
    for (const question of questions) {
      expect(question.guidance.length).toBeGreaterThan(150);
      for (const text of [question.guidance, ...question.anchors]) {
        expect({ question: question.text, text, secondPerson: secondPerson.test(text) }).toEqual({
          question: question.text,
          text,
          secondPerson: false,
        });
      }
    }
  });

  it('gives every question five distinct anchors of its own, with no shared template', () => {
    const all = questions.flatMap((question) => question.anchors);
    for (const question of questions) {
      expect(new Set(question.anchors).size).toBe(5);
      for (const anchor of question.anchors) expect(anchor.length).toBeGreaterThan(40);
    }
    expect(new Set(all).size).toBe(all.length);
    // The old generated anchors all read "…; none of / at most one of / some of / most of / all of: …".
    expect(
      all.filter((anchor) => /\b(none|some|most|all) of:|at most one of:/.test(anchor)),
    ).toEqual([]);
    // No opening phrase is reused by more than a handful of anchors at the same level.
    for (let level = 0; level < 5; level++) {
      const openings = questions.map((question) =>
        (question.anchors[level] ?? '').split(/\s+/).slice(0, 3).join(' ').toLowerCase(),
      );
      const counts = new Map<string, number>();
      for (const opening of openings) counts.set(opening, (counts.get(opening) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(3);
    }
  });
});

it('weights the call-center categories by what callers feel on every call', () => {
  expect(
    Object.fromEntries(
      callCenterRubric.categories.map((category) => [category.name, category.weight]),
    ),
  ).toEqual({
    General: 0.5,
    'Customer Service Skills': 2,
    'Communication Skills': 2,
    'Problem-Solving': 1.5,
    'Teamwork and Collaboration': 1,
    'Adaptability and Flexibility': 1,
    'Technical Skills': 1,
    'Performance and Metrics': 1,
    Behavioral: 1,
    Situational: 1.5,
    'Company-Specific': 0.5,
    'Career Goals and Aspirations': 0.5,
  });
});
