import { RubricContentInput } from '@calibrate/contracts';

export const anchors = (topic: string) =>
  [1, 2, 3, 4, 5].map((level) => `${topic}: level ${level}`);

/** A small rubric: two categories, weights 2 and 1, three questions. */
export function twoCategoryRubric(): RubricContentInput {
  return {
    categories: [
      {
        name: 'Empathy',
        weight: 2,
        questions: [
          {
            text: 'How do you calm an upset caller?',
            guidance: 'Acknowledges feelings first.',
            anchors: anchors('calm'),
          },
          { text: 'Tell me about a customer you helped.', anchors: anchors('helped') },
        ],
      },
      {
        name: 'Problem solving',
        weight: 1,
        questions: [
          { text: 'A refund is not in the system. What do you do?', anchors: anchors('refund') },
        ],
      },
    ],
  };
}
