import { findMissingAnchors, findPublishProblems } from './publish-rules';
import { RubricContent } from './rubrics.schema';

const anchors = ['1', '2', '3', '4', '5'];
const question = (text: string, questionAnchors = anchors) => ({
  text,
  guidance: '',
  anchors: questionAnchors,
  followUps: [],
  knockOutMinRating: null,
});

describe('findPublishProblems', () => {
  it('accepts a complete rubric', () => {
    const content: RubricContent = {
      categories: [
        {
          name: 'Empathy',
          description: '',
          weight: 1,
          questions: [question('How do you calm an upset caller?')],
        },
      ],
    };
    expect(findPublishProblems(content)).toEqual([]);
  });

  it('asks for at least one category', () => {
    expect(findPublishProblems({ categories: [] }).map((p) => p.path)).toEqual([['categories']]);
  });

  it('points at every unnamed, unweighted, empty category and unworded question', () => {
    const content: RubricContent = {
      categories: [
        { name: ' ', description: '', weight: 0, questions: [] },
        {
          name: 'Listening',
          description: '',
          weight: 2,
          questions: [question('Fine'), question('  ')],
        },
      ],
    };
    expect(findPublishProblems(content).map((p) => p.path)).toEqual([
      ['categories', 0, 'name'],
      ['categories', 0, 'weight'],
      ['categories', 0, 'questions'],
      ['categories', 1, 'questions', 1, 'text'],
    ]);
  });
});

describe('findMissingAnchors', () => {
  it('flags questions with an empty anchor without blocking publication', () => {
    const content: RubricContent = {
      categories: [
        {
          name: 'Listening',
          description: '',
          weight: 1,
          questions: [question('A'), question('B', ['1', '', '3', '4', '5'])],
        },
      ],
    };
    expect(findMissingAnchors(content).map((p) => p.path)).toEqual([
      ['categories', 0, 'questions', 1, 'anchors'],
    ]);
    expect(findPublishProblems(content)).toEqual([]);
  });
});
